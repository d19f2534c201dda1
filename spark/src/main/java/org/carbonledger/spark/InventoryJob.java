package org.carbonledger.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.carbonledger.CarbonLedgerVersion;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvWriter;
import org.carbonledger.intensity.ProductionCsvReader;
import org.carbonledger.inventory.ContractualInstrument;
import org.carbonledger.inventory.InstrumentCsvReader;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.json.InventoryJsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonledger-spark inventory}: the inventory of {@code carbonledger inventory}, on Spark.
 * It prices the activities (a CSV file, a folder or glob of CSV files, or of Parquet files) with
 * the command's settings ({@code --gwp}, {@code --tables}, {@code --table-file},
 * {@code --instruments}, {@code --production}) and writes into {@code --output DIR}:
 * <ul>
 *   <li>{@code inventory.json}: the command's JSON document, without the records (a ledger on
 *       Spark has too many to list in one file), with the rejected rows in file and row order;
 *       its totals equal the command's to the last bit;
 *   <li>{@code rejected/}: the rejected rows as CSV (source, row, id, column, value, reason,
 *       problems), text that a spreadsheet would run as a formula neutralised;
 *   <li>{@code records/}: with {@code --records}, the priced records as Parquet.
 * </ul>
 * The directory must be new, empty, or one the job wrote (see {@code _CARBONLEDGER_SPARK}); the
 * job never deletes what it did not write. Exit status as the command's: 0, 3 when rows were
 * rejected, 1 on a fatal error, 2 on a usage error.
 *
 * <pre>{@code
 * spark-submit --class org.carbonledger.spark.InventoryJob carbonledger-spark-VERSION-all.jar \
 *     --activities s3a://lake/ledger/ --output s3a://lake/inventory-2025/
 * }</pre>
 */
@Command(name = "carbonledger-spark inventory", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = InventoryJob.Version.class,
        description = {"Computes the greenhouse-gas inventory of 'carbonledger inventory' on Apache Spark, with the"
                + " same totals to the last bit, writing DIR/inventory.json, DIR/rejected/ (CSV) and, with --records,"
                + " DIR/records/ (Parquet)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "3:some rows rejected (the result is still written and lists them)",
            "1:fatal error (bad file, output directory not ours ...)", "2:usage error"})
public final class InventoryJob implements Callable<Integer> {
    /** Exit status when rows were rejected. */
    public static final int EXIT_REJECTED = 3;
    /** Exit status of a fatal error. */
    public static final int EXIT_FATAL = 1;
    /** Exit status of a usage error. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--activities", required = true, paramLabel = "FILE|DIR|GLOB",
            description = "Activities: a CSV file, or a folder or glob of CSV files or of Parquet files (.parquet),"
                    + " on any file system Spark reads (local, hdfs://, s3a:// ...). Columns as the command's.")
    String activities;

    @Option(names = "--gwp", paramLabel = "AR4|AR5|AR6", defaultValue = "AR5",
            description = "GWP-100 set for CO2e (default: ${DEFAULT-VALUE}).")
    String gwp;

    @Option(names = "--tables", split = ",", paramLabel = "ID",
            description = "Factor tables to apply, first tried first (default: the built-in default chain).")
    List<String> tables;

    @Option(names = "--table-file", paramLabel = "FILE",
            description = "A factor table of your own (CSV or JSON), read on the driver and sent to every executor;"
                    + " repeatable. These tables come first in the chain, in command-line order.")
    List<Path> tableFiles;

    @Option(names = "--instruments", paramLabel = "FILE.csv",
            description = "Contractual instruments for the market-based scope 2 total (read on the driver).")
    Path instruments;

    @Option(names = "--production", paramLabel = "FILE.csv",
            description = "Production CSV: adds emission and energy intensities (read on the driver).")
    Path production;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "The result's directory: new, empty, or written by this job before (it replaces only its"
                    + " own files).")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, for running locally (local[2], local[*]); spark-submit sets it otherwise.")
    String master;

    @Option(names = "--records", description = "Also write the priced records, as Parquet, to DIR/records/.")
    boolean records;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Repartition Parquet input to N partitions before pricing (default: as read).")
    Integer partitions;

    private PrintStream err = System.err;

    private InventoryJob() {
    }

    /** The library's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"carbonledger-spark " + CarbonLedgerVersion.current()};
        }
    }

    /**
     * Runs the job and exits with its status.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        int status = run(args, System.err);
        // stop Spark before the exit status is given (spark-submit waits for the context to stop)
        scala.Option<SparkSession> spark = SparkSession.getDefaultSession();
        if (spark.isDefined()) {
            spark.get().stop();
        }
        System.exit(status);
    }

    /**
     * Runs the job.
     *
     * @param args the options
     * @param err where messages go
     * @return the exit status
     */
    public static int run(String[] args, PrintStream err) {
        InventoryJob job = new InventoryJob();
        job.err = err;
        CommandLine cl = new CommandLine(job);
        // messages to the terminal, in its own encoding (the platform's)
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, java.nio.charset.Charset.defaultCharset()),
                true));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("carbonledger-spark: " + oneLine(reason(e)));
            return EXIT_FATAL;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (partitions != null && partitions < 1) {
            err.println("carbonledger-spark: --partitions must be at least 1, not " + partitions);
            return EXIT_USAGE;
        }
        InventorySpec spec;
        try {
            List<InventorySpec.TableFile> files = new ArrayList<>();
            for (Path p : tableFiles == null ? List.<Path>of() : tableFiles) {
                files.add(InventorySpec.TableFile.read(p));
            }
            spec = InventorySpec.of(gwp, tables == null ? List.of() : tables, files);
        } catch (IllegalArgumentException e) {
            err.println("carbonledger-spark: " + oneLine(e.getMessage()));
            return e.getMessage().startsWith("--table-file") ? EXIT_FATAL : EXIT_USAGE;
        }
        List<ContractualInstrument> contracts;
        ProductionCsvReader.Result productionData;
        try {
            contracts = instruments == null ? List.of() : InstrumentCsvReader.read(instruments);
        } catch (CsvFormatException e) {
            err.println("carbonledger-spark: --instruments: " + oneLine(e.getMessage()));
            return EXIT_FATAL;
        }
        try {
            productionData = production == null ? null : ProductionCsvReader.read(production);
        } catch (CsvFormatException e) {
            err.println("carbonledger-spark: --production: " + oneLine(e.getMessage()));
            return EXIT_FATAL;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("carbonledger-spark inventory");
        if (master != null) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Inputs.Found found;
        OutputDirectory out;
        try {
            found = Inputs.list(activities, hadoop);
            out = OutputDirectory.claim(output, hadoop);
        } catch (IllegalArgumentException e) {
            err.println("carbonledger-spark: " + oneLine(e.getMessage()));
            return EXIT_FATAL;
        }
        SparkInventory inventory = SparkInventory.of(spec);
        InventoryRun run = spec.run(contracts, productionData);
        InventoryResult result;
        List<String> shown = new ArrayList<>();
        try (PricedLedger priced = found.parquet()
                ? inventory.price(parquet(spark, found), records)
                : inventory.priceFiles(spark, found.files(), records)) {
            result = run.result(priced.accumulator());
            writeRejected(priced.rejected(), priced.accumulator().rejected(), out.path(OutputDirectory.REJECTED));
            if (records) {
                priced.records().write().parquet(out.path(OutputDirectory.RECORDS));
            }
            try (OutputStream stream = out.openInventory();
                    InventoryJsonWriter json = InventoryJsonWriter.open(stream, run.describe())) {
                Iterator<RejectedRow> rejected = priced.rejections();
                while (rejected.hasNext()) {
                    RejectedRow r = rejected.next();
                    if (shown.size() < 20) {
                        shown.add(r.message());
                    }
                    json.record(new RecordOutcome(r.row(), null, null, r, Map.of()));
                }
                json.finish(result);
            }
            out.commit();
        }
        InventoryResult.Counts n = result.counts();
        for (String line : shown) {
            err.println("carbonledger-spark: rejected: " + oneLine(line));
        }
        if (n.rejected() > shown.size()) {
            err.println("carbonledger-spark: ... and " + (n.rejected() - shown.size())
                    + " more rejected rows, listed in " + out.path(OutputDirectory.REJECTED));
        }
        err.println("carbonledger-spark: " + n.rows() + " rows, " + n.accepted() + " accepted, " + n.rejected()
                + " rejected; GWP " + run.settings().gwp().id() + "; tables " + run.settings().chain() + "; "
                + "input files " + found.files().size() + "; result in " + output);
        if (n.productionRejected() > 0) {
            err.println("carbonledger-spark: " + n.productionRejected() + " production rows rejected, listed in "
                    + OutputDirectory.INVENTORY);
        }
        err.flush();
        return n.rejected() + n.productionRejected() > 0 ? EXIT_REJECTED : 0;
    }

    private Dataset<Row> parquet(SparkSession spark, Inputs.Found found) {
        Dataset<Row> in = SparkInventory.readParquet(spark, found.files().stream().map(InputFile::path).toList());
        return partitions == null ? in : in.repartition(partitions);
    }

    /**
     * The rejected rows as CSV in file and row order, every text cell neutralised as the library's
     * CSV writer does: one file up to a million rows, else one file per sorted range.
     */
    private static void writeRejected(Dataset<Row> rejected, long count, String dir) {
        List<Column> cells = new ArrayList<>();
        for (String c : new String[] {"source", "row", "id", "column", "value", "reason", "problems"}) {
            Column col = c.equals("problems") ? functions.concat_ws("; ", functions.col(c)) : functions.col(c);
            cells.add(c.equals("row") ? col : NEUTRALISE.apply(col).as(c));
        }
        Dataset<Row> sorted = count <= 1_000_000
                ? rejected.repartition(1).sortWithinPartitions("source", "row", "id", "column", "reason")
                : rejected.orderBy("source", "row", "id", "column", "reason");
        sorted.select(cells.toArray(new Column[0])).write().option("header", true).option("escape", "\"").csv(dir);
    }

    /** The library's CSV cell rule, as a Spark function. */
    private static final UserDefinedFunction NEUTRALISE = functions.udf(
            (UDF1<String, String>) s -> CsvWriter.neutralise(s == null ? "" : s), DataTypes.StringType);

    /** The message of a failure, from the library's exception where Spark wrapped one. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.carbonledger.CarbonLedgerException || t instanceof UncheckedIOException
                    || t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
        }
        return e.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ');
    }
}
