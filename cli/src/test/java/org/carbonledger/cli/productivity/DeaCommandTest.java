package org.carbonledger.cli.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code carbonledger dea} run through picocli as the main command will run it. */
class DeaCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** FLS book data (DataEnvelopmentAnalysis.jl test/dea.jl). */
    static final String FLS = "dmu,x_1,x_2,y_1\nA,5,13,12\nB,16,12,14\nC,16,26,25\nD,17,15,26\n"
            + "E,18,14,8\nF,23,6,9\nG,25,10,27\nH,27,22,30\nI,37,14,31\nJ,42,25,26\nK,5,17,12\n";

    int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void ccrInputCsvToStdout() throws IOException {
        int status = run(new DeaCommand(), "--data", file("fls.csv", FLS).toString(),
                "--model", "ccr");
        assertEquals(0, status, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals("dmu,score,slack_x_1,slack_x_2,slack_y_1,target_x_1,target_x_2,target_y_1,"
                + "peers,status,note", lines.get(0));
        assertEquals(12, lines.size());
        String[] b = lines.get(2).split(",");
        assertEquals("B", b[0]);
        assertEquals(0.6222896791, Double.parseDouble(b[1]), 1e-9);
        assertEquals("optimal", b[b.length - 1]);
        assertTrue(b[8].startsWith("D:") || b[8].contains(";"), lines.get(2));
        assertEquals("", err.toString());
    }

    @Test
    void outputOrientationReportsPhiAndScoreOneOverPhi() throws IOException {
        Path result = dir.resolve("out.csv");
        assertEquals(0, run(new DeaCommand(), "--data", file("fls.csv", FLS).toString(),
                "--model", "bcc", "--orientation", "output", "--output", result.toString()));
        assertEquals("", out.toString());
        List<String> lines = Files.readAllLines(result);
        assertTrue(lines.get(0).startsWith("dmu,score,phi,"));
        String[] e = lines.get(5).split(",");
        assertEquals(3.203947368, Double.parseDouble(e[2]), 1e-8);
        assertEquals(1 / 3.203947368, Double.parseDouble(e[1]), 1e-8);
    }

    @Test
    void ddfJsonWithPeriodsAndConvention() throws IOException {
        String ml5 = "dmu,period,x_1,y_1,b_1\nDMU1,1,1,7,2\nDMU2,1,1,5,5\nDMU3,1,1,1,3\n"
                + "DMU4,1,1,3,3\nDMU5,1,1,4,2\n";
        assertEquals(0, run(new DeaCommand(), "--data", file("ml5.csv", ml5).toString(),
                "--model", "ddf", "--direction", "output", "--bad-outputs", "input-like",
                "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertTrue(root.get("model").asText().contains("input-like"));
        JsonNode dmu2 = root.get("results").get(1);
        assertEquals("DMU2", dmu2.get("dmu").asText());
        assertEquals("1", dmu2.get("period").asText());
        assertEquals(0.4, dmu2.get("beta").asDouble(), 1e-9);
        assertEquals("optimal", dmu2.get("status").asText());
    }

    @Test
    void sbmWithBadsAndFormulaLikeNamesNeutralised() throws IOException {
        String data = "dmu,x_1,y_1,b_1\n=cmd,1,1,1\n-B,1,2,1\nC,1,6,2\n";
        assertEquals(0, run(new DeaCommand(), "--data", file("p.csv", data).toString(),
                "--model", "sbm", "--rts", "vrs"));
        String csv = out.toString();
        assertTrue(csv.contains("\n'=cmd,"), csv);
        assertTrue(csv.contains("\n'-B,"), csv);
        assertFalse(csv.contains("\n=cmd"), csv);
    }

    @Test
    void superInfeasibleUnitHasStatusAndEmptyScore() throws IOException {
        String data = "dmu,x_1,y_1\nA,2,2\nB,4,6\nC,3,3\n";
        assertEquals(0, run(new DeaCommand(), "--data", file("p.csv", data).toString(),
                "--model", "bcc", "--super"));
        String b = out.toString().lines().filter(l -> l.startsWith("B,")).findFirst()
                .orElseThrow();
        assertTrue(b.startsWith("B,,"), b);
        assertTrue(b.endsWith(",infeasible,"), b);
        assertTrue(err.toString().contains("1 of 3 units"), err.toString());
    }

    /**
     * Issue 12, item 7: an all-zero unit scored 1.0 (sbm) or 0.0 (ccr) as optimal. It now has
     * an empty score, status undefined and a note, and stderr counts the rows without a value
     * by status.
     */
    @Test
    void allZeroUnitIsUndefinedWithANoteAndStderrCountsByStatus() throws IOException {
        for (String model : List.of("sbm", "ccr")) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertEquals(0, run(new DeaCommand(), "--data", file("z.csv", FLS + "Z,0,0,0\n")
                    .toString(), "--model", model), err.toString());
            String z = out.toString().lines().filter(l -> l.startsWith("Z,")).findFirst()
                    .orElseThrow();
            assertTrue(z.startsWith("Z,,"), z);
            assertTrue(z.contains(",undefined,every input and output of the unit is zero"), z);
            assertEquals("carbonledger: 1 of 12 units have no value (1 undefined); see the"
                    + " status and note columns", err.toString().strip());
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run(new DeaCommand(), "--data", file("z.csv", FLS + "Z,0,0,0\n")
                .toString(), "--model", "ccr", "--format", "json"));
        JsonNode z = new ObjectMapper().readTree(out.toString()).get("results").get(11);
        assertTrue(z.get("score").isNull());
        assertEquals("undefined", z.get("status").asText());
        assertTrue(z.get("note").asText().contains("0/0"), z.toString());
    }

    /** The help names every status a row can carry and the period forms accepted. */
    @Test
    void helpListsEveryStatusAndThePeriodForms() {
        assertEquals(0, run(new DeaCommand(), "--help"));
        String help = out.toString();
        for (String status : List.of("optimal", "infeasible", "unbounded", "not_solved",
                "numerical_trouble", "undefined", "2023-Q1", "FY23")) {
            assertTrue(help.contains(status), status + " in\n" + help);
        }
    }

    @Test
    void missingFileIsFatalWithOneLine() {
        assertEquals(1, run(new DeaCommand(), "--data", dir.resolve("none.csv").toString(),
                "--model", "ccr"));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("none.csv"));
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void badValueIsFatalNamingRowAndColumn() throws IOException {
        assertEquals(1, run(new DeaCommand(), "--data", file("p.csv",
                "dmu,x_1,y_1\nA,1,2\nB,-3,4\n").toString(), "--model", "ccr"));
        String e = err.toString();
        assertTrue(e.contains("row 3") && e.contains("x_1") && e.contains("'-3'"), e);
        assertEquals(1, e.lines().count());
    }

    @Test
    void usageErrors() throws IOException {
        Path p = file("p.csv", "dmu,x_1,y_1,b_1\nA,1,2,1\nB,2,3,1\n");
        assertEquals(2, run(new DeaCommand(), "--data", p.toString()));
        assertEquals(2, run(new DeaCommand(), "--data", p.toString(), "--model", "xyz"));
        assertEquals(2, run(new DeaCommand(), "--data", p.toString(), "--model", "ddf"));
        assertEquals(2, run(new DeaCommand(), "--data", p.toString(), "--model", "sbm",
                "--bad-outputs", "weak"));
        assertEquals(2, run(new DeaCommand(), "--data", p.toString(), "--model", "ccr",
                "--bad-outputs", "weak", "--orientation", "none"));
        assertEquals(2, run(new DeaCommand(), "--data", p.toString(), "--model", "sbm",
                "--format", "xml"));
        assertTrue(err.toString().contains("--bad-outputs"), err.toString());
    }

    /** Cooper, Seiford &amp; Tone (2007) ch. 8 via DataEnvelopmentAnalysis.jl test/deacost.jl. */
    @Test
    void costModelReportsTechnicalAndAllocative() throws IOException {
        String data = "dmu,x_1,x_2,y_1,price_x_1,price_x_2\nA,3,2,3,4,2\nB,1,3,5,4,2\n"
                + "C,4,6,6,4,2\n";
        assertEquals(0, run(new DeaCommand(), "--data", file("c.csv", data).toString(),
                "--model", "cost"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("dmu,score,technical,allocative,"), lines.get(0));
        String[] a = lines.get(1).split(",");
        assertEquals(0.375, Double.parseDouble(a[1]), 1e-3);
        assertEquals(0.9, Double.parseDouble(a[2]), 1e-3);
        assertEquals(0.417, Double.parseDouble(a[3]), 1e-3);
    }

    @Test
    void pooledFrontierNamesPeersWithTheirPeriod() throws IOException {
        String data = "dmu,period,x_1,y_1\nA,1,2,2\nB,1,2,1\nA,2,2,4\nB,2,2,3\n";
        Path p = file("p.csv", data);
        assertEquals(0, run(new DeaCommand(), "--data", p.toString(), "--model", "ccr",
                "--pooled"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("dmu,period,score,"), lines.get(0));
        String a1 = lines.get(1);
        assertTrue(a1.startsWith("A,1,0.5,"), a1);
        assertTrue(a1.contains("A|2:"), a1);
        out.getBuffer().setLength(0);
        assertEquals(0, run(new DeaCommand(), "--data", p.toString(), "--model", "ccr"));
        assertTrue(out.toString().lines().toList().get(1).startsWith("A,1,1,"), out.toString());
    }

    @Test
    void costWithoutPricesIsFatal() throws IOException {
        assertEquals(1, run(new DeaCommand(), "--data", file("fls.csv", FLS).toString(),
                "--model", "cost"));
        assertTrue(err.toString().contains("price_x_1"), err.toString());
    }
}
