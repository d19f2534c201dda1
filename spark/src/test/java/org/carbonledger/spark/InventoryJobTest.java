package org.carbonledger.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.cli.CarbonLedgerCommand;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.csv.CsvWriter;
import org.carbonledger.inventory.InstrumentCsvReader;
import org.carbonledger.inventory.InventoryRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link InventoryJob} end to end on a local Spark, against {@code carbonledger inventory} run on
 * the same files: {@code inventory.json} is the library's document byte for byte (records
 * aside) and its totals the command's to the bit; a user's table and instruments go through;
 * {@code rejected/} lists the command's rejections; {@code --records} writes the records; and an
 * output directory that is not the job's is never written into.
 */
class InventoryJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        LocalSpark.session();
    }

    private record Ran(int status, String err) {
    }

    private static Ran job(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--master", "local[2]"));
        int status = InventoryJob.run(all.toArray(new String[0]), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(status, err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code carbonledger inventory} with --output FILE and returns its JSON. */
    private static JsonNode command(Path out, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("inventory"));
        all.addAll(List.of(args));
        all.addAll(List.of("--output", out.toString()));
        StringWriter err = new StringWriter();
        int status = CarbonLedgerCommand.execute(all.toArray(new String[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertTrue(status == 0 || status == 3, err.toString());
        return JSON.readTree(out.toFile());
    }

    /** A ledger with the example's rows, a row priced by the user's table, and rows the command rejects. */
    private static Path ledgerWithSupplierRows() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Ledgers.EXAMPLE));
        lines.add("L-101,Leeds,press shop,2025-04,material/steel_coil,42.5,t,manufacturing,,coil from Example Steel");
        lines.add("L-102,Leeds,press shop,2025-04,material/steel_coil,-1,t,manufacturing,,a negative amount");
        lines.add("L-103,Leeds,boilers,2025-05,fuel/natural_gas,10,furlong,manufacturing,GB,an unknown unit");
        lines.add("L-104,Leeds,boilers,2025-05,=1+2,10,GJ,manufacturing,GB,an activity like a formula");
        return Files.write(dir.resolve("supplier-ledger.csv"), lines);
    }

    @Test
    void exampleLedger_writesTheLibrarysJson_withTheCommandsTotalsToTheBit() throws IOException {
        Path out = dir.resolve("example-out");
        String ledger = Ledgers.EXAMPLE.toString();
        Ran ran = job("--activities", ledger, "--output", out.toString());
        assertEquals(0, ran.status(), ran.err());
        assertTrue(ran.err().contains("14 rows, 14 accepted, 0 rejected"), ran.err());
        InventorySpec spec = InventorySpec.of("AR5", List.of(), List.of());
        InventoryRun run = spec.run(List.of(), null);
        Ledgers.Library expected = Ledgers.library(run, Ledgers.EXAMPLE);
        String written = Files.readString(out.resolve("inventory.json"));
        assertEquals(Ledgers.json(run, expected.result(), expected.rejected().iterator()), written);
        JsonNode cli = command(dir.resolve("example-cli.json"), "--activities", ledger);
        JsonNode job = JSON.readTree(written);
        // the shortest decimal of a double names it: equal text is equal bits
        assertEquals(cli.get("totals").toString(), job.get("totals").toString());
        assertTrue(job.get("totals").has("scope2"), "scope 2 both ways, among the totals");
        assertEquals(cli.get("counts").toString(), job.get("counts").toString());
        assertEquals(14, cli.get("records").size());
        assertEquals(0, job.get("records").size(), "records only with --records, and then as Parquet");
    }

    @Test
    void aUsersTableAndInstruments_goThroughTheJob_withTheCommandsRejections() throws IOException {
        Path ledger = ledgerWithSupplierRows();
        Path out = dir.resolve("supplier-out");
        String[] options = {"--activities", ledger.toString(), "--table-file", Ledgers.SUPPLIER_TABLE.toString(),
            "--instruments", Ledgers.CERTIFICATES.toString(), "--gwp", "AR6"};
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("--output", out.toString(), "--records"));
        Ran ran = job(args.toArray(new String[0]));
        assertEquals(InventoryJob.EXIT_REJECTED, ran.status(), ran.err());

        InventorySpec spec = InventorySpec.of("AR6", List.of(),
                List.of(InventorySpec.TableFile.read(Ledgers.SUPPLIER_TABLE)));
        InventoryRun run = spec.run(InstrumentCsvReader.read(Ledgers.CERTIFICATES), null);
        Ledgers.Library expected = Ledgers.library(run, ledger);
        assertEquals(3, expected.rejected().size());
        assertTrue(expected.result().factors().stream().anyMatch(f -> f.table().equals("example-steel-2025")),
                "the user's table priced the steel");
        assertTrue(expected.result().scope2().marketCo2eKg() < expected.result().scope2().locationCo2eKg(),
                "the certificates lower the market-based total");
        String written = Files.readString(out.resolve("inventory.json"));
        assertEquals(Ledgers.json(run, expected.result(), expected.rejected().iterator()), written);
        JsonNode cli = command(dir.resolve("supplier-cli.json"), options);
        JsonNode job = JSON.readTree(written);
        assertEquals(cli.get("totals").toString(), job.get("totals").toString());
        assertEquals(cli.get("rejected").toString(), job.get("rejected").toString());
        assertEquals(cli.get("tables").toString(), job.get("tables").toString());

        // rejected/: the command's rejections, text a spreadsheet would run neutralised
        List<String> csv = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("rejected"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                try (CsvReader r = CsvReader.open(p)) {
                    assertEquals(List.of("source", "row", "id", "column", "value", "reason", "problems"),
                            r.header().names());
                    while (r.next()) {
                        csv.add(r.field(0) + "|" + r.field(1) + "|" + r.field(2) + "|" + r.field(3) + "|" + r.field(4)
                                + "|" + r.field(5));
                    }
                }
            }
        }
        List<String> want = new ArrayList<>();
        for (RejectedRow r : expected.rejected()) {
            want.add(CsvWriter.neutralise(r.source()) + "|" + r.row() + "|L-10" + (r.row() - 15) + "|" + r.column()
                    + "|" + CsvWriter.neutralise(r.value()) + "|" + CsvWriter.neutralise(r.reason()));
        }
        assertEquals(want.stream().sorted().toList(), csv.stream().sorted().toList());
        assertTrue(csv.stream().anyMatch(l -> l.contains("|'=1+2|")), "a formula-like value neutralised: " + csv);

        // records/: the priced rows, as Parquet
        SparkSession spark = LocalSpark.session();
        Dataset<Row> records = spark.read().parquet(out.resolve("records").toString());
        assertEquals(expected.result().counts().accepted(), records.count());
        Row steel = records.filter(functions.col("activity").equalTo("material/steel_coil")).first();
        assertEquals("example-steel-2025", steel.getString(steel.fieldIndex("table")));
        Ledgers.assertSameBits(42.5 * 1850, steel.getDouble(steel.fieldIndex("co2_kg")), "steel CO2 (EPD table 3)");
    }

    @Test
    void theOutputDirectory_isWrittenOnlyIfNewEmptyOrTheJobs() throws IOException {
        String ledger = Ledgers.EXAMPLE.toString();
        Path foreign = Files.createDirectories(dir.resolve("someone-elses"));
        Path theirs = Files.writeString(foreign.resolve("notes.txt"), "keep me");
        Ran refused = job("--activities", ledger, "--output", foreign.toString());
        assertEquals(InventoryJob.EXIT_FATAL, refused.status(), refused.err());
        assertTrue(refused.err().contains("not written by carbonledger-spark") && refused.err().contains("notes.txt"),
                refused.err());
        assertEquals("keep me", Files.readString(theirs));
        try (Stream<Path> left = Files.list(foreign)) {
            assertEquals(1, left.count(), "nothing added");
        }

        Path ours = dir.resolve("ours");
        assertEquals(0, job("--activities", ledger, "--output", ours.toString()).status());
        Files.writeString(ours.resolve("inventory.json"), "stale");
        Ran again = job("--activities", ledger, "--output", ours.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(Files.readString(ours.resolve("inventory.json")).startsWith("{"), "its own result replaced");

        Path added = Files.writeString(ours.resolve("my-analysis.xlsx"), "mine");
        Ran mixed = job("--activities", ledger, "--output", ours.toString());
        assertEquals(InventoryJob.EXIT_FATAL, mixed.status(), mixed.err());
        assertTrue(mixed.err().contains("my-analysis.xlsx"), mixed.err());
        assertEquals("mine", Files.readString(added));
        assertTrue(Files.readString(ours.resolve("inventory.json")).startsWith("{"), "nothing deleted when refused");
    }

    @Test
    void parquetActivities_giveTheCsvsTotals_andRejectionsAtTheirParquetRow() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path ledger = ledgerWithSupplierRows();
        Path parquet = dir.resolve("lake");
        // amounts as doubles, as a data lake holds them; the rows in three files
        Ledgers.dataFrame(spark, ledger).drop(SparkInventory.SOURCE, SparkInventory.ROW)
                .withColumn("amount", functions.col("amount").cast("double")).repartition(3)
                .write().parquet(parquet.toString());
        Path out = dir.resolve("lake-out");
        Ran ran = job("--activities", parquet.toString(), "--output", out.toString(), "--partitions", "5");
        // the negative amount and the unknown unit and activity are rejected as from the CSV
        assertEquals(InventoryJob.EXIT_REJECTED, ran.status(), ran.err());
        InventoryRun run = InventorySpec.of("AR5", List.of(), List.of()).run(List.of(), null);
        Ledgers.Library expected = Ledgers.library(run, ledger);
        JsonNode job = JSON.readTree(out.resolve("inventory.json").toFile());
        JsonNode cli = command(dir.resolve("lake-cli.json"), "--activities", ledger.toString());
        assertEquals(cli.get("counts").toString(), job.get("counts").toString());
        // steel is not covered without the user's table: a fourth rejection, in both
        assertEquals(4, expected.rejected().size());
        assertEquals(cli.get("totals").toString(), job.get("totals").toString());
        assertEquals(4, job.get("rejected").size());
        List<Row> rejected = spark.read().option("header", true).csv(out.resolve("rejected").toString())
                .collectAsList();
        assertEquals(4, rejected.size());
        for (Row r : rejected) {
            // the Parquet file and the row's position in it, from 1
            assertTrue(r.getString(0).endsWith(".parquet") && Long.parseLong(r.getString(1)) >= 1, r.toString());
        }
    }

    @Test
    void usageAndFatalErrors_areTheCommands() {
        Ran gwp = job("--activities", Ledgers.EXAMPLE.toString(), "--output", dir.resolve("x").toString(),
                "--gwp", "AR9");
        assertEquals(InventoryJob.EXIT_USAGE, gwp.status(), gwp.err());
        assertTrue(gwp.err().contains("--gwp"), gwp.err());
        Ran missing = job("--activities", dir.resolve("no-such.csv").toString(), "--output",
                dir.resolve("y").toString());
        assertEquals(InventoryJob.EXIT_FATAL, missing.status(), missing.err());
        assertTrue(missing.err().contains("no-such.csv"), missing.err());
        assertFalse(Files.exists(dir.resolve("y")), "no output directory for a job that did not start");
    }
}
