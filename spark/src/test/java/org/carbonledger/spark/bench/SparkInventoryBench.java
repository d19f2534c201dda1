package org.carbonledger.spark.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.batch.BatchCalculator;
import org.carbonledger.batch.BatchInventory;
import org.carbonledger.inventory.InventoryAccumulator;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.quantity.UnitParser;
import org.carbonledger.spark.InputFile;
import org.carbonledger.spark.InventorySpec;
import org.carbonledger.spark.PricedLedger;
import org.carbonledger.spark.SparkInventory;

/**
 * The benchmark harness of issue 16 (not a test: a main class in the test sources, so that no
 * module depends on Spark for it). On N generated rows (the activities of
 * {@code benchmarks/cli/generate-activities.awk}: six IPCC 2006 fuels in energy and mass units,
 * four sites, four processes, twelve months) split in F CSV files, it times, wall seconds, three
 * rounds each:
 * <ol>
 *   <li>one JVM, the command's record path: the files read by the command's reader and priced by
 *       {@link InventoryRun} into one accumulator (what {@code carbonledger inventory} computes,
 *       without writing the JSON);
 *   <li>one JVM, the batch path: the same reader, {@link BatchCalculator} into a {@link BatchInventory};
 *   <li>Spark SQL, the lower bound: the files read by Spark's CSV reader, joined to a pre-priced
 *       factor table (kg CO2e per unit of each activity and unit, priced by the library), and
 *       {@code sum(amount * factor)}: no units checked, no validity, no rejections, a total that
 *       depends on the partitioning;
 *   <li>carbonledger-spark: {@link SparkInventory#priceFiles} and the result, exact.
 * </ol>
 * and checks that the totals of 1, 2 and 4 are the same double, bit for bit.
 *
 * <p>Run after {@code mvn -q install -DskipTests} and {@code mvn -q -pl spark test-compile}, from the
 * repository root (the script puts Spark's Java 17 options and the class path together):
 * <pre>
 * spark/bench/run.sh 10000000 8 /tmp/cl-bench
 * </pre>
 * Arguments: rows, files, a working directory (the files are kept there and reused).
 */
public final class SparkInventoryBench {
    private static final String[] FUELS = {"fuel/natural_gas", "fuel/gas_diesel_oil", "fuel/lpg",
        "fuel/other_bituminous_coal", "fuel/residual_fuel_oil", "fuel/wood_wood_waste"};
    private static final String[] GAS_UNITS = {"GJ", "MJ", "kWh"};
    private static final String[] MASS_UNITS = {"t", "kg"};
    private static final String[] PROCESSES = {"boilers", "kilns", "dryers", "furnaces"};

    private SparkInventoryBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args rows, files, working directory
     * @throws IOException if the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        int fileCount = Integer.parseInt(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]).resolve("ledger-" + rows + "-" + fileCount));
        List<Path> files = generate(dir, rows, fileCount);
        InventorySpec spec = InventorySpec.of("AR5", List.of(), List.of());
        InventoryRun run = spec.run(List.of(), null);

        double record = 0;
        double batch = 0;
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            InventoryAccumulator acc = run.newAccumulator();
            for (Path f : files) {
                try (ActivityCsvReader in = ActivityCsvReader.open(f)) {
                    while (in.next()) {
                        run.add(acc, in);
                    }
                }
            }
            record = run.result(acc).totals().co2eKg();
            report("one JVM, record path (the command's run)", round, t0, rows);
            t0 = System.nanoTime();
            BatchCalculator calc = new BatchCalculator(run.calculator());
            BatchInventory inv = calc.newInventory();
            for (Path f : files) {
                try (ActivityCsvReader in = ActivityCsvReader.open(f)) {
                    while (in.next()) {
                        calc.add(inv, in.activity());
                    }
                }
            }
            batch = inv.totals().co2eKg();
            report("one JVM, batch path", round, t0, rows);
        }

        long start = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("carbonledger-spark bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        report("Spark session start", 1, start, 0);
        Dataset<Row> factors = factorTable(spark, run);
        StructType schema = new StructType().add("id", DataTypes.StringType).add("site", DataTypes.StringType)
                .add("process", DataTypes.StringType).add("period", DataTypes.StringType)
                .add("activity", DataTypes.StringType).add("amount", DataTypes.DoubleType)
                .add("unit", DataTypes.StringType).add("sector", DataTypes.StringType)
                .add("region", DataTypes.StringType).add("note", DataTypes.StringType);
        List<InputFile> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(new InputFile(f.toString(), f.toUri().toString()));
        }
        double sql = 0;
        double ours = 0;
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            Row sum = spark.read().option("header", true).schema(schema).csv(dir.toString())
                    .join(functions.broadcast(factors), new String[] {"activity", "unit"})
                    .agg(functions.sum(functions.col("amount").multiply(functions.col("factor")))).first();
            sql = sum.getDouble(0);
            report("Spark SQL sum(amount * factor), pre-priced factors", round, t0, rows);
            t0 = System.nanoTime();
            try (PricedLedger priced = SparkInventory.of(spec).priceFiles(spark, inputs, false)) {
                InventoryResult result = run.result(priced.accumulator());
                ours = result.totals().co2eKg();
            }
            report("carbonledger-spark (priceFiles, exact merge, result)", round, t0, rows);
        }
        System.out.printf(Locale.ROOT, "co2e kg: record %s, batch %s, carbonledger-spark %s, Spark SQL %s%n",
                record, batch, ours, sql);
        System.out.println("record, batch and carbonledger-spark the same double: "
                + (Double.doubleToRawLongBits(record) == Double.doubleToRawLongBits(batch)
                && Double.doubleToRawLongBits(record) == Double.doubleToRawLongBits(ours))
                + "; Spark SQL differs by " + String.format(Locale.ROOT, "%.3e", (sql - record) / record)
                + " (relative)");
        spark.stop();
    }

    private static void report(String what, int round, long t0, long rows) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-55s round %d: %7.2f s%s%n", what, round, s,
                rows > 0 ? String.format(Locale.ROOT, " (%.0f rows/s)", rows / s) : "");
    }

    /** kg CO2e per unit of each activity and unit of the ledger, priced by the library: the "pre-priced" table. */
    private static Dataset<Row> factorTable(SparkSession spark, InventoryRun run) {
        List<Row> rows = new ArrayList<>();
        UnitParser units = UnitParser.standard();
        for (int a = 0; a < FUELS.length; a++) {
            for (String u : a == 0 ? GAS_UNITS : MASS_UNITS) {
                Activity one = Activity.builder(ActivityId.of(FUELS[a]), 1, units.parse(u))
                        .period(Period.parse("2024-01")).build();
                rows.add(RowFactory.create(FUELS[a], u, run.calculator().calculate(one).co2eKg()));
            }
        }
        StructType schema = new StructType().add("activity", DataTypes.StringType).add("unit", DataTypes.StringType)
                .add("factor", DataTypes.DoubleType);
        return spark.createDataFrame(rows, schema);
    }

    /** Writes the ledger (once; reused when the files are there), the rows in {@code count} files. */
    private static List<Path> generate(Path dir, long rows, int count) throws IOException {
        List<Path> files = new ArrayList<>();
        Random r = new Random(42);
        for (int f = 0; f < count; f++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "part-%02d.csv", f));
            files.add(file);
            if (Files.exists(file)) {
                continue;
            }
            long from = rows * f / count;
            long to = rows * (f + 1) / count;
            try (BufferedWriter w = Files.newBufferedWriter(file)) {
                w.write("id,site,process,period,activity,amount,unit,sector,region,note\n");
                for (long i = from; i < to; i++) {
                    int a = r.nextInt(FUELS.length);
                    String unit = a == 0 ? GAS_UNITS[r.nextInt(3)] : MASS_UNITS[r.nextInt(2)];
                    w.write(String.format(Locale.ROOT, "R-%d,site%d,%s,2024-%02d,%s,%.3f,%s,manufacturing,,meter%n", i,
                            r.nextInt(4), PROCESSES[r.nextInt(4)], 1 + r.nextInt(12), FUELS[a],
                            r.nextInt(1_000_000) / 1000.0, unit));
                }
            }
        }
        return files;
    }
}
