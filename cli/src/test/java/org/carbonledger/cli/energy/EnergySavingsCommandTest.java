package org.carbonledger.cli.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of {@code carbonledger energy savings}. */
class EnergySavingsCommandTest {
    @TempDir
    Path dir;

    @Test
    void savings_perPeriodWithCusumAndUncertainty() {
        Path base = EnergyCliRun.write(dir, "base.csv", EnergyBaselineCommandTest.PLANT);
        Path rep = EnergyCliRun.write(dir, "rep.csv", "period,mwh,tonnes,hdd\n2024-01,380,52,410\n2024-02,360,50,362\n");
        var run = EnergyCliRun.run("energy", "savings", "--baseline", base.toString(), "--reporting", rep.toString(),
                "--energy", "mwh", "--variables", "tonnes,hdd");
        assertEquals(0, run.status(), run.toString());
        JsonNode j = run.json();
        double e1 = 36.951734974683 + 5.498274269593 * 52 + 0.230157564452 * 410;
        double e2 = 36.951734974683 + 5.498274269593 * 50 + 0.230157564452 * 362;
        assertEquals(e1, j.get("periods").get(0).get("adjusted_baseline").asDouble(), 1e-6);
        assertEquals(e1 - 380 + e2 - 360, j.get("periods").get(1).get("cusum").asDouble(), 1e-6);
        assertEquals(e1 - 380 + e2 - 360, j.get("totals").get("savings").asDouble(), 1e-6);
        assertTrue(j.get("totals").get("fractional_uncertainty").asDouble() > 0);
        assertEquals("ols", j.get("baseline").get("model").asText());
    }

    @Test
    void reportingWithoutAVariable_isFatal() {
        Path base = EnergyCliRun.write(dir, "base.csv", EnergyBaselineCommandTest.PLANT);
        Path rep = EnergyCliRun.write(dir, "rep.csv", "period,mwh,tonnes\n2024-01,380,52\n");
        var run = EnergyCliRun.run("energy", "savings", "--baseline", base.toString(), "--reporting", rep.toString(),
                "--energy", "mwh", "--variables", "tonnes,hdd");
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("rep.csv") && run.err().contains("hdd"), run.err());
    }

    @Test
    void csvFormat_onePerPeriod() {
        Path base = EnergyCliRun.write(dir, "base.csv", EnergyBaselineCommandTest.PLANT);
        Path rep = EnergyCliRun.write(dir, "rep.csv", "period,mwh,tonnes,hdd\n2024-01,380,52,410\n");
        var run = EnergyCliRun.run("energy", "savings", "--baseline", base.toString(), "--reporting", rep.toString(),
                "--energy", "mwh", "--variables", "tonnes,hdd", "--format", "csv");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().startsWith("period,actual,adjusted_baseline,savings,cusum,flags\n2024-01,380,"),
                run.out());
    }

    private EnergyCliRun.Run savings(String reporting, String... more) {
        Path base = EnergyCliRun.write(dir, "base.csv", EnergyBaselineCommandTest.PLANT);
        Path rep = EnergyCliRun.write(dir, "rep.csv", reporting);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("energy", "savings", "--baseline",
                base.toString(), "--reporting", rep.toString(), "--energy", "mwh", "--variables", "tonnes,hdd"));
        args.addAll(java.util.List.of(more));
        return EnergyCliRun.run(args.toArray(String[]::new));
    }

    /** Issue 12 item 9: savings extrapolated 100× beyond the baseline's range were accepted silently. */
    @Test
    void extrapolatedReporting_isFlaggedInJsonCsvAndStderr() {
        String rep = "period,mwh,tonnes,hdd\n2024-01,380,52,410\n2024-02,30000,5000,362\n";
        var run = savings(rep);
        assertEquals(0, run.status(), run.toString());
        JsonNode j = run.json();
        assertEquals("outside_baseline_range", j.get("flags").get(0).asText(), j.toString());
        assertEquals(0, j.get("periods").get(0).get("flags").size());
        assertEquals("outside_baseline_range", j.get("periods").get(1).get("flags").get(0).asText());
        JsonNode x = j.get("extrapolations").get(0);
        assertEquals("2024-02", x.get("period").asText());
        assertEquals("tonnes", x.get("variable").asText());
        assertEquals(5000, x.get("value").asDouble());
        assertEquals(44, x.get("baseline_min").asDouble());
        assertEquals(52, x.get("baseline_max").asDouble());
        assertTrue(run.err().contains("flag outside_baseline_range: in 1 of 2 reporting periods"), run.err());
        var csv = savings(rep, "--format", "csv");
        assertTrue(csv.out().startsWith("period,actual,adjusted_baseline,savings,cusum,flags\n"), csv.out());
        assertTrue(csv.out().contains("\n2024-02,30000,") && csv.out().endsWith(",outside_baseline_range\n"),
                csv.out());
    }

    /** Issue 12 item 9: a reporting period overlapping the baseline was accepted silently. */
    @Test
    void overlappingReporting_isAFatalError() {
        var run = savings("period,mwh,tonnes,hdd\n2023-11,380,52,410\n2023-12,360,50,362\n2024-01,360,50,362\n");
        assertEquals(1, run.status(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().contains("rep.csv, row 2, column period, value '2023-11': the reporting period"
                + " (2023-11 to 2024-01) overlaps the baseline period (2023-01 to 2023-12)"), run.err());
    }

    /** Issue 12 item 9: a reporting period preceding the baseline was accepted silently. */
    @Test
    void precedingReporting_isAFatalError() {
        var run = savings("period,mwh,tonnes,hdd\n2021-01,380,52,410\n");
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("precedes the baseline period"), run.err());
    }

    @Test
    void undatedReporting_isFlaggedUnchecked() {
        var run = savings("mwh,tonnes,hdd\n380,52,410\n");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.json().get("flags").toString().contains("period_order_unchecked"), run.out());
        assertTrue(run.err().contains("flag period_order_unchecked"), run.err());
    }
}
