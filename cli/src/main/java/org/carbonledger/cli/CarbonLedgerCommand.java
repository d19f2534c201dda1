package org.carbonledger.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.carbonledger.CarbonLedgerVersion;
import org.carbonledger.cli.productivity.DeaCommand;
import org.carbonledger.cli.productivity.MalmquistCommand;
import org.carbonledger.csv.CsvFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code carbonledger} command: carbon and energy accounting from CSV files.
 *
 * <p>Exit status (docs/design.md §6): 0 success; 3 some rows rejected (the result is still written
 * and lists them); 1 a fatal error, with a one-line message on stderr; 2 a usage error.
 */
@Command(name = "carbonledger", mixinStandardHelpOptions = true, versionProvider = CarbonLedgerCommand.Version.class,
        description = "Carbon and energy-efficiency accounting: traceable greenhouse-gas inventories from activity data.",
        subcommands = {InventoryCommand.class, ReportCommand.class, FactorsCommand.class, DeaCommand.class, MalmquistCommand.class,
            org.carbonledger.cli.energy.EnergyCommand.class, CbamCommand.class, CommandLine.HelpCommand.class})
public final class CarbonLedgerCommand implements Runnable {
    /** Exit status when some rows were rejected. */
    public static final int EXIT_REJECTED = 3;
    /** Exit status of a fatal error. */
    public static final int EXIT_FATAL = 1;
    /** Exit status of a usage error. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The root command; {@link #commandLine()} returns one with its error handlers set, as {@link #main} runs it. */
    public CarbonLedgerCommand() {
    }

    /** Where results go as bytes without --output: copied without decoding. */
    private OutputStream stdout;
    /** Whether that is the process's own standard output (file descriptor 1), as in {@link #main}. */
    private boolean processStdout;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: inventory, report, factors, energy, dea, malmquist or cbam");
    }

    /**
     * Apache POI (xlsx) logs through the Log4j API, and the command ships no Log4j back end: without one
     * the API complains on stderr, the user's. The API's own simple logger (errors only) takes its
     * place, unless the user named another. Called by the command before POI loads, never by a library
     * (a library jar that set logging for its host would break the host's: Spark's, for one).
     */
    static void quietPoiLogging() {
        for (String[] p : new String[][] {
            {"log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider"},
            {"log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"}}) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
    }

    /**
     * Runs the command.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        quietPoiLogging();
        // messages to the terminal, in its own encoding (the platform's)
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.defaultCharset()),
                true);
        int status;
        try {
            status = run(args, System.out, err, true);
        } catch (Throwable e) { // even an Error: no stack trace reaches a user
            err.println("carbonledger: internal error (" + e.getClass().getSimpleName() + "): "
                    + oneLine(String.valueOf(e.getMessage())));
            status = EXIT_FATAL;
        }
        System.exit(status);
    }

    /**
     * Runs the command with given streams, for tests and embedding.
     *
     * @param args the arguments
     * @param out where results go when there is no {@code --output}
     * @param err where messages go
     * @return the exit status
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /**
     * Runs the command with results going to a byte stream, such as the process's standard
     * output: a command's result file is copied to it as bytes, not decoded and encoded again.
     *
     * @param args the arguments
     * @param out where results go when there is no {@code --output}
     * @param err where messages go
     * @return the exit status
     */
    public static int execute(String[] args, PrintStream out, PrintWriter err) {
        return run(args, out, err, false);
    }

    private static int run(String[] args, PrintStream out, PrintWriter err, boolean processStdout) {
        CommandLine cl = commandLine();
        CarbonLedgerCommand root = (CarbonLedgerCommand) cl.getCommand();
        root.stdout = out;
        root.processStdout = processStdout;
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(err);
        return cl.execute(args);
    }

    /**
     * @param spec a command's spec
     * @return the byte stream results go to without {@code --output}, or null if only the
     *     command line's PrintWriter is known
     */
    static OutputStream stdout(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof CarbonLedgerCommand c ? c.stdout : null;
    }

    /**
     * @param spec a command's spec
     * @return whether results without {@code --output} go to the process's own standard output
     *     (run from {@link #main}), which the kernel can copy a file to
     */
    static boolean processStdout(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof CarbonLedgerCommand c && c.processStdout;
    }

    /** @return the configured picocli command line */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CarbonLedgerCommand());
        cl.setParameterExceptionHandler((ex, args) -> usageError(ex));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandLine.ParameterException p) {
                return usageError(p);
            }
            if (e instanceof java.io.UncheckedIOException u) {
                commandLine.getErr().println("carbonledger: " + oneLine(u.getCause().getMessage()));
                commandLine.getErr().flush();
                return EXIT_FATAL;
            }
            PrintWriter err = commandLine.getErr();
            String message;
            if (e instanceof FatalException || e instanceof CsvFormatException
                    || e instanceof org.carbonledger.CarbonLedgerException) {
                message = e.getMessage();
            } else {
                message = "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                        + "; please report it with the command and input that caused it";
                if (System.getenv("CARBONLEDGER_DEBUG") != null) {
                    e.printStackTrace(err);
                }
            }
            err.println("carbonledger: " + oneLine(message));
            err.flush();
            return EXIT_FATAL;
        });
        return cl;
    }

    /**
     * Reports a usage error briefly: a mistyped command is one line naming the nearest command; any
     * other usage error is its message and one line saying where the help is. The whole usage text
     * is not repeated: it buried the message under twenty lines.
     */
    private static int usageError(CommandLine.ParameterException ex) {
        CommandLine where = ex.getCommandLine();
        PrintWriter err = where.getErr();
        String help = where.getCommandSpec().qualifiedName() + " --help";
        // picocli reports a missing required option before an unknown one; "--activites x.csv" is both,
        // and the typo is the one to name
        List<String> unknown = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched()
                : where.getParseResult() != null ? where.getParseResult().unmatched() : List.of();
        if (!unknown.isEmpty()) {
            String unmatched = unknown.get(0);
            Map<String, CommandLine> commands = where.getSubcommands();
            if (!unmatched.startsWith("-") && !commands.isEmpty()) {
                err.println("carbonledger: unknown command '" + oneLine(unmatched) + "'"
                        + Suggestions.nearest(unmatched, commands.keySet()).map(c -> "; did you mean " + c + "?")
                                .orElse("; the commands are " + String.join(", ", commands.keySet()))
                        + " (see '" + help + "')");
                err.flush();
                return EXIT_USAGE;
            }
            if (unmatched.startsWith("-")) {
                String name = unmatched.contains("=") ? unmatched.substring(0, unmatched.indexOf('=')) : unmatched;
                err.println("carbonledger: unknown option '" + oneLine(name) + "'"
                        + Suggestions.nearest(name, where.getCommandSpec().optionsMap().keySet())
                                .map(o -> "; did you mean " + o + "?").orElse(""));
                err.println("carbonledger: see '" + help + "' for the options");
                err.flush();
                return EXIT_USAGE;
            }
        }
        err.println("carbonledger: " + oneLine(ex.getMessage()));
        err.println("carbonledger: see '" + help + "' for usage");
        err.flush();
        return EXIT_USAGE;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ');
    }

    /** {@code --version}: the library's build version ({@link CarbonLedgerVersion}), also on a test class path. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"carbonledger " + CarbonLedgerVersion.current()};
        }
    }
}
