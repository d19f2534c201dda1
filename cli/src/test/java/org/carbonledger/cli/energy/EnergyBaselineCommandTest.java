package org.carbonledger.cli.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of {@code carbonledger energy baseline} against contract v1 (docs/design.md §6). */
class EnergyBaselineCommandTest {
    @TempDir
    Path dir;

    /** The data of {@code BaselineFitterTest} in core, whose OLS answers were computed with NumPy. */
    static final String PLANT = "period,mwh,tonnes,hdd\n"
            + "2023-01,412,52,410\n2023-02,398,50,362\n2023-03,371,49,300\n2023-04,335,47,190\n"
            + "2023-05,310,48,90\n2023-06,288,45,20\n2023-07,281,44,5\n2023-08,290,46,10\n"
            + "2023-09,322,47,70\n2023-10,356,49,180\n2023-11,389,51,300\n2023-12,405,50,390\n";

    @Test
    void ols_writesTheContractFields() {
        Path data = EnergyCliRun.write(dir, "plant.csv", PLANT);
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "tonnes,hdd");
        assertEquals(0, run.status(), run.toString());
        JsonNode j = run.json();
        assertEquals("ols", j.get("model").asText());
        assertEquals(12, j.get("n").asInt());
        assertEquals(3, j.get("p").asInt());
        assertEquals(36.951734974683, j.get("coefficients").get("intercept").asDouble(), 1e-8);
        assertEquals(5.498274269593, j.get("coefficients").get("tonnes").asDouble(), 1e-9);
        assertEquals(0.230157564452, j.get("coefficients").get("hdd").asDouble(), 1e-11);
        assertEquals(0.9841901296117843, j.get("r2").asDouble(), 1e-12);
        assertEquals(0.9806768250810697, j.get("adj_r2").asDouble(), 1e-12);
        assertEquals(0.01944527237298576, j.get("cv_rmse").asDouble(), 1e-13);
        assertEquals(0.0, j.get("nmbe").asDouble(), 1e-12);
        assertEquals(7.238028884629, j.get("t_stats").get("hdd").asDouble(), 1e-9);
        assertEquals(0.02294868000381, j.get("p_values").get("tonnes").asDouble(), 1e-11);
        assertTrue(run.err().contains("n = 12"), run.err());
    }

    @Test
    void csvFormat_andOutputFile() throws Exception {
        Path data = EnergyCliRun.write(dir, "plant.csv", PLANT);
        Path out = dir.resolve("b.csv");
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "tonnes,hdd", "--format", "csv", "--output", out.toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals("", run.out());
        String csv = Files.readString(out);
        assertTrue(csv.startsWith("name,value,std_error,t_stat,p_value\n"), csv);
        assertTrue(csv.contains("\nr2,0.98419012961178"), csv);
    }

    @Test
    void changePointModel_reportsBalancePoint() {
        StringBuilder s = new StringBuilder("period,kwh,temp\n");
        double[] t = {-3, -1, 2, 5, 9, 13, 17, 20, 22, 18, 11, 4};
        double[] y = {191.5, 178.0, 165.5, 149.0, 132.0, 109.5, 101.0, 98.5, 100.5, 99.0, 121.0, 155.0};
        for (int i = 0; i < 12; i++) {
            s.append(String.format("2023-%02d,%s,%s%n", i + 1, y[i], t[i]));
        }
        Path data = EnergyCliRun.write(dir, "w.csv", s.toString());
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "kwh",
                "--variables", "temp", "--model", "3p-heating", "--temperature", "temp");
        assertEquals(0, run.status(), run.toString());
        assertEquals(3, run.json().get("p").asInt());
        assertEquals(15.164, run.json().get("coefficients").get("heating_balance_point").asDouble(), 1e-3);
    }

    @Test
    void collinearVariables_areAFatalErrorNamingThem() {
        Path data = EnergyCliRun.write(dir, "c.csv", "period,mwh,a,b\n2023-01,1,1,2\n2023-02,2,2,4\n2023-03,2,3,6\n"
                + "2023-04,4,4,8\n2023-05,5,5,10.000000000000\n");
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "a,b");
        assertEquals(1, run.status(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().contains("collinear") && run.err().contains("a, b"), run.err());
    }

    @Test
    void tooFewPoints_isAFatalError() {
        Path data = EnergyCliRun.write(dir, "s.csv", "period,mwh,a\n2023-01,1,1\n2023-02,2,3\n");
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "a");
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("too few points"), run.err());
    }

    @Test
    void badValue_namesFileRowColumnAndValue() {
        Path data = EnergyCliRun.write(dir, "bad.csv", "period,mwh,a\n2023-01,1,1\n2023-02,n/a,3\n");
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "a");
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("bad.csv, row 3, column mwh, value 'n/a'"), run.err());
    }

    @Test
    void missingPeriod_isAFatalError() {
        Path data = EnergyCliRun.write(dir, "gap.csv", "period,mwh,a\n2023-01,1,1\n2023-02,2,3\n2023-04,2,5\n"
                + "2023-05,3,4\n");
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "a");
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("missing period"), run.err());
    }

    @Test
    void missingFile_isFatal_andBadOptionsAreUsageErrors() {
        assertEquals(1, EnergyCliRun.run("energy", "baseline", "--data", dir.resolve("none.csv").toString(),
                "--energy", "e", "--variables", "a").status());
        assertEquals(2, EnergyCliRun.run("energy", "baseline", "--data", "x.csv", "--energy", "e",
                "--variables", "a", "--model", "4p").status());
        assertEquals(2, EnergyCliRun.run("energy", "baseline", "--data", "x.csv", "--energy", "e",
                "--variables", "a", "--model", "3p-heating").status());
        assertEquals(2, EnergyCliRun.run("energy", "baseline", "--data", "x.csv").status());
        assertEquals(2, EnergyCliRun.run("energy").status());
    }

    private static String plantWith(String period, String replacement) {
        return PLANT.lines().map(l -> l.startsWith(period + ",") ? replacement : l)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    /** Issue 12 item 9: negative consumption was fitted silently. */
    @Test
    void negativeEnergy_isAFatalErrorNamingFileRowColumnAndValue() {
        Path data = EnergyCliRun.write(dir, "neg.csv", plantWith("2023-03", "2023-03,-371,49,300"));
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "tonnes,hdd");
        assertEquals(1, run.status(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().contains("neg.csv, row 4, column mwh, value '-371'"), run.err());
    }

    /** Issue 12 item 9: a 1e308 value gave null coefficients with exit 0. */
    @Test
    void hugeValue_isAFatalError_notNullCoefficients() {
        Path data = EnergyCliRun.write(dir, "huge.csv", plantWith("2023-03", "2023-03,1e308,49,300"));
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "tonnes,hdd");
        assertEquals(1, run.status(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().contains("column mwh") && run.err().contains("too large"), run.err());
    }

    /** Issue 12 item 9: all-zero energy gave R² 1.0 with exit 0. */
    @Test
    void allZeroEnergy_isAFatalError() {
        StringBuilder s = new StringBuilder("period,mwh,tonnes\n");
        for (int m = 1; m <= 6; m++) {
            s.append(String.format("2023-%02d,0,%d%n", m, 40 + m));
        }
        Path data = EnergyCliRun.write(dir, "zero.csv", s.toString());
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "tonnes");
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("zero in every period"), run.err());
    }

    @Test
    void constantEnergy_isFlagged_withR2Null() {
        StringBuilder s = new StringBuilder("period,mwh,tonnes\n");
        for (int m = 1; m <= 6; m++) {
            s.append(String.format("2023-%02d,100,%d%n", m, 40 + m));
        }
        Path data = EnergyCliRun.write(dir, "flat.csv", s.toString());
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "tonnes");
        assertEquals(0, run.status(), run.toString());
        JsonNode j = run.json();
        assertTrue(j.get("r2").isNull(), j.toString());
        assertEquals("energy_constant", j.get("flags").get(0).asText());
        assertTrue(run.err().contains("flag energy_constant"), run.err());
    }

    @Test
    void flagsAndVariableRanges_areAddedFields() {
        Path data = EnergyCliRun.write(dir, "plant.csv", PLANT);
        var run = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "tonnes,hdd");
        JsonNode j = run.json();
        assertEquals(0, j.get("flags").size(), j.toString());
        assertEquals(44, j.get("variable_ranges").get("tonnes").get("min").asDouble());
        assertEquals(410, j.get("variable_ranges").get("hdd").get("max").asDouble());
        var strict = EnergyCliRun.run("energy", "baseline", "--data", data.toString(), "--energy", "mwh",
                "--variables", "tonnes,hdd", "--max-cv-rmse", "0.001", "--format", "csv");
        assertTrue(strict.out().endsWith("\nflags,baseline_criteria_not_met,,,\n"), strict.out());
    }
}
