package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.assertClose;
import static org.carbonledger.cli.Cli.assertNoStackTrace;
import static org.carbonledger.cli.Cli.assertRefused;
import static org.carbonledger.cli.Cli.inventory;
import static org.carbonledger.cli.Cli.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonledger.csv.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End-to-end tests of the options of {@code carbonledger inventory} (docs/design.md §6):
 * {@code --strict} (a rejected row is fatal, no result), {@code --format csv} (the contract's
 * columns, one row per record, formula cells neutralised, numbers left as numbers),
 * {@code --output FILE} (the result in the file, stdout empty), {@code --gwp AR4|AR5|AR6}
 * against hand calculations, and {@code --tables} with an unknown id.
 *
 * <p>Hand calculation for the GWP sets: 1000 GJ (1 TJ) of natural gas in manufacturing, IPCC 2006
 * Vol. 2 Table 1.4 CO2 56,100 kg/TJ, Table 2.3 CH4 1 kg/TJ and N2O 0.1 kg/TJ, so CO2 56,100 kg,
 * CH4 1 kg, N2O 0.1 kg. AR4 (Table 2.14): CH4 25, N2O 298 → 56,154.8 kg CO2e. AR5 (Table 8.A.1):
 * CH4 28, N2O 265 → 56,154.5. AR6 (Table 7.15; combustion methane takes the non-fossil value):
 * CH4 27.0, N2O 273 → 56,154.3.
 */
class InventoryOptionsTest {
    private static final String CONTRACT_HEADER = "row,id,site,process,period,activity,amount,unit,scope,table,"
            + "edition,reference,co2_kg,ch4_kg,n2o_kg,biogenic_co2_kg,co2e_kg";
    private static final String ONE_TJ_GAS = "activity,amount,unit\nfuel/natural_gas,1000,GJ\n";

    @TempDir
    Path dir;

    /**
     * On the process's standard output (a byte stream) the result is the bytes the result file
     * holds, UTF-8 whatever the platform's charset: the traces' '×' and a site named in Chinese
     * come through.
     */
    @Test
    void resultOnStandardOutput_isTheResultFilesBytes() throws Exception {
        Path ledger = Cli.write(dir, "a.csv", "activity,amount,unit,site\nfuel/natural_gas,1000,GJ,上海工厂\n"
                + "fuel/gas_diesel_oil,2,t,Leeds\n");
        Path file = dir.resolve("result.json");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = CarbonLedgerCommand.execute(new String[] {"inventory", "--activities", ledger.toString()},
                new java.io.PrintStream(bytes, true, StandardCharsets.ISO_8859_1), new java.io.PrintWriter(err, true));
        assertEquals(0, status, err::toString);
        assertEquals(0, CarbonLedgerCommand.execute(new String[] {"inventory", "--activities", ledger.toString(),
            "--output", file.toString()}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter())));
        assertArrayEquals(Files.readAllBytes(file), bytes.toByteArray());
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("上海工厂") && text.contains(" × "), text);
    }

    /**
     * Run as a process ({@code main}), the result reaches file descriptor 1 as the result file's
     * bytes, to a file and to a pipe: the kernel's copy of the temporary file.
     */
    @Test
    void resultOnTheProcessesStandardOutput_isTheResultFilesBytes() throws Exception {
        Path ledger = Cli.write(dir, "a.csv", "activity,amount,unit,site\nfuel/natural_gas,1000,GJ,上海工厂\n"
                + "fuel/gas_diesel_oil,2,t,Leeds\nfuel/nope,1,t,x\n");
        Path file = dir.resolve("result.json");
        assertEquals(3, CarbonLedgerCommand.execute(new String[] {"inventory", "--activities", ledger.toString(),
            "--output", file.toString()}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter())));
        List<String> command = new ArrayList<>(Cli.javaCommand());
        command.addAll(List.of("inventory", "--activities", ledger.toString()));
        Path redirected = dir.resolve("stdout.json");
        Process toFile = new ProcessBuilder(command).redirectOutput(redirected.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(3, toFile.waitFor());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(redirected));
        Process toPipe = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] piped = toPipe.getInputStream().readAllBytes();
        assertEquals(3, toPipe.waitFor());
        assertArrayEquals(Files.readAllBytes(file), piped);
        // CSV too, written straight to standard output as the rows are read
        Path csv = dir.resolve("result.csv");
        CarbonLedgerCommand.execute(new String[] {"inventory", "--activities", ledger.toString(), "--format", "csv",
            "--output", csv.toString()}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()));
        List<String> csvCommand = new ArrayList<>(command);
        csvCommand.addAll(List.of("--format", "csv"));
        Process csvToPipe = new ProcessBuilder(csvCommand).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertArrayEquals(Files.readAllBytes(csv), csvToPipe.getInputStream().readAllBytes());
        assertEquals(3, csvToPipe.waitFor());
    }

    /**
     * Run as a process, a fault that ends the run leaves nothing on standard output: a CSV whose
     * structure breaks late in the file (a quote never closed on row 3,002, after 3,000 good rows), and a
     * rejected row under --strict.
     */
    @Test
    void aFatalFaultLateInTheFile_leavesNothingOnTheProcessesStandardOutput() throws Exception {
        StringBuilder good = new StringBuilder("activity,amount,unit\n");
        for (int r = 0; r < 3_000; r++) {
            good.append("fuel/natural_gas,").append(r + 1).append(",GJ\n");
        }
        byte[] head = good.toString().getBytes(StandardCharsets.UTF_8);
        // a quote never closed: a fault of the file's structure (bytes that are not UTF-8 are a row's)
        byte[] bad = "fuel/natural_gas,5,\"GJ\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Path broken = Cli.writeBytes(dir, "broken.csv", all);
        Path rejected = Cli.write(dir, "rejected.csv", good + "fuel/natural_gas,-1,GJ\n");
        for (List<String> args : List.of(List.of("--activities", broken.toString()),
                List.of("--activities", rejected.toString(), "--strict"))) {
            List<String> command = new ArrayList<>(Cli.javaCommand());
            command.add("inventory");
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertEquals(1, p.waitFor(), args::toString);
            assertEquals(0, out.length, () -> args + ": " + new String(out, 0, Math.min(200, out.length),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void strict_withRejectedRow_exitsOneWithNoResult() {
        Cli.Run run = inventory(dir, "activity,amount,unit\nfuel/natural_gas,1000,GJ\nfuel/natural_gas,10,kWhh\n",
                "--strict");
        assertRefused(run, "activities.csv", "row 3", "kWhh");
    }

    @Test
    void strict_withRejectedRow_andOutputFile_writesNoFile() {
        Path out = dir.resolve("result.json");
        Cli.Run run = inventory(dir, "activity,amount,unit\nfuel/natural_gas,-1,GJ\n", "--strict",
                "--output", out.toString());
        assertRefused(run, "row 2");
        assertFalse(Files.exists(out), "--strict must not leave a result file");
    }

    @Test
    void strict_withoutRejectedRows_succeeds() {
        JsonNode result = ok(inventory(dir, ONE_TJ_GAS, "--strict"));
        assertEquals(1, result.at("/counts/accepted").asInt());
    }

    private static List<Map<String, String>> parseCsv(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(new StringReader(text), "stdout")) {
            List<String> names = csv.header().names();
            while (csv.next()) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    row.put(names.get(i), csv.field(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void csvFormat_hasContractHeaderAndOneRowPerRecordMatchingJson() {
        String csv = "id,site,process,period,activity,amount,unit\n"
                + "A1,Leeds,boilers,2025-01,fuel/natural_gas,1000,GJ\n"
                + "A2,Hull,kiln,2025-02,fuel/other_bituminous_coal,2.5,t\n"
                + "A3,Hull,yard,2025,fuel/wood_wood_waste,10,t\n";
        Cli.Run run = inventory(dir, csv, "--format", "csv");
        assertEquals(0, run.status(), run::toString);
        assertNoStackTrace(run);
        String header = run.out().lines().findFirst().orElseThrow();
        assertTrue(header.startsWith(CONTRACT_HEADER), header);

        JsonNode json = ok(inventory(dir, csv));
        List<Map<String, String>> rows = parseCsv(run.out());
        assertEquals(3, rows.size());
        for (int i = 0; i < 3; i++) {
            Map<String, String> row = rows.get(i);
            JsonNode record = json.get("records").get(i);
            assertEquals(String.valueOf(i + 2), row.get("row"));
            assertEquals(record.get("id").asText(), row.get("id"));
            assertEquals(record.get("site").asText(), row.get("site"));
            assertEquals(record.get("activity").asText(), row.get("activity"));
            assertEquals("ipcc-2006", row.get("table"));
            assertEquals("1", row.get("scope"));
            assertEquals(record.get("co2e_kg").asDouble(), Double.parseDouble(row.get("co2e_kg")));
            assertEquals(record.at("/gases_kg/CO2").asDouble(), Double.parseDouble(row.get("co2_kg")));
            assertEquals(record.at("/gases_kg/CH4").asDouble(), Double.parseDouble(row.get("ch4_kg")));
            assertEquals(record.at("/gases_kg/N2O").asDouble(), Double.parseDouble(row.get("n2o_kg")));
            assertEquals(record.get("biogenic_co2_kg").asDouble(), Double.parseDouble(row.get("biogenic_co2_kg")));
        }
        assertEquals(56100.0, Double.parseDouble(rows.get(0).get("co2_kg")));
        assertTrue(rows.get(0).get("reference").contains("Table 1.4"), rows.get(0).get("reference"));
    }

    @Test
    void csvFormat_neutralisesFormulaCellsButKeepsNumbers() {
        String csv = "site,process,id,activity,amount,unit\n"
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",+SUM(A1),@cmd,fuel/natural_gas,1000,GJ\n";
        Cli.Run run = inventory(dir, csv, "--format", "csv");
        assertEquals(0, run.status(), run::toString);
        Map<String, String> row = parseCsv(run.out()).get(0);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", row.get("site"));
        assertEquals("'+SUM(A1)", row.get("process"));
        assertEquals("'@cmd", row.get("id"));
        for (String numeric : new String[] {"row", "amount", "co2_kg", "ch4_kg", "n2o_kg", "biogenic_co2_kg",
            "co2e_kg"}) {
            String cell = row.get(numeric);
            assertFalse(cell.startsWith("'"), numeric + " must stay a number: " + cell);
            Double.parseDouble(cell);
        }
        assertEquals(1000.0, Double.parseDouble(row.get("amount")));
        assertClose(56154.5, Double.parseDouble(row.get("co2e_kg")), "co2e_kg");
    }

    @Test
    void output_writesTheFileAndLeavesStdoutEmpty() throws Exception {
        Path out = dir.resolve("result.json");
        Cli.Run run = inventory(dir, ONE_TJ_GAS, "--output", out.toString());
        assertEquals(0, run.status(), run::toString);
        assertEquals("", run.out());
        assertNoStackTrace(run);
        JsonNode result = Cli.JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(1, result.at("/counts/rows").asInt());
        assertClose(56154.5, result.at("/totals/co2e_kg").asDouble(), "co2e in file");
    }

    @Test
    void output_withCsvFormatAndRejectedRows_writesTheFileExitsThreeAndLeavesStdoutEmpty() throws Exception {
        Path out = dir.resolve("result.csv");
        Cli.Run run = inventory(dir, ONE_TJ_GAS + "fuel/natural_gas,x,GJ\n", "--format", "csv", "--output",
                out.toString());
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        assertEquals("", run.out());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.startsWith(CONTRACT_HEADER), written);
        assertEquals(3, written.lines().count());
    }

    @ParameterizedTest(name = "--gwp {0}: CH4 {1}, N2O {2}")
    @CsvSource({"AR4, 25, 298", "AR5, 28, 265", "AR6, 27.0, 273"})
    void gwp_changesCo2eAsHandComputed(String set, double ch4Gwp, double n2oGwp) {
        JsonNode result = ok(inventory(dir, ONE_TJ_GAS, "--gwp", set));
        assertEquals(set, result.get("gwp").asText());
        JsonNode record = result.at("/records/0");
        assertClose(56100.0, record.at("/gases_kg/CO2").asDouble(), "CO2 kg");
        assertClose(1.0, record.at("/gases_kg/CH4").asDouble(), "CH4 kg");
        assertClose(0.1, record.at("/gases_kg/N2O").asDouble(), "N2O kg");
        double expected = 56100.0 + 1.0 * ch4Gwp + 0.1 * n2oGwp;
        assertClose(expected, record.get("co2e_kg").asDouble(), "record co2e_kg under " + set);
        assertClose(expected, result.at("/totals/co2e_kg").asDouble(), "total co2e_kg under " + set);
    }

    @Test
    void gwp_defaultIsAr5() {
        JsonNode result = ok(inventory(dir, ONE_TJ_GAS));
        assertEquals("AR5", result.get("gwp").asText());
        assertClose(56154.5, result.at("/totals/co2e_kg").asDouble(), "default AR5");
    }

    @Test
    void gwp_ar6CombustionMethane_usesNonFossilValueNotFossil() {
        // 29.8 (fossil) would give 56,157.1; combustion methane must take 27.0
        JsonNode result = ok(inventory(dir, ONE_TJ_GAS, "--gwp", "AR6"));
        assertClose(56154.3, result.at("/totals/co2e_kg").asDouble(), "AR6 combustion CH4 at 27.0");
    }

    /** A bad option value is a usage error (exit 2), as every other one is; it used to be exit 1. */
    @Test
    void unknownTable_isAUsageErrorNamingTheTable() {
        Cli.Run run = inventory(dir, ONE_TJ_GAS, "--tables", "nope");
        assertEquals(CarbonLedgerCommand.EXIT_USAGE, run.status(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("nope"), run::toString);
    }

    /**
     * China's MEE/NBS grid factors and its ETS compliance factor are two series for one question;
     * a chain of both priced some rows by one and the others by the other. Refused as a usage error.
     */
    @Test
    void theTwoChineseSeriesInOneChain_areRefused() {
        Cli.Run run = inventory(dir, ONE_TJ_GAS, "--tables", "cn-mee-nbs,cn-ets-2023");
        assertEquals(CarbonLedgerCommand.EXIT_USAGE, run.status(), run::toString);
        assertTrue(run.err().contains("never chained"), run::toString);
    }

    @Test
    void explicitTables_areRecordedInTheResult() {
        JsonNode result = ok(inventory(dir, ONE_TJ_GAS, "--tables", "ipcc-2006"));
        assertEquals("ipcc-2006", result.at("/tables/0/id").asText());
        assertEquals(1, result.get("tables").size());
    }
}
