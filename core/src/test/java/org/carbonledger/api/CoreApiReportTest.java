package org.carbonledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public API of carbonledger-core is the committed {@code api/carbonledger-core.txt}: a change
 * of a public type or member fails here until the report is regenerated (see {@link ApiReport}), so
 * that the change shows in review as a diff of that file.
 */
class CoreApiReportTest {
    @Test
    void publicApi_isTheCommittedReport() {
        List<String> diff = ApiReport.check("carbonledger-core", Path.of("target/classes"), getClass().getClassLoader());
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
        List<String> lines = ApiReport.of(Path.of("target/classes"), getClass().getClassLoader());
        int at = lines.indexOf("public final class org.carbonledger.CarbonLedgerVersion");
        assertTrue(at >= 0, lines::toString);
        assertEquals(List.of("  public static java.lang.String current()"),
                lines.subList(at + 1, lines.size()).stream().takeWhile(l -> l.startsWith("  ")).toList());
    }
}
