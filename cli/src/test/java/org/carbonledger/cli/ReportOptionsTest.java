package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a signed report states (issue 14, item 1): from the options, from a report settings file
 * (an option winning), "not stated" for what neither gives, never invented; a bad base year or an
 * unknown settings key is refused naming it.
 */
class ReportOptionsTest {
    @TempDir
    Path dir;

    private record Run(int status, String err, String html) {
    }

    private Run report(String... more) throws Exception {
        return reportOf("../examples/data/example-ledger.csv", more);
    }

    private Run reportOf(String ledger, String... more) throws Exception {
        Path out = dir.resolve("r.html");
        Files.deleteIfExists(out);
        List<String> args = new ArrayList<>(List.of("report", "--activities", ledger, "--output", out.toString()));
        args.addAll(List.of(more));
        StringWriter err = new StringWriter();
        int status = CarbonLedgerCommand.execute(args.toArray(String[]::new),
                new PrintStream(PrintStream.nullOutputStream()), new PrintWriter(err));
        return new Run(status, err.toString(), Files.exists(out) ? Files.readString(out) : null);
    }

    /** The statement's value for a term, from the page source. */
    private static String stated(String html, String term) {
        int at = html.indexOf("<dt>" + term + "</dt>");
        assertTrue(at >= 0, term);
        int start = html.indexOf('>', html.indexOf("<dd", at)) + 1;
        return html.substring(start, html.indexOf("</dd>", start));
    }

    @Test
    void nothingGiven_isShownAsNotStated_neverInvented() throws Exception {
        Run r = report();
        assertEquals(0, r.status(), r.err());
        for (String term : List.of("Organisation", "Reporting period", "Base year", "Prepared by")) {
            assertEquals("not stated", stated(r.html(), term), term);
        }
        assertTrue(stated(r.html(), "Boundary").startsWith("not stated; the ledger&#39;s sites (2): Leeds, Shenzhen"));
        assertTrue(stated(r.html(), "Generated").contains("by Carbon Ledger "
                + org.carbonledger.CarbonLedgerVersion.current()));
        assertTrue(stated(r.html(), "Factor tables").contains("desnz-2025 edition 2025 v1"));
    }

    /** The edition policy's flags are stated, counted and explained (issue 13 item 1, issue 14 item 1). */
    @Test
    void flaggedRows_areStatedAndExplained() throws Exception {
        Path ledger = Files.writeString(dir.resolve("l.csv"), "period,activity,amount,unit,region\n"
                + "2026-02,fuel/natural_gas,1000,GJ,GB\n2025-02,fuel/natural_gas,1000,GJ,GB\n");
        Run r = reportOf(ledger.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("1 row priced by a flagged factor, in the totals (listed under Methodology): latest_edition 1 row",
                stated(r.html(), "Flagged rows"));
        assertTrue(r.html().contains("<strong>latest_edition: fuel/natural_gas by desnz-2025</strong> (1 row, in the"
                + " totals): period 2026-02 is after every edition of series desnz"), r.html());
        assertEquals("none", stated(report().html(), "Flagged rows"));
    }

    @Test
    void options_andSettingsFile_areStated_theOptionWinning() throws Exception {
        Path settings = Files.writeString(dir.resolve("s.properties"), "organisation=From File Ltd\n"
                + "reporting-period=FY 2025\nbase-year=2019\npreparer=A. File\nboundary=operational control\n");
        Run r = report("--report-settings", settings.toString(), "--organisation", "Acme <Tiles> Ltd");
        assertEquals(0, r.status(), r.err());
        assertEquals("Acme &lt;Tiles&gt; Ltd", stated(r.html(), "Organisation"));
        assertEquals("FY 2025", stated(r.html(), "Reporting period"));
        assertEquals("2019", stated(r.html(), "Base year"));
        assertEquals("A. File", stated(r.html(), "Prepared by"));
        assertTrue(stated(r.html(), "Boundary").startsWith("operational control; "));
        assertTrue(r.html().contains("<title>Greenhouse-gas inventory: Acme &lt;Tiles&gt; Ltd</title>"));
    }

    @Test
    void aBaseYearThatIsNotAYear_isAUsageError() throws Exception {
        Run r = report("--base-year", "last year");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--base-year must be a year (YYYY), not 'last year'"), r.err());
        assertEquals(null, r.html(), "nothing written");
    }

    @Test
    void anUnknownSettingsKey_isAFatalErrorNamingItAndTheKeys() throws Exception {
        Path settings = Files.writeString(dir.resolve("bad.properties"), "organization=Acme\n");
        Run r = report("--report-settings", settings.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains(settings + ": unknown key 'organization'; the keys are organisation,"
                + " reporting-period, base-year, boundary, preparer"), r.err());
        assertEquals(null, r.html());
    }

    @Test
    void theReport_hasNoScreenOnlySentence_andStatesIsoCategoriesBesideScopes() throws Exception {
        Run r = report();
        assertFalse(r.html().contains("open a line"), "no sentence that only makes sense on screen");
        assertTrue(r.html().contains("1: Direct GHG emissions and removals"));
        assertTrue(r.html().contains("2: Indirect GHG emissions from imported energy"));
        assertTrue(r.html().contains("1,615.5 GJ"), "the ledger amount as given");
    }
}
