package org.carbonledger.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.json.InventoryJsonWriter;

/** Ledgers for the tests, the library's run of them, and comparisons to the last bit. */
final class Ledgers {
    static final Path EXAMPLE = Path.of("../examples/data/example-ledger.csv");
    static final Path SUPPLIER_TABLE = Path.of("../examples/data/supplier-factors.csv");
    static final Path CERTIFICATES = Path.of("../examples/data/leeds-energy-certificates.csv");

    private Ledgers() {
    }

    /** What the library's streaming run (the command's) made of a file. */
    record Library(InventoryResult result, List<RejectedRow> rejected) {
    }

    static Library library(InventoryRun run, Path file) {
        List<RejectedRow> rejected = new ArrayList<>();
        InventoryResult result;
        try (ActivityCsvReader in = ActivityCsvReader.open(file)) {
            result = run.run(in, o -> {
                if (!o.isPriced()) {
                    rejected.add(o.rejection());
                }
            });
        }
        return new Library(result, rejected);
    }

    /**
     * A generated ledger: fuels, grid electricity in several regions, units of every kind, sites,
     * processes and periods, amounts from tiny to huge; and rows the command rejects (unknown
     * activity, negative or blank amount, unknown unit, a region no table covers).
     */
    static Path generate(Path dir, long seed, int rows) throws IOException {
        String[][] kinds = {
            {"fuel/natural_gas", "GJ", "GB"}, {"fuel/natural_gas", "kWh", "GB"}, {"fuel/gas_diesel_oil", "t", ""},
            {"fuel/lpg", "kg", ""}, {"electricity/grid", "kWh", "GB"}, {"electricity/grid", "MWh", "CN"},
            {"fuel/wood_wood_waste", "t", ""}, {"fuel/other_bituminous_coal", "t", ""},
            {"fuel/natural_gas", "mmBtu", "US"}, {"electricity/grid", "kWh", "FR"}, {"fuel/lpg", "L", ""}};
        String[] sites = {"Leeds", "Shenzhen", "Ohio", ""};
        Random r = new Random(seed);
        StringBuilder csv = new StringBuilder("id,site,process,period,activity,amount,unit,region,note\n");
        for (int i = 0; i < rows; i++) {
            String[] k = kinds[r.nextInt(kinds.length)];
            String activity = k[0];
            String unit = k[1];
            String region = k[2];
            double v = r.nextInt(10) == 0 ? r.nextDouble() * 1e-3 : r.nextDouble() * Math.pow(10, r.nextInt(8));
            String amount = BigDecimal.valueOf(v).toPlainString();
            switch (r.nextInt(60)) {
                case 0 -> activity = "fuel/no_such_fuel";
                case 1 -> amount = "-" + amount;
                case 2 -> amount = "";
                case 3 -> unit = "furlong";
                case 4 -> region = "ZZ";
                default -> { }
            }
            csv.append("R-").append(i).append(',').append(sites[r.nextInt(sites.length)]).append(",p")
                    .append(r.nextInt(3)).append(",2025-0").append(1 + r.nextInt(9)).append(',').append(activity)
                    .append(',').append(amount).append(',').append(unit).append(',').append(region)
                    .append(",\"note, with comma ").append(i).append("\"\n");
        }
        Path file = dir.resolve("generated-" + seed + "-" + rows + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    /** A file's rows as a DataFrame of text columns, with each row's file and number, as a data lake would hold them. */
    static Dataset<Row> dataFrame(SparkSession spark, Path file) {
        List<Row> rows = new ArrayList<>();
        StructType schema;
        try (CsvReader csv = CsvReader.open(file)) {
            schema = new StructType();
            for (String n : csv.header().names()) {
                schema = schema.add(n, DataTypes.StringType);
            }
            schema = schema.add(SparkInventory.SOURCE, DataTypes.StringType).add(SparkInventory.ROW, DataTypes.LongType);
            while (csv.next()) {
                Object[] v = new Object[csv.fieldCount() + 2];
                for (int i = 0; i < csv.fieldCount(); i++) {
                    v[i] = csv.field(i);
                }
                v[v.length - 2] = file.toString();
                v[v.length - 1] = csv.row();
                rows.add(RowFactory.create(v));
            }
        }
        return spark.createDataFrame(rows, schema);
    }

    /** The JSON document of a result with its rejected rows (no records), as the job writes it. */
    static String json(InventoryRun run, InventoryResult result, Iterator<RejectedRow> rejected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InventoryJsonWriter w = InventoryJsonWriter.open(out, run.describe())) {
            while (rejected.hasNext()) {
                RejectedRow r = rejected.next();
                w.record(new RecordOutcome(r.row(), null, null, r, Map.of()));
            }
            w.finish(result);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                what + ": " + expected + " and " + actual);
    }

    static void assertSame(EmissionTotals a, EmissionTotals b, String what) {
        assertEquals(a.records(), b.records(), what);
        assertSameBits(a.co2eKg(), b.co2eKg(), what + " co2e");
        assertSameBits(a.biogenicCo2Kg(), b.biogenicCo2Kg(), what + " biogenic CO2");
        assertEquals(a.gasesKg(), b.gasesKg(), what + " gases");
    }

    static void assertSameMaps(Map<String, EmissionTotals> a, Map<String, EmissionTotals> b, String what) {
        assertEquals(a.keySet(), b.keySet(), what);
        a.forEach((k, v) -> assertSame(v, b.get(k), what + " " + k));
    }

    /** Every number of two results, to the last bit. */
    static void assertSameResult(InventoryResult expected, InventoryResult actual) {
        assertEquals(expected.counts(), actual.counts());
        assertSame(expected.totals(), actual.totals(), "totals");
        assertSameMaps(expected.bySite(), actual.bySite(), "by site");
        assertSameMaps(expected.byProcess(), actual.byProcess(), "by process");
        assertSameMaps(expected.byPeriod(), actual.byPeriod(), "by period");
        assertSameMaps(expected.byActivity(), actual.byActivity(), "by activity");
        assertEquals(expected.scope2(), actual.scope2());
        assertEquals(expected.notCovered(), actual.notCovered());
    }
}
