package org.carbonledger.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code ./carbonledger-spark} command runs as written (from the repository root,
 * its result in a temporary directory rather than the working tree): the examples module's
 * {@code DocumentedCommandsTest} has no Spark, so this module runs it. And the launcher starts
 * Spark with the options the tests run with.
 */
class ReadmeSparkCommandTest {
    private static final Path ROOT = Path.of("..");
    private static final String LAUNCHER = "./carbonledger-spark inventory ";

    @TempDir
    Path dir;

    /** Splits a command as the shell does, for the quoting the README uses (single quotes). */
    private static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    out.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(w.toString());
        }
        return out;
    }

    @Test
    void theReadmesCommand_runs() throws IOException {
        List<String> commands = Files.readAllLines(ROOT.resolve("README.md")).stream().map(String::strip)
                .filter(l -> l.startsWith(LAUNCHER) && !l.contains("FILE|DIR")).toList();
        assertEquals(1, commands.size(), "the README shows one runnable launcher command: " + commands);
        List<String> args = words(commands.get(0).substring(LAUNCHER.length()));
        Path out = dir.resolve("out");
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--output")) {
                args.set(i + 1, out.toString());
            } else if (args.get(i).equals("--activities")) {
                args.set(i + 1, ROOT.resolve(args.get(i + 1)).toString());
            }
        }
        LocalSpark.session();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = InventoryJob.run(args.toArray(new String[0]), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(out.resolve("inventory.json")).contains("\"totals\""));
    }

    @Test
    void theLauncher_startsSparkWithTheTestsJavaOptions() throws IOException {
        assertTrue(Files.isExecutable(ROOT.resolve("carbonledger-spark")));
        List<String> options = Files.readAllLines(ROOT.resolve("spark/launcher/jvm-options")).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> running = ManagementFactory.getRuntimeMXBean().getInputArguments();
        assertTrue(options.size() >= 10, options.toString());
        for (String o : options) {
            assertTrue(running.contains(o), o + " is in the launcher's options but not in the tests' argLine"
                    + " (spark.java.opens in spark/pom.xml): " + running);
        }
    }
}
