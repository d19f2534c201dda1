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
        assertTrue(run.out().startsWith("period,actual,adjusted_baseline,savings,cusum\n2024-01,380.0,"), run.out());
    }
}
