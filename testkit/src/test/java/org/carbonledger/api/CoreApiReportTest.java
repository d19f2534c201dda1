package org.carbonledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.carbonledger.testkit.ApiReport;
import org.junit.jupiter.api.Test;

/**
 * The public API of carbonledger-core is the committed {@code api/carbonledger-core.txt}: a change
 * of a public type or member fails here until the report is regenerated (see {@link ApiReport}), so
 * that the change shows in review as a diff of that file. It runs here, in the test kit's tests,
 * because core cannot depend on the test kit that depends on core; it reads core's
 * {@code target/classes}, which the reactor builds first.
 */
class CoreApiReportTest {
    private static final Path CORE_CLASSES = Path.of("../core/target/classes");

    @Test
    void publicApi_isTheCommittedReport() {
        List<String> diff = ApiReport.check("carbonledger-core", CORE_CLASSES, getClass().getClassLoader());
        assertEquals(List.of(), diff, "the public API changed (+ in the code, - in api/carbonledger-core.txt);"
                + " if intended, regenerate: mvn test -Dtest=*ApiReportTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -D" + ApiReport.UPDATE + "=true");
    }

    /**
     * The report sees what a user sees: {@code CarbonLedgerVersion} has one public method and a
     * private constructor, a private method and private fields, which are not API.
     */
    @Test
    void report_listsPublicMembers_only() {
        List<String> lines = ApiReport.of(CORE_CLASSES, getClass().getClassLoader());
        int at = lines.indexOf("public final class org.carbonledger.CarbonLedgerVersion");
        assertTrue(at >= 0, lines::toString);
        assertEquals(List.of("  public static java.lang.String current()"),
                lines.subList(at + 1, lines.size()).stream().takeWhile(l -> l.startsWith("  ")).toList());
    }

    /**
     * What the module descriptor does not export is not API: {@code org.carbonledger.internal}
     * holds public classes (exported only to Carbon Ledger's own modules) and is left out; the
     * exported packages are in.
     */
    @Test
    void report_leavesOutPackagesTheDescriptorDoesNotExportToAll() throws ClassNotFoundException {
        List<String> lines = ApiReport.of(CORE_CLASSES, getClass().getClassLoader());
        assertTrue(java.lang.reflect.Modifier.isPublic(Class.forName("org.carbonledger.internal.NumberText").getModifiers()));
        assertTrue(lines.stream().noneMatch(l -> l.contains(" org.carbonledger.internal.NumberText")), lines::toString);
        assertTrue(lines.contains("public final class org.carbonledger.inventory.InventoryRun"), lines::toString);
    }
}
