package org.carbonledger.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SparkInventory} on a local Spark: the example ledger and generated ledgers, in 1, 2 and 7
 * partitions and in shuffled order, give the library's streaming run (what {@code carbonledger
 * inventory} computes) to the last bit: every total and breakdown, scope 2 both ways, the
 * rejections word for word, and the JSON document byte for byte.
 */
class SparkInventoryTest {
    private static final InventorySpec SPEC = InventorySpec.of("AR5", List.of(), List.of());
    private static final InventoryRun RUN = SPEC.run(List.of(), null);
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    /** Prices a DataFrame in {@code parts} partitions, each in shuffled order, and checks it against the library. */
    private static void assertTheLibrarys(Dataset<Row> rows, int parts, long seed, Ledgers.Library expected) {
        Dataset<Row> split = rows.repartition(parts).sortWithinPartitions(functions.rand(seed));
        assertEquals(parts, split.javaRDD().getNumPartitions());
        try (PricedLedger priced = SparkInventory.of(SPEC).price(split, false)) {
            InventoryResult result = RUN.result(priced.accumulator());
            Ledgers.assertSameResult(expected.result(), result);
            List<RejectedRow> rejected = new ArrayList<>();
            priced.rejections().forEachRemaining(rejected::add);
            assertEquals(expected.rejected(), rejected, parts + " partitions");
            assertEquals(Ledgers.json(RUN, expected.result(), expected.rejected().iterator()),
                    Ledgers.json(RUN, result, rejected.iterator()), "the JSON document, byte for byte");
        }
    }

    @Test
    void exampleLedger_inAnyPartitioningAndOrder_isTheLibrarysToTheBit() {
        Ledgers.Library expected = Ledgers.library(RUN, Ledgers.EXAMPLE);
        assertEquals(14, expected.result().counts().accepted());
        Dataset<Row> rows = Ledgers.dataFrame(spark, Ledgers.EXAMPLE);
        for (int parts : new int[] {1, 2, 7}) {
            assertTheLibrarys(rows, parts, parts, expected);
        }
    }

    @Test
    void generatedLedgers_inAnyPartitioningAndOrder_areTheLibrarysToTheBit() throws IOException {
        for (long seed : new long[] {11, 2026}) {
            Path file = Ledgers.generate(dir, seed, 4_000);
            Ledgers.Library expected = Ledgers.library(RUN, file);
            assertTrue(expected.rejected().size() > 100, "the ledger has rejections: " + expected.rejected().size());
            assertTrue(expected.result().scope2().locationCo2eKg() > 0, "and scope 2");
            Dataset<Row> rows = Ledgers.dataFrame(spark, file).cache();
            for (int parts : new int[] {1, 2, 7}) {
                assertTheLibrarys(rows, parts, seed + parts, expected);
            }
            rows.unpersist();
        }
    }

    /** A ledger split in files (one task each) gives the whole file's totals, and the same rejections but for where. */
    @Test
    void aLedgerSplitInFiles_givesTheWholeFilesResult() throws IOException {
        Path whole = Ledgers.generate(dir, 7, 3_000);
        List<String> lines = Files.readAllLines(whole);
        List<InputFile> parts = new ArrayList<>();
        int per = (lines.size() - 1 + 2) / 3;
        for (int p = 0; p < 3; p++) {
            List<String> part = new ArrayList<>(List.of(lines.get(0)));
            part.addAll(lines.subList(1 + p * per, Math.min(lines.size(), 1 + (p + 1) * per)));
            Path f = Files.write(dir.resolve("part-" + p + ".csv"), part);
            parts.add(new InputFile(f.toString(), f.toUri().toString()));
        }
        Ledgers.Library expected = Ledgers.library(RUN, whole);
        java.util.Collections.reverse(parts); // the order of the files given does not matter
        try (PricedLedger priced = SparkInventory.of(SPEC).priceFiles(spark, parts, false)) {
            InventoryResult result = RUN.result(priced.accumulator());
            Ledgers.assertSameResult(expected.result(), result);
            List<String> rejected = new ArrayList<>();
            List<String> shifted = new ArrayList<>();
            priced.rejections().forEachRemaining(r -> rejected.add(r.column() + "|" + r.value() + "|" + r.reason()));
            for (RejectedRow r : expected.rejected()) {
                shifted.add(r.column() + "|" + r.value() + "|" + r.reason());
            }
            assertEquals(shifted, rejected, "the same rejections, in file and row order");
        }
    }

    @Test
    void aFileThatCannotBeRead_failsTheJob_namingTheFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("no-amount.csv"), "activity,unit\nfuel/lpg,kg\n");
        SparkException e = assertThrows(SparkException.class, () -> SparkInventory.of(SPEC)
                .priceFiles(spark, List.of(new InputFile("no-amount.csv", bad.toUri().toString())), false));
        Throwable cause = e;
        while (cause != null && !(cause instanceof CsvFormatException)) {
            cause = cause.getCause();
        }
        assertTrue(cause != null && cause.getMessage().contains("no-amount.csv")
                && cause.getMessage().contains("amount"), String.valueOf(cause));
    }

    @Test
    void aDataFrameWithoutARequiredColumn_isRefusedBeforeAnyTask() {
        Dataset<Row> rows = Ledgers.dataFrame(spark, Ledgers.EXAMPLE).drop("unit");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SparkInventory.of(SPEC).price(rows, false));
        assertTrue(e.getMessage().contains("unit"), e.getMessage());
    }

    @Test
    void records_areKeptOnlyWhenAskedFor_withTheirCalculation() {
        Dataset<Row> rows = Ledgers.dataFrame(spark, Ledgers.EXAMPLE).repartition(3);
        Ledgers.Library expected = Ledgers.library(RUN, Ledgers.EXAMPLE);
        try (PricedLedger priced = SparkInventory.of(SPEC).price(rows, true)) {
            List<Row> records = priced.records().orderBy("row").collectAsList();
            assertEquals(14, records.size());
            Row first = records.get(0);
            assertEquals(2L, first.getLong(first.fieldIndex("row")));
            assertEquals("L-001", first.getString(first.fieldIndex("id")));
            double canonical = first.getDouble(first.fieldIndex("canonical_amount"));
            double multiplier = first.<String, Double>getJavaMap(first.fieldIndex("multipliers")).get("CO2");
            // the calculation's law: a gas's mass is the canonical amount times its multiplier, in IEEE double
            Ledgers.assertSameBits(canonical * multiplier, first.getDouble(first.fieldIndex("co2_kg")), "CO2 of L-001");
            double sum = 0;
            for (Row r : records) {
                sum += r.getDouble(r.fieldIndex("co2e_kg"));
            }
            assertEquals(expected.result().totals().co2eKg(), sum, 1e-9 * sum);
        }
        try (PricedLedger priced = SparkInventory.of(SPEC).price(rows, false)) {
            assertThrows(IllegalStateException.class, priced::records);
        }
    }
}
