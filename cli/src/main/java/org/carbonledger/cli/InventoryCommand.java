package org.carbonledger.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.AmbiguousFactorException;
import org.carbonledger.factor.FactorChain;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.factors.user.InvalidTableException;
import org.carbonledger.factors.user.UserTable;
import org.carbonledger.factors.user.UserTableReader;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.ghg.UnavailableGwpException;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.UnknownActivityException;
import org.carbonledger.inventory.ContractualInstrument;
import org.carbonledger.intensity.IntensityCalculator;
import org.carbonledger.intensity.ProductionCsvReader;
import org.carbonledger.inventory.InstrumentCsvReader;
import org.carbonledger.inventory.MarketBasedScope2;
import org.carbonledger.inventory.Scope2Ledger;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonledger inventory}: a greenhouse-gas inventory from an activities CSV (DESIGN.md §6).
 */
@Command(name = "inventory", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Computes a greenhouse-gas inventory from an activities CSV: emissions per gas and in CO2e,"
                + " by scope, site, process and period, every line traced to its factor and source.",
            "Defaults: --gwp AR5, the default table chain (see 'carbonledger factors list'), sector manufacturing."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "3:some rows rejected (the result is still written and lists them)",
            "1:fatal error (bad file, unknown table ...)", "2:usage error"})
class InventoryCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--activities", required = true, paramLabel = "FILE.csv",
            description = "Activities CSV: columns activity, amount, unit (required); id, site, process, period, region,"
                    + " sector, scope, basis (optional); other columns are kept as tags.")
    Path activities;

    @Option(names = "--gwp", paramLabel = "AR4|AR5|AR6", defaultValue = "AR5",
            description = "GWP-100 set for CO2e (default: ${DEFAULT-VALUE}).")
    String gwp;

    @Option(names = "--tables", split = ",", paramLabel = "ID",
            description = "Factor tables to apply, first tried first (default: the built-in default chain).")
    List<String> tables;

    @Option(names = "--table-file", paramLabel = "FILE",
            description = "A factor table of your own (CSV or JSON, see the README); repeatable. These tables come first"
                    + " in the chain, in command-line order.")
    List<Path> tableFiles;

    @Option(names = "--production", paramLabel = "FILE.csv",
            description = "Production CSV (quantity, unit; site, process, product, period, value_added, currency):"
                    + " adds emission and energy intensities to the result (see docs/energy.md).")
    Path production;

    @Option(names = "--instruments", paramLabel = "FILE.csv",
            description = "Contractual instruments for the market-based scope 2 total (certificates, contracts,"
                    + " supplier rates; see the README).")
    Path instruments;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Result format: json or csv for inventory (default json); html, json or csv for report"
                    + " (default html).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the result here instead of stdout.")
    Path output;

    @Option(names = "--strict", description = "Any rejected row is a fatal error (exit 1) and no result is written.")
    boolean strict;

    /** @return the format when --format is absent */
    String defaultFormat() {
        return "json";
    }

    /** @return the formats this command writes */
    List<String> formats() {
        return List.of("json", "csv");
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (format == null) {
            format = defaultFormat();
        }
        if (!formats().contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be " + String.join(" or ", formats()) + ", not '" + format + "'");
        }
        GwpSet gwpSet;
        try {
            gwpSet = GwpSet.of(gwp);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--gwp: " + e.getMessage());
        }
        FactorRegistry registry = FactorRegistry.discover();
        List<String> userIds = new ArrayList<>();
        if (tableFiles != null && !tableFiles.isEmpty()) {
            registry = withUserTables(registry, tableFiles, userIds);
        }
        boolean defaultChain = tables == null || tables.isEmpty();
        FactorChain chain;
        try {
            List<String> ids = new ArrayList<>(userIds);
            ids.addAll(defaultChain ? BuiltInTables.DEFAULT_CHAIN : tables);
            chain = registry.chain(ids);
        } catch (IllegalArgumentException e) {
            throw new FatalException("--tables: " + e.getMessage());
        }
        CalculationSettings settings = new CalculationSettings(registry, chain, gwpSet, Sector.MANUFACTURING);
        List<ContractualInstrument> contracts;
        try {
            contracts = instruments == null ? List.of() : InstrumentCsvReader.read(instruments);
        } catch (CsvFormatException e) {
            throw new FatalException("--instruments: " + e.getMessage());
        }
        EmissionCalculator calculator = new EmissionCalculator(settings);

        ProductionCsvReader.Result productionData;
        try {
            productionData = production == null ? null : ProductionCsvReader.read(production);
        } catch (CsvFormatException e) {
            throw new FatalException("--production: " + e.getMessage());
        }
        // Straight to the process's standard output when no file is asked for and no row can stop the
        // run: --strict, and a fault in the CSV's structure found late in the file, would otherwise
        // leave half a result there, so the structure is read through first (a second of a
        // million-row file, against several for writing the result to a temporary file and copying it).
        boolean direct = output == null && !strict && !format.equals("html")
                && CarbonLedgerCommand.processStdout(spec);
        if (direct) {
            try (CsvReader structure = CsvReader.open(activities)) {
                while (structure.next()) {
                    // every record read, none kept
                }
            }
        }
        Path temp = direct ? null : tempFile();
        List<String> shown = new ArrayList<>();
        long rejectedCount;
        long rows;
        try {
            try (ActivityCsvReader in = ActivityCsvReader.open(activities);
                    InventoryWriter writer = new WriterThread(switch (format) {
                        case "json" -> new JsonInventoryWriter(direct ? processStdout() : open(temp), settings,
                                defaultChain);
                        case "html" -> new HtmlReportWriter(temp, settings, defaultChain, activities.toString());
                        default -> new CsvInventoryWriter(direct ? processStdout() : open(temp));
                    })) {
                Inventory inventory = new Inventory();
                Scope2Ledger scope2 = new Scope2Ledger();
                Footprints footprints = production == null ? null : new Footprints();
                long n = 0;
                long rejected = 0;
                while (in.next()) {
                    n++;
                    RejectedRow rejection = in.rejection();
                    if (rejection == null) {
                        try {
                            ActivityResult r = calculator.calculate(in.activity());
                            inventory.add(r);
                            scope2.add(r);
                            if (footprints != null) {
                                footprints.add(r);
                            }
                            writer.record(in.row(), r);
                            continue;
                        } catch (FactorNotFoundException e) {
                            rejection = reject(in, e.column(), e.getMessage());
                            writer.notCovered(e);
                        } catch (UnknownActivityException | AmbiguousFactorException | UnavailableGwpException e) {
                            rejection = reject(in, "activity", e.getMessage());
                        }
                    }
                    rejected++;
                    if (strict) {
                        throw new FatalException(rejection.message() + " (--strict: no result written)");
                    }
                    if (shown.size() < 20) {
                        shown.add(rejection.message());
                    }
                    writer.rejected(rejection, RowText.of(in));
                }
                if (productionData != null) {
                    for (RejectedRow p : productionData.rejected()) {
                        if (strict) {
                            throw new FatalException(p.message() + " (--strict: no result written)");
                        }
                        if (shown.size() < 20) {
                            shown.add(p.message());
                        }
                    }
                    writer.intensities(IntensityCalculator.compute(footprints.footprints(), productionData.records()),
                            productionData.rejected());
                }
                rows = n;
                rejectedCount = rejected;
                writer.finish(inventory, MarketBasedScope2.compute(scope2, contracts, MarketBasedScope2.residualMixFrom(settings)), rows,
                        rejectedCount);
            }
            if (!direct) {
                deliver(temp);
            }
        } finally {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
        for (String line : shown) {
            err.println("carbonledger: rejected: " + CarbonLedgerCommand.oneLine(line));
        }
        if (rejectedCount > shown.size()) {
            err.println("carbonledger: ... and " + (rejectedCount - shown.size()) + " more rejected rows, listed in the result");
        }
        err.println("carbonledger: " + rows + " rows, " + (rows - rejectedCount) + " accepted, " + rejectedCount
                + " rejected; GWP " + gwpSet.id() + "; tables " + chain + (output != null ? "; result in " + output : ""));
        err.flush();
        long productionRejected = productionData == null ? 0 : productionData.rejected().size();
        if (productionRejected > 0) {
            err.println("carbonledger: " + productionRejected + " production rows rejected, listed in the result");
        }
        return rejectedCount + productionRejected > 0 ? CarbonLedgerCommand.EXIT_REJECTED : 0;
    }

    /**
     * Reads the users' tables; each may use activities that the ones before it define.
     */
    static FactorRegistry withUserTables(FactorRegistry registry, List<Path> files, List<String> ids) {
        List<FactorTable> read = new ArrayList<>();
        List<ActivityType> defined = new ArrayList<>();
        for (Path file : files) {
            UserTableReader reader = new UserTableReader(id -> registry.findActivityType(id)
                    .or(() -> defined.stream().filter(t -> t.id().equals(id)).findFirst()));
            UserTable table;
            try {
                table = reader.read(file);
            } catch (InvalidTableException e) {
                throw new FatalException("--table-file: " + e.getMessage());
            }
            if (ids.contains(table.info().id())) {
                throw new FatalException("--table-file: " + file + ": table id '" + table.info().id()
                        + "' is already used by another --table-file");
            }
            ids.add(table.info().id());
            read.add(table);
            defined.addAll(table.newActivities());
        }
        try {
            return registry.with(read, defined);
        } catch (IllegalStateException e) {
            throw new FatalException("--table-file: " + e.getMessage() + "; give your table another id");
        }
    }

    private static RejectedRow reject(ActivityCsvReader in, String column, String reason) {
        return new RejectedRow(in.source(), in.row(), in.columnName(column), in.field(column), reason, List.of());
    }

    private Path tempFile() {
        try {
            Path dir = output != null && output.toAbsolutePath().getParent() != null
                    ? output.toAbsolutePath().getParent() : null;
            if (dir != null && Files.isDirectory(dir) && Files.isWritable(dir)) {
                // beside the output, created with the usual permissions, so that the move keeps them
                return dir.resolve("." + output.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            }
            return Files.createTempFile("carbonledger-", ".tmp");
        } catch (IOException e) {
            throw new FatalException("cannot create a temporary file: " + e.getMessage());
        }
    }

    private void deliver(Path temp) {
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.flush();
                OutputStream bytes = CarbonLedgerCommand.stdout(spec);
                if (CarbonLedgerCommand.processStdout(spec)) {
                    // the process's own standard output: copied by the kernel (a gigabyte through
                    // a Reader and a PrintWriter took six seconds, through Files.copy four)
                    bytes.flush();
                    FileChannel stdout = new FileOutputStream(FileDescriptor.out).getChannel();
                    try (FileChannel in = FileChannel.open(temp)) {
                        long at = 0;
                        long size = in.size();
                        while (at < size) {
                            long n = in.transferTo(at, size - at, stdout);
                            if (n <= 0) {
                                // a descriptor that takes nothing now (non-blocking): the rest as a stream
                                Channels.newInputStream(in.position(at)).transferTo(bytes);
                                bytes.flush();
                                break;
                            }
                            at += n;
                        }
                    }
                } else if (bytes != null) {
                    // as bytes, not decoded and encoded again
                    Files.copy(temp, bytes);
                    bytes.flush();
                } else {
                    try (var reader = Files.newBufferedReader(temp)) {
                        reader.transferTo(out);
                    }
                    out.flush();
                }
            } else {
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (NoSuchFileException e) {
            throw new FatalException("cannot write " + output + ": no such directory");
        } catch (IOException | UncheckedIOException e) {
            throw new FatalException("cannot write " + (output == null ? "the result" : output) + ": " + e.getMessage());
        }
    }

    /** The fields of an activities row as read, for the listing of a rejected row. */
    record RowText(String id, String site, String process, String period, String activity, String amount,
            String unit, String scope) {
        static RowText of(ActivityCsvReader in) {
            return new RowText(in.field("id"), in.field("site"), in.field("process"), in.field("period"),
                    in.field("activity"), in.field("amount"), in.field("unit"), in.field("scope"));
        }
    }

    /** Where results go, record by record; implementations stream to a file. */
    interface InventoryWriter extends AutoCloseable {
        /**
         * Does the part of writing a record that may run on the reading thread, ahead of
         * {@link #record(long, ActivityResult, Object)} on the writing one; called for each
         * record in row order, from one thread. By default nothing.
         *
         * @return what {@code record} takes for it
         */
        default Object prepare(ActivityResult r) {
            return null;
        }

        /** Writes a record, with what {@link #prepare} gave for it. */
        void record(long row, ActivityResult r, Object prepared);

        /** Writes a record: {@link #prepare}, then {@link #record(long, ActivityResult, Object)}. */
        default void record(long row, ActivityResult r) {
            record(row, r, prepare(r));
        }

        /**
         * Takes a rejected row.
         *
         * @param r the rejection
         * @param row the row's fields as read, or null for a row of another file (--production)
         */
        void rejected(RejectedRow r, RowText row);

        /** Takes the intensities computed from --production, and its rejected rows. */
        default void intensities(IntensityCalculator.Result result, List<RejectedRow> rejectedProduction) {
        }

        /** Notes a row that no table in the chain covers, for the list of coverage gaps. */
        default void notCovered(FactorNotFoundException e) {
        }

        void finish(Inventory inventory, MarketBasedScope2.Result market, long rows, long rejected);

        @Override
        void close();
    }

    /**
     * @return the process's standard output (file descriptor 1) as a buffered stream whose close
     *     flushes it and leaves the descriptor open
     */
    private static OutputStream processStdout() {
        System.out.flush();
        OutputStream fd = new FileOutputStream(FileDescriptor.out);
        return new BufferedOutputStream(new FilterOutputStream(fd) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, 1 << 16);
    }

    static OutputStream open(Path file) {
        try {
            return new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new FatalException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
