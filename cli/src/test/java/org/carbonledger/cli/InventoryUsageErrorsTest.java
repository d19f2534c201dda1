package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end tests of usage errors of {@code carbonledger} (docs/design.md §6: exit status 2 for a
 * usage error): no arguments, no subcommand arguments, an unknown option, an unsupported
 * {@code --gwp AR7} and an unknown {@code --format}. Each must exit 2, write nothing on stdout,
 * say what was wrong on stderr and print no stack trace.
 */
class InventoryUsageErrorsTest {
    private static final String CSV = "activity,amount,unit\nfuel/natural_gas,1000,GJ\n";

    @TempDir
    Path dir;

    private static void assertUsageError(Cli.Run run, String mentions) {
        assertEquals(CarbonLedgerCommand.EXIT_USAGE, run.status(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().contains(mentions), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void noArguments_isUsageError() {
        assertUsageError(Cli.run(), "inventory");
    }

    @Test
    void inventoryWithoutActivities_isUsageError() {
        assertUsageError(Cli.run("inventory"), "--activities");
    }

    @Test
    void unknownOption_isUsageError() {
        assertUsageError(Cli.inventory(dir, CSV, "--bogus"), "--bogus");
    }

    @Test
    void unknownCommand_isUsageError() {
        assertUsageError(Cli.run("inventroy"), "inventroy");
    }

    @Test
    void gwpAr7_isUsageError() {
        assertUsageError(Cli.inventory(dir, CSV, "--gwp", "AR7"), "AR7");
    }

    @Test
    void unknownFormat_isUsageError() {
        assertUsageError(Cli.inventory(dir, CSV, "--format", "xml"), "xml");
    }

    @Test
    void factorsWithoutSubcommand_isUsageError() {
        assertUsageError(Cli.run("factors"), "list");
    }
}
