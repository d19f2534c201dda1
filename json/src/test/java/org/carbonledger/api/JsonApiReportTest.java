package org.carbonledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.carbonledger.testkit.ApiReport;
import org.junit.jupiter.api.Test;

/**
 * The public API of carbonledger-json is the committed {@code api/carbonledger-json.txt}: a
 * change of a public type or member fails here until the report is regenerated (see
 * {@link ApiReport}), so that the change shows in review as a diff of that file.
 */
class JsonApiReportTest {
    @Test
    void publicApi_isTheCommittedReport() {
        List<String> diff = ApiReport.check("carbonledger-json", Path.of("target/classes"), getClass().getClassLoader());
        assertEquals(List.of(), diff, "the public API changed (+ in the code, - in api/carbonledger-json.txt);"
                + " if intended, regenerate: mvn test -Dtest='*ApiReportTest' -Dsurefire.failIfNoSpecifiedTests=false"
                + " -D" + ApiReport.UPDATE + "=true");
    }
}
