package org.carbonledger.cli.productivity;

import org.carbonledger.cli.CommandOutput;
import org.carbonledger.cli.FatalException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.carbonledger.productivity.DeaModel;
import org.carbonledger.productivity.Malmquist;
import org.carbonledger.productivity.Panel;
import org.carbonledger.productivity.ProductivityChange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonledger malmquist}: productivity change between consecutive periods of a panel CSV
 * (docs/design.md §6): Malmquist (Färe et al. 1994), Malmquist–Luenberger (Chung et al. 1997) or
 * global Malmquist–Luenberger (Oh 2010), with efficiency change and technical change.
 *
 * <p>CSV output: {@code dmu}, {@code from}, {@code to}, {@code index}, {@code ec}, {@code tc},
 * {@code status}, {@code note} (why an index is missing). Every unit of either period of a pair
 * has a row: one missing from a period is {@code undefined} with a note naming the period. Exit
 * status 0 success, 1 fatal (one line on stderr), 2 usage.
 */
@Command(name = "malmquist", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Productivity change between consecutive periods: Malmquist, Malmquist-"
                + "Luenberger (ml) or global Malmquist-Luenberger (gml), with efficiency change (ec)"
                + " and technical change (tc); index = ec x tc, above 1 is growth.",
            "Panel CSV: dmu, period, columns x_* (inputs), y_* (good outputs), b_* (bad outputs)."},
        footer = ProductivityCli.STATUS_HELP,
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "1:fatal error (bad file or data)", "2:usage error"})
public final class MalmquistCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "Panel CSV with a period column.")
    Path data;

    @Option(names = "--index", required = true, paramLabel = "malmquist|ml|gml",
            description = "The index.")
    String index;

    @Option(names = "--model", required = true, paramLabel = "ccr|bcc|ddf",
            description = "Distance function: radial ccr (CRS), bcc (VRS), or ddf.")
    String model;

    @Option(names = "--orientation", paramLabel = "input|output",
            description = "For ccr/bcc (default: input).")
    String orientation;

    @Option(names = "--rts", paramLabel = "crs|vrs", description = "For ddf (default: crs).")
    String rts;

    @Option(names = "--bad-outputs", paramLabel = "weak|input-like",
            description = "Required when the data has b_ columns.")
    String badOutputs;

    @Option(names = "--direction", paramLabel = "observed|output|unit",
            description = "Direction of ddf (default: output, g=(0,y,b), as in Chung et al. 1997).")
    String direction;

    @Option(names = "--super", hidden = true)
    boolean superEfficiency;

    @Option(names = "--pooled", hidden = true)
    boolean pooled;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            description = "Result format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    /** Creates the command (picocli instantiates it). */
    public MalmquistCommand() {
        // options are injected
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ProductivityCli.checkFormat(cl, format);
        Malmquist.Index kind;
        try {
            kind = Malmquist.Index.parse(index);
        } catch (IllegalArgumentException e) {
            throw ProductivityCli.usage(cl, "--index must be malmquist, ml or gml, not '" + index
                    + "'");
        }
        String name = model.toLowerCase(Locale.ROOT);
        if (!name.equals("ccr") && !name.equals("bcc") && !name.equals("ddf")) {
            throw ProductivityCli.usage(cl, "--model must be ccr, bcc or ddf, not '" + model + "'");
        }
        if (superEfficiency || pooled) {
            throw ProductivityCli.usage(cl, "--super and --pooled do not apply to indices "
                    + "(gml pools the periods itself)");
        }
        return CommandOutput.run(cl, () -> {
            Panel panel = ProductivityCli.readPanel(data);
            if (!panel.hasPeriods() || panel.periods().size() < 2) {
                throw new FatalException(data + ": an index needs a period column with at "
                        + "least two periods");
            }
            if (kind != Malmquist.Index.MALMQUIST && badOutputs == null
                    && !panel.badNames().isEmpty()) {
                throw ProductivityCli.usage(cl, "the data has bad-output columns "
                        + panel.badNames() + ", so --index " + kind.label()
                        + " needs --bad-outputs weak|input-like");
            }
            String dir = name.equals("ddf") && direction == null ? "output" : direction;
            DeaModel m = ProductivityCli.model(cl, panel, name, orientation, rts, badOutputs, dir,
                    false);
            List<ProductivityChange> changes = Malmquist.of(kind, m).compute(panel);
            String summary = ProductivityCli.failureSummary(
                    changes.stream().map(ProductivityChange::status).toList(), "indices");
            if (summary != null) {
                cl.getErr().println(summary);
                cl.getErr().flush();
            }
            CommandOutput.write(cl, output, java.util.List.of(data), w -> {
                if (format.equals("json")) {
                    writeJson(w, kind, m, changes);
                } else {
                    writeCsv(w, changes);
                }
            });
            return 0;
        });
    }

    private static void writeCsv(Writer w, List<ProductivityChange> changes) throws IOException {
        w.write("dmu,from,to,index,ec,tc,status,note\n");
        for (ProductivityChange c : changes) {
            w.write(CommandOutput.cell(c.dmu()) + "," + CommandOutput.cell(c.from()) + ","
                    + CommandOutput.cell(c.to()) + "," + CommandOutput.number(c.index()) + ","
                    + CommandOutput.number(c.efficiencyChange()) + ","
                    + CommandOutput.number(c.technicalChange()) + "," + c.status().label() + ","
                    + CommandOutput.cell(c.note().orElse("")) + "\n");
        }
    }

    private static void writeJson(Writer w, Malmquist.Index kind, DeaModel m,
            List<ProductivityChange> changes) throws IOException {
        var mapper = CommandOutput.json();
        ObjectNode root = mapper.createObjectNode();
        root.put("index", kind.label());
        root.put("model", m.describe());
        ArrayNode list = root.putArray("results");
        for (ProductivityChange c : changes) {
            ObjectNode o = list.addObject();
            o.put("dmu", c.dmu());
            o.put("from", c.from());
            o.put("to", c.to());
            DeaCommand.putNumber(o, "index", c.index());
            DeaCommand.putNumber(o, "ec", c.efficiencyChange());
            DeaCommand.putNumber(o, "tc", c.technicalChange());
            o.put("status", c.status().label());
            c.note().ifPresent(n -> o.put("note", n));
        }
        mapper.writeValue(w, root);
        w.write('\n');
    }
}
