package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonledger.CarbonLedgerVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How the command talks to a person (issue 15, item 8): help texts that end where their sentences
 * end, a mistyped command answered in one line with the nearest command, a bad option value
 * answered with the error and one line saying where the help is (not twenty lines of usage), and
 * {@code --version} giving the build's version.
 */
class CommandLineMannersTest {
    private static final String CSV = "activity,amount,unit\nfuel/natural_gas,1000,GJ\n";

    @TempDir
    Path dir;

    private static void assertUsageError(Cli.Run r, int lines) {
        assertEquals(CarbonLedgerCommand.EXIT_USAGE, r.status(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(lines, r.errLines().size(), r::toString);
        assertFalse(r.err().contains("Usage:"), () -> "the whole usage is not repeated\n" + r);
        assertNoStackTrace(r);
    }

    @Test
    void mistypedCommand_suggestsTheNearestInOneLine() {
        Cli.Run r = Cli.run("inventroy", "--activities", "x.csv");
        assertUsageError(r, 1);
        assertTrue(r.err().contains("'inventroy'") && r.err().contains("did you mean inventory?"), r::toString);
        assertFalse(r.err().contains("Unmatched argument"), r::toString);
    }

    @Test
    void mistypedSubcommand_suggestsTheNearestOfItsParent() {
        Cli.Run r = Cli.run("energy", "basline");
        assertUsageError(r, 1);
        assertTrue(r.err().contains("did you mean baseline?"), r::toString);
    }

    @Test
    void commandFarFromEveryCommand_listsTheCommands_withoutAGuess() {
        Cli.Run r = Cli.run("xyzzy");
        assertUsageError(r, 1);
        assertFalse(r.err().contains("did you mean"), r::toString);
        assertTrue(r.err().contains("inventory, report, factors"), r::toString);
    }

    @Test
    void mistypedOption_suggestsTheNearestOption_andWhereTheHelpIs() {
        Cli.Run r = Cli.run("inventory", "--activites", "x.csv");
        assertUsageError(r, 2);
        assertTrue(r.errLines().get(0).contains("did you mean --activities?"), r::toString);
        assertTrue(r.errLines().get(1).contains("carbonledger inventory --help"), r::toString);
    }

    @Test
    void badOptionValue_isTheErrorAndOneLineOnWhereTheHelpIs() {
        Cli.Run r = Cli.inventory(dir, CSV, "--gwp", "AR7");
        assertUsageError(r, 2);
        assertTrue(r.errLines().get(0).contains("AR7") && r.errLines().get(0).contains("AR4, AR5, AR6"), r::toString);
        assertTrue(r.errLines().get(1).contains("'carbonledger inventory --help'"), r::toString);
    }

    @Test
    void missingCommand_isTheErrorAndOneLineOnWhereTheHelpIs() {
        Cli.Run r = Cli.run();
        assertUsageError(r, 2);
        assertTrue(r.errLines().get(1).contains("'carbonledger --help'"), r::toString);
    }

    @Test
    void version_isTheBuildVersion_notADevelopmentPlaceholder() {
        Cli.Run r = Cli.run("--version");
        assertEquals(0, r.status(), r::toString);
        assertEquals("carbonledger " + CarbonLedgerVersion.current(), r.out().strip());
        assertFalse(r.out().contains("development"), r::toString);
    }

    /**
     * Every paragraph of every command's description, and every option's description, ends at the
     * end of a sentence. The top-level help lists each command with the first paragraph of its
     * description only, so a paragraph split mid-sentence was cut there ("... emissions per gas and
     * in CO2e,").
     */
    @Test
    void helpTexts_endWhereTheirSentencesEnd() {
        List<String> cut = new ArrayList<>();
        walk(CarbonLedgerCommand.commandLine(), cut);
        assertEquals(List.of(), cut, "descriptions that stop mid-sentence");
    }

    /** The top-level help as printed: each command's line in the list ends with a full stop. */
    @Test
    void topLevelHelp_listsEachCommandWithAWholeSentence() {
        Cli.Run r = Cli.run("--help");
        assertEquals(0, r.status(), r::toString);
        String commands = r.out().substring(r.out().indexOf("Commands:") + "Commands:".length());
        List<String> entries = new ArrayList<>();
        for (String line : commands.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("               ") && !entries.isEmpty()) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
            } else {
                entries.add(line.strip());
            }
        }
        assertEquals(CarbonLedgerCommand.commandLine().getSubcommands().size(), entries.size(), r.out());
        for (String e : entries) {
            assertTrue(e.endsWith("."), "cut mid-sentence: " + e);
        }
    }

    private static void walk(CommandLine cl, List<String> cut) {
        CommandSpec spec = cl.getCommandSpec();
        for (String paragraph : spec.usageMessage().description()) {
            if (!endsASentence(paragraph)) {
                cut.add(spec.qualifiedName() + ": " + paragraph);
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            String text = String.join(" ", o.description());
            if (!endsASentence(text)) {
                cut.add(spec.qualifiedName() + " " + o.longestName() + ": " + text);
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            walk(sub, cut);
        }
    }

    private static boolean endsASentence(String s) {
        String t = s.replaceAll("(%n)+$", "").strip(); // picocli's own help command ends with %n
        return t.endsWith(".") || t.endsWith(".)") || t.endsWith("?");
    }
}
