package org.carbonledger.cli.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code carbonledger malmquist} run through picocli. */
class MalmquistCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = new CommandLine(new MalmquistCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** DataEnvelopmentAnalysis.jl test/malmquist.jl: M = 2, EC = 4/3, TC = 1.5 for DMU1. */
    @Test
    void malmquistCsv() throws IOException {
        Path p = dir.resolve("m.csv");
        Files.writeString(p, "dmu,period,x_1,y_1\nDMU1,1,2,1\nDMU2,1,3,4\nDMU3,1,5,6\n"
                + "DMU4,1,4,3\nDMU5,1,4,5\nDMU1,2,1,1\nDMU2,2,2,4\nDMU3,2,4,6\nDMU4,2,3,3\n"
                + "DMU5,2,4,3\n");
        assertEquals(0, run("--data", p.toString(), "--index", "malmquist", "--model", "ccr"),
                err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals("dmu,from,to,index,ec,tc,status,note", lines.get(0));
        String[] d1 = lines.get(1).split(",", -1);
        assertEquals("DMU1", d1[0]);
        assertEquals("1", d1[1]);
        assertEquals("2", d1[2]);
        assertEquals(2.0, Double.parseDouble(d1[3]), 1e-9);
        assertEquals(4.0 / 3, Double.parseDouble(d1[4]), 1e-9);
        assertEquals(1.5, Double.parseDouble(d1[5]), 1e-9);
        assertEquals("optimal", d1[6]);
    }

    /** DataEnvelopmentAnalysis.jl test/malmluen.jl: ML of DMU2 = 1.1, bads like inputs. */
    @Test
    void mlNeedsAConventionAndReproducesTheReference() throws IOException {
        Path p = dir.resolve("ml.csv");
        Files.writeString(p, "dmu,period,x_1,y_1,b_1\nDMU1,1,1,7,2\nDMU2,1,1,5,5\nDMU3,1,1,1,3\n"
                + "DMU4,1,1,3,3\nDMU5,1,1,4,2\nDMU1,2,1,8,1\nDMU2,2,1,5.5,3\nDMU3,2,1,2,2\n"
                + "DMU4,2,1,2,4\nDMU5,2,1,4,1\n");
        assertEquals(2, run("--data", p.toString(), "--index", "ml", "--model", "ddf"));
        assertTrue(err.toString().contains("--bad-outputs"), err.toString());
        assertEquals(0, run("--data", p.toString(), "--index", "ml", "--model", "ddf",
                "--bad-outputs", "input-like", "--format", "json"), err.toString());
        assertTrue(out.toString().contains("\"dmu\" : \"DMU2\""), out.toString());
        assertTrue(out.toString().contains("1.1"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--data", p.toString(), "--index", "gml", "--model", "ddf",
                "--bad-outputs", "weak"), err.toString());
        assertEquals(6, out.toString().lines().count());
    }

    @Test
    void panelWithoutPeriodsIsFatal() throws IOException {
        Path p = dir.resolve("x.csv");
        Files.writeString(p, "dmu,x_1,y_1\nA,1,2\nB,2,3\n");
        assertEquals(1, run("--data", p.toString(), "--index", "malmquist", "--model", "ccr"));
        assertTrue(err.toString().contains("period"), err.toString());
        assertEquals(1, err.toString().lines().count());
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("--data", "x.csv", "--index", "foo", "--model", "ccr"));
        assertEquals(2, run("--data", "x.csv", "--index", "ml", "--model", "sbm"));
        assertEquals(2, run("--data", "x.csv", "--index", "ml"));
    }

    /**
     * Issue 12, item 8: a unit missing one year was dropped with exit 0 and no message. It
     * now has a row, undefined, whose note names the missing period, and stderr says so.
     */
    @Test
    void unitMissingAYearGetsAnUndefinedRowAndStderrSaysSo() throws IOException {
        Path p = dir.resolve("gap.csv");
        Files.writeString(p, "dmu,period,x_1,y_1\nA,2022,2,1\nB,2022,3,4\nC,2022,5,6\n"
                + "A,2023,1,1\nB,2023,2,4\n");
        assertEquals(0, run("--data", p.toString(), "--index", "malmquist", "--model", "ccr"),
                err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(4, lines.size(), out.toString());
        String c = lines.get(3);
        assertTrue(c.startsWith("C,2022,2023,,,,undefined,"), c);
        assertTrue(c.contains("no observation in period 2023"), c);
        assertTrue(err.toString().contains("1 of 3 indices have no value (1 undefined)"),
                err.toString());
    }

    /** Issue 12, item 8: FY23 sorted after 2024 as text; it is now refused, naming its row. */
    @Test
    void fiscalYearLabelIsFatalNamingRowColumnAndValue() throws IOException {
        Path p = dir.resolve("fy.csv");
        Files.writeString(p, "dmu,period,x_1,y_1\nA,2024,2,1\nA,FY23,1,1\n");
        assertEquals(1, run("--data", p.toString(), "--index", "malmquist", "--model", "ccr"));
        String e = err.toString();
        assertTrue(e.contains("row 3") && e.contains("column period")
                && e.contains("value 'FY23'"), e);
        assertEquals(1, e.lines().count(), e);
    }
}
