package org.carbonledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.carbonledger.testkit.ApiReport;
import org.junit.jupiter.api.Test;

/**
 * The public API of carbonledger-cli is the committed {@code api/carbonledger-cli.txt}:
 * a change of a public type or member fails here until the report is regenerated (see
 * {@link ApiReport}).
 */
class CliApiReportTest {
    @Test
    void publicApi_isTheCommittedReport() {
        List<String> diff = ApiReport.check("carbonledger-cli", Path.of("target/classes"), getClass().getClassLoader());
        assertEquals(List.of(), diff, "the public API changed (+ in the code, - in api/carbonledger-cli.txt);"
                + " if intended, regenerate: mvn test -Dtest='*ApiReportTest' -Dsurefire.failIfNoSpecifiedTests=false"
                + " -D" + ApiReport.UPDATE + "=true");
    }
}
