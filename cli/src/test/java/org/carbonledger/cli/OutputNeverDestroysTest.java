package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output} never destroys what is not a result of its own: a directory, a symbolic link,
 * a device or the run's own input is refused with exit 1 and left as it was (the command used to
 * rename its result over each of them with exit 0; as root, over /dev/null); and a run that fails
 * leaves nothing at --output and nothing on standard output.
 */
class OutputNeverDestroysTest {
    @TempDir
    Path dir;

    private Path ledger() {
        return Cli.write(dir, "ledger.csv", "activity,amount,unit\nfuel/natural_gas,10,GJ\n");
    }

    @Test
    void outputOntoADirectory_isRefusedAndTheDirectoryStays() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out"));
        Files.writeString(target.resolve("keep.txt"), "keep");
        Cli.Run run = Cli.run("inventory", "--activities", ledger().toString(), "--output", target.toString());
        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains("is a directory, not a regular file"), run::toString);
        assertTrue(Files.isDirectory(target) && Files.exists(target.resolve("keep.txt")));
        assertEquals("", run.out());
    }

    @Test
    void outputOntoTheInputFile_isRefusedAndTheInputStays() throws IOException {
        Path in = ledger();
        String before = Files.readString(in);
        Cli.Run run = Cli.run("inventory", "--activities", in.toString(), "--output", in.toString());
        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains("is the input file"), run::toString);
        assertEquals(before, Files.readString(in));
    }

    @Test
    void outputOntoASymbolicLink_isRefusedAndWhatItPointsToStays() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        Cli.Run run = Cli.run("inventory", "--activities", ledger().toString(), "--output", link.toString());
        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains("symbolic link"), run::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("precious", Files.readString(real));
    }

    @Test
    void outputOntoADevice_isRefused() {
        Path devNull = Path.of("/dev/null");
        if (!Files.exists(devNull)) {
            return; // no device node to try on this system (Windows)
        }
        Cli.Run run = Cli.run("inventory", "--activities", ledger().toString(), "--output", devNull.toString());
        assertEquals(1, run.status(), run::toString);
        assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
    }

    @Test
    void energyOutputOntoItsInput_isRefusedToo() throws IOException {
        Path data = Cli.write(dir, "energy.csv", "period,energy,production\n2024-01,100,10\n2024-02,110,11\n"
                + "2024-03,120,12\n2024-04,90,9\n2024-05,130,13\n2024-06,105,10.4\n");
        String before = Files.readString(data);
        Cli.Run run = Cli.run("energy", "baseline", "--data", data.toString(), "--energy", "energy", "--variables",
                "production", "--output", data.toString());
        assertEquals(1, run.status(), run::toString);
        assertEquals(before, Files.readString(data));
    }

    @Test
    void aRunThatFails_leavesNothingAtOutput() throws IOException {
        Path out = dir.resolve("result.json");
        Path bad = Cli.write(dir, "bad.csv", "activity,amount,unit\nfuel/natural_gas,10,GJ\n\"unclosed,1,GJ\n");
        Cli.Run run = Cli.run("inventory", "--activities", bad.toString(), "--output", out.toString());
        assertEquals(1, run.status(), run::toString);
        assertTrue(!Files.exists(out), "no partial result at --output");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void aRowThatOverflows_isARejection_andStdoutHoldsTheWholeResult() {
        Path in = Cli.write(dir, "huge.csv", "activity,amount,unit\nfuel/natural_gas,10,GJ\nfuel/natural_gas,1e308,GJ\n");
        Cli.Run run = Cli.run("inventory", "--activities", in.toString());
        assertEquals(3, run.status(), run::toString);
        var json = run.json();
        assertEquals(1, json.at("/counts/rejected").asInt());
        assertEquals("amount", json.at("/rejected/0/column").asText());
        assertEquals(561.0, json.at("/totals/gases_kg/CO2").asDouble());
    }

    /**
     * Memory grows with groups, never with rows: a ledger of more groups than the limit (200,000
     * sites under -Xmx256m ran out of memory after 52,000 rows were printed) stops before anything
     * is written, naming the limit and the option that raises it.
     */
    @Test
    void moreGroupsThanTheLimit_stopBeforeAnythingIsWritten_namingTheOption() {
        StringBuilder csv = new StringBuilder("site,activity,amount,unit\n");
        for (int i = 0; i < 10; i++) {
            csv.append("site-").append(i).append(",fuel/natural_gas,1,GJ\n");
        }
        Path in = Cli.write(dir, "sites.csv", csv.toString());
        Cli.Run run = Cli.run("inventory", "--activities", in.toString(), "--format", "csv", "--max-groups", "5");
        assertEquals(1, run.status(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("more than 5 groups") && run.err().contains("--max-groups"), run::toString);
        Cli.Run enough = Cli.run("inventory", "--activities", in.toString(), "--format", "csv", "--max-groups", "10");
        assertEquals(0, enough.status(), enough::toString);
    }

    /** A result file is created as any new file is (the umask's permissions), not readable by its owner only. */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX,
        org.junit.jupiter.api.condition.OS.MAC})
    void theResultFile_hasTheUsualPermissions() throws IOException {
        Path out = dir.resolve("result.json");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Cli.Run run = Cli.run("inventory", "--activities", ledger().toString(), "--output", out.toString());
        assertEquals(0, run.status(), run::toString);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    /** A result that replaces a file keeps that file's permissions: a result the user made private stays private. */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX,
        org.junit.jupiter.api.condition.OS.MAC})
    void aReplacedFile_keepsItsPermissions() throws IOException {
        Path out = Files.writeString(dir.resolve("private.json"), "old");
        var owner = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(out, owner);
        Cli.Run run = Cli.run("inventory", "--activities", ledger().toString(), "--output", out.toString());
        assertEquals(0, run.status(), run::toString);
        assertEquals(owner, Files.getPosixFilePermissions(out));
        assertTrue(Files.readString(out).startsWith("{"));
    }
}
