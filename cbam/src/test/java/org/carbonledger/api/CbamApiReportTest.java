package org.carbonledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.carbonledger.testkit.ApiReport;
import org.junit.jupiter.api.Test;

/**
 * The public API of carbonledger-cbam is the committed {@code api/carbonledger-cbam.txt}:
 * a change of a public type or member fails here until the report is regenerated (see
 * {@link ApiReport}).
 */
class CbamApiReportTest {
    @Test
    void publicApi_isTheCommittedReport() {
        List<String> diff = ApiReport.check("carbonledger-cbam", Path.of("target/classes"), getClass().getClassLoader());
        assertEquals(List.of(), diff, "the public API changed (+ in the code, - in api/carbonledger-cbam.txt);"
                + " if intended, regenerate: mvn test -Dtest='*ApiReportTest' -Dsurefire.failIfNoSpecifiedTests=false"
                + " -D" + ApiReport.UPDATE + "=true");
    }
}
