package org.carbonledger.spark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.TaskCompletionListener;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.inventory.InventoryAccumulator;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.quantity.UnitParser;

/**
 * The library's inventory run on Spark. Rows are priced per partition by the library itself
 * (the run {@link InventorySpec#run()} builds once per executor, whose calculator resolves each
 * distinct activity, unit, region, period, sector and basis once), each partition into one
 * {@link InventoryAccumulator}; the partitions' accumulators are then merged with its exact
 * {@link InventoryAccumulator#merge merge}. Sums are exact until the result rounds them once, so
 * the totals equal, to the last bit, those of {@code carbonledger inventory} on the same rows,
 * whatever the partitioning, the order of rows and the number of executors.
 *
 * <p>Two inputs:
 * <ul>
 *   <li>{@link #priceFiles}: activities CSV files, each read by one task with the command's own
 *       reader (the same parsing, quoting and UTF-8 rules, rejections at the file's rows);
 *   <li>{@link #price}: a DataFrame with the columns of the activities CSV (names ignoring case;
 *       any types: values are read as the text a CSV would hold, a double as its shortest
 *       decimal), and optionally {@value #SOURCE} and {@value #ROW} columns naming each row's
 *       file and row number for its rejection ({@link #readParquet} fills them for Parquet).
 * </ul>
 *
 * <pre>{@code
 * SparkInventory inventory = SparkInventory.of(InventorySpec.of("AR5", List.of(), List.of()));
 * try (PricedLedger priced = inventory.price(activities, false)) {
 *     InventoryResult result = spec.run(instruments, null).result(priced.accumulator());
 *     priced.rejected().show();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; one instance may price many Datasets.
 */
public final class SparkInventory {
    /** The column of a DataFrame that names each row's file, for rejections. */
    public static final String SOURCE = "_source";
    /** The column of a DataFrame that holds each row's number (as a file's row, the header being row 1). */
    public static final String ROW = "_row";

    private final InventorySpec spec;

    private SparkInventory(InventorySpec spec) {
        this.spec = spec;
    }

    /**
     * Makes an inventory on Spark under settings.
     *
     * @param spec the settings
     * @return the inventory
     */
    public static SparkInventory of(InventorySpec spec) {
        return new SparkInventory(Objects.requireNonNull(spec, "spec"));
    }

    /** @return the settings */
    public InventorySpec spec() {
        return spec;
    }

    /**
     * Prices a DataFrame of activities, partition by partition.
     *
     * @param activities the activities: the columns of the activities CSV, optionally
     *     {@value #SOURCE} (text) and {@value #ROW} (a whole number); without them a rejection names
     *     the file "" and row 0, and the row's id column identifies it
     * @param keepRecords true to keep the priced records ({@link PricedLedger#records()})
     * @return the priced ledger: the merged accumulator is computed, the rows cached until closed
     * @throws org.carbonledger.csv.CsvFormatException if a required column (activity, amount,
     *     unit) is missing, or a column is named twice
     */
    public PricedLedger price(Dataset<Row> activities, boolean keepRecords) {
        Objects.requireNonNull(activities, "activities");
        List<String> all = Arrays.asList(activities.columns());
        List<String> names = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int source = -1;
        int row = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).equals(SOURCE)) {
                source = i;
            } else if (all.get(i).equals(ROW)) {
                row = i;
            } else {
                names.add(all.get(i));
                positions.add(i);
            }
        }
        checkHeader(names);
        int[] data = positions.stream().mapToInt(Integer::intValue).toArray();
        int sourceColumn = source;
        int rowColumn = row;
        InventorySpec s = spec;
        Dataset<Row> outcomes = activities.mapPartitions((Iterator<Row> rows) -> {
            RowsAsCsv text = new RowsAsCsv(rows, names, data, sourceColumn, rowColumn);
            ActivityCsvReader in = ActivityCsvReader.of(CsvReader.of(text, "DataFrame"), UnitParser.standard());
            Input input = new Input(in, text::take);
            PricedRows.Input[] once = {input};
            return priced(s.run(), keepRecords, () -> {
                PricedRows.Input i = once[0];
                once[0] = null;
                return i;
            }, input);
        }, Encoders.row(Outcomes.SCHEMA));
        return new PricedLedger(spec, outcomes, keepRecords);
    }

    /**
     * Prices activities CSV files, one task per file, each read from its first row by the
     * command's reader.
     *
     * @param spark the session
     * @param files the files (any file system Hadoop reaches: local, HDFS, object storage)
     * @param keepRecords true to keep the priced records ({@link PricedLedger#records()})
     * @return the priced ledger: the merged accumulator is computed, the rows cached until closed;
     *     a file that cannot be read, or whose header is bad, fails the Spark job (Spark's
     *     {@code SparkException}, whose cause is the library's
     *     {@link org.carbonledger.csv.CsvFormatException} naming the file)
     */
    public PricedLedger priceFiles(SparkSession spark, List<InputFile> files, boolean keepRecords) {
        Objects.requireNonNull(spark, "spark");
        List<InputFile> list = List.copyOf(files);
        Map<String, String> conf = new HashMap<>();
        spark.sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
        InventorySpec s = spec;
        JavaRDD<InputFile> tasks = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(list, Math.max(1, list.size()));
        JavaRDD<Row> rows = tasks.mapPartitions((Iterator<InputFile> mine) -> {
            Configuration hadoop = new Configuration(false);
            conf.forEach(hadoop::set);
            PricedRows.Input[] current = {null};
            return priced(s.run(), keepRecords, () -> {
                if (!mine.hasNext()) {
                    return null;
                }
                current[0] = open(mine.next(), hadoop);
                return current[0];
            }, () -> {
                if (current[0] != null) {
                    current[0].close();
                }
            });
        });
        return new PricedLedger(spec, spark.createDataFrame(rows, Outcomes.SCHEMA), keepRecords);
    }

    /**
     * Reads Parquet files of activities, with each row's file ({@value #SOURCE}) and number
     * ({@value #ROW}: its position in the file, the first row being 1) for rejections.
     *
     * @param spark the session
     * @param files the files or folders
     * @return the activities
     */
    public static Dataset<Row> readParquet(SparkSession spark, List<String> files) {
        Dataset<Row> in = spark.read().parquet(files.toArray(new String[0]));
        return in.withColumn(SOURCE, functions.col("_metadata.file_path"))
                .withColumn(ROW, functions.col("_metadata.row_index").plus(1));
    }

    /** Checks the columns as the command checks a file's header, on the driver, before any task runs. */
    private static void checkHeader(List<String> names) {
        StringBuilder header = new StringBuilder();
        for (String n : names) {
            header.append(header.length() == 0 ? "" : ",").append('"').append(n.replace("\"", "\"\"")).append('"');
        }
        ActivityCsvReader.of(CsvReader.of(new StringReader(header + "\n"), "DataFrame"), UnitParser.standard())
                .close();
    }

    private static Iterator<Row> priced(InventoryRun run, boolean keepRecords, PricedRows.Inputs inputs,
            AutoCloseable cleanup) {
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) t -> {
                try {
                    cleanup.close();
                } catch (Exception e) {
                    // closing a reader at the end of a task: nothing left to save
                }
            });
        }
        return new PricedRows(run, keepRecords, inputs);
    }

    private static PricedRows.Input open(InputFile file, Configuration hadoop) {
        Path path = new Path(file.path());
        ActivityCsvReader in;
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            in = ActivityCsvReader.of(CsvReader.open(fs.open(path), file.name()), UnitParser.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(file.name() + ": cannot be read: " + e.getMessage(), e);
        }
        return new Input(in, () -> new RowsAsCsv.Identity(file.name(), in.row()));
    }

    /** A reader and where its rows' identities come from. */
    private record Input(ActivityCsvReader reader, java.util.function.Supplier<RowsAsCsv.Identity> at)
            implements PricedRows.Input {
        @Override
        public RowsAsCsv.Identity identity() {
            return at.get();
        }

        @Override
        public void close() {
            reader.close();
        }
    }
}
