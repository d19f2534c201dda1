package org.carbonledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.activity.Sector;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.InventoryCsvWriter;
import org.carbonledger.factor.FactorChain;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.factors.user.InvalidTableException;
import org.carbonledger.factors.user.UserTable;
import org.carbonledger.factors.user.UserTableReader;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.intensity.ProductionCsvReader;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.ContractualInstrument;
import org.carbonledger.inventory.InstrumentCsvReader;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.inventory.ResultWriter;
import org.carbonledger.json.InventoryJsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonledger inventory}: a greenhouse-gas inventory from an activities CSV (docs/design.md §6).
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
            description = "Result format: json, csv or xlsx for inventory (default json); html, json, csv or xlsx for"
                    + " report (default html). xlsx (an Excel workbook) needs --output or a redirected stdout.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the result here instead of stdout.")
    Path output;

    @Option(names = "--max-groups", paramLabel = "N",
            description = "The most groups (distinct scope, site, process, period and activity) the run may hold:"
                    + " memory grows with groups, never with rows. Default: half the heap (-Xmx) at about"
                    + " 2.5 KB a group; past it the run stops, writing nothing, and says so.")
    Long maxGroups;

    @Option(names = "--strict", description = "Any rejected row is a fatal error (exit 1) and no result is written;"
            + " a row only a flagged factor prices (latest_edition: dated after the newest edition of its tables;"
            + " gases_not_covered: a fuel's factor without CH4 or N2O) is rejected.")
    boolean strict;

    /** @return the format when --format is absent */
    String defaultFormat() {
        return "json";
    }

    /** @return the formats this command writes */
    List<String> formats() {
        return List.of("json", "csv", "xlsx");
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
        if (format.equals("xlsx") && output == null && CarbonLedgerCommand.processStdout(spec) && stdoutIsTerminal()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx writes a binary workbook:"
                    + " give --output FILE.xlsx, or redirect standard output to a file");
        }
        checkOptions();
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
            chain = BuiltInTables.chain(registry, ids);
        } catch (IllegalArgumentException e) {
            // an unknown id or a mix of series: a usage error, like any other bad option value
            throw new CommandLine.ParameterException(spec.commandLine(), "--tables: " + e.getMessage());
        }
        CalculationSettings settings = new CalculationSettings(registry, chain, gwpSet, Sector.MANUFACTURING);
        List<ContractualInstrument> contracts;
        try {
            contracts = instruments == null ? List.of() : InstrumentCsvReader.read(instruments);
        } catch (CsvFormatException e) {
            throw new FatalException("--instruments: " + e.getMessage());
        }
        ProductionCsvReader.Result productionData;
        try {
            productionData = production == null ? null : ProductionCsvReader.read(production);
        } catch (CsvFormatException e) {
            throw new FatalException("--production: " + e.getMessage());
        }
        if (strict && productionData != null && !productionData.rejected().isEmpty()) {
            throw new FatalException(productionData.rejected().get(0).message() + " (--strict: no result written)");
        }
        long groups = maxGroups != null ? maxGroups
                : Math.max(1, Runtime.getRuntime().maxMemory() / 2 / InventoryRun.bytesPerGroup());
        if (groups < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-groups must be at least 1, not "
                    + groups);
        }
        InventoryRun run = InventoryRun.builder(settings).instruments(contracts).production(productionData)
                .chainIsDefault(defaultChain).maxGroups(groups).rejectFlagged(strict).build();
        List<Path> inputs = new ArrayList<>(List.of(activities));
        for (Path p : new Path[] {production, instruments}) {
            if (p != null) {
                inputs.add(p);
            }
        }
        if (tableFiles != null) {
            inputs.addAll(tableFiles);
        }
        OutputTarget target = OutputTarget.of(output, inputs);
        List<String> shown = new ArrayList<>();
        InventoryResult result;
        try {
            try (ActivityCsvReader in = ActivityCsvReader.open(activities);
                    ResultWriter renderer = format.equals("html") ? renderer(target, run)
                            : new RendererThread(renderer(target, run))) {
                result = run.run(in, o -> {
                    if (!o.isPriced()) {
                        if (strict) {
                            throw new FatalException(o.rejection().message() + " (--strict: no result written)");
                        }
                        if (shown.size() < 20) {
                            shown.add(o.rejection().message());
                        }
                    }
                    renderer.record(o);
                });
                renderer.finish(result);
            }
            target.deliver(CarbonLedgerCommand.stdout(spec), spec.commandLine().getOut(),
                    CarbonLedgerCommand.processStdout(spec));
        } finally {
            target.discard();
        }
        InventoryResult.Counts n = result.counts();
        for (String line : shown) {
            err.println("carbonledger: rejected: " + CarbonLedgerCommand.oneLine(line));
        }
        if (n.rejected() > shown.size()) {
            err.println("carbonledger: ... and " + (n.rejected() - shown.size())
                    + " more rejected rows, listed in the result");
        }
        err.println("carbonledger: " + n.rows() + " rows, " + n.accepted() + " accepted, " + n.rejected()
                + " rejected; GWP " + gwpSet.id() + "; tables " + chain + (output != null ? "; result in " + output : ""));
        for (InventoryResult.Flagged f : result.flagged()) {
            err.println("carbonledger: flagged " + f.flag() + ": " + f.records() + (f.records() == 1 ? " row" : " rows")
                    + " priced by " + f.factor().table()
                    + " for " + f.factor().activity() + ": " + CarbonLedgerCommand.oneLine(f.note())
                    + " (--strict rejects such rows)");
        }
        if (n.productionRejected() > 0) {
            for (RejectedRow p : result.productionRejected().subList(0, (int) Math.min(20, n.productionRejected()))) {
                err.println("carbonledger: rejected: " + CarbonLedgerCommand.oneLine(p.message()));
            }
            err.println("carbonledger: " + n.productionRejected() + " production rows rejected, listed in the result");
        }
        err.flush();
        return n.rejected() + n.productionRejected() > 0 ? CarbonLedgerCommand.EXIT_REJECTED : 0;
    }

    /** Checks the options a subcommand adds, before any file is read; throws a usage error. */
    void checkOptions() {
    }

    /**
     * Makes the writer of the result in {@link #format}.
     *
     * @param target where it goes
     * @param run the run, for its settings
     * @return the writer
     */
    ResultWriter renderer(OutputTarget target, InventoryRun run) {
        return switch (format) {
            case "json" -> InventoryJsonWriter.open(target.open(), run.describe());
            case "csv" -> new InventoryCsvWriter(target.open());
            case "xlsx" -> new XlsxResultWriter(target.open(), null);
            default -> throw new IllegalStateException("no writer for " + format);
        };
    }

    /**
     * Tells whether the process's standard output is a terminal, where a binary workbook would be
     * garbage: {@code Console.isTerminal()} from JDK 22 (whose {@code System.console()} is
     * present even when output is redirected), {@code System.console() != null} before it.
     */
    @SuppressWarnings("SystemConsoleNull") // the JDK 22 change is handled: isTerminal() is asked where it exists
    private static boolean stdoutIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
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
}
