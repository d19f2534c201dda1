package org.carbonledger.cli.productivity;

import org.carbonledger.cli.CommandOutput;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.carbonledger.productivity.Dea;
import org.carbonledger.productivity.DeaModel;
import org.carbonledger.productivity.DeaResult;
import org.carbonledger.productivity.Orientation;
import org.carbonledger.productivity.Panel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonledger dea}: efficiency scores of the units of a panel CSV (docs/design.md §6).
 *
 * <p>CSV output, one row per unit: {@code dmu}, {@code period} (when the data has one),
 * {@code score}, {@code phi} (output orientation), {@code beta} (ddf), {@code technical} and
 * {@code allocative} (cost), {@code slack_<column>} per data column, {@code target_<column>},
 * {@code peers} ({@code A:0.25;B:0.75}), {@code status}, {@code note} (why a unit has no score,
 * or a remark on it). JSON: the model and one object per unit with the same fields. The
 * statuses are listed in the help ({@link ProductivityCli#STATUS_HELP}). Exit status 0 success,
 * 1 fatal (one line on stderr), 2 usage.
 */
@Command(name = "dea", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Data envelopment analysis of the units of a panel CSV: radial CCR/BCC, SBM"
                + " (with bad outputs, Tone 2004), directional distance with bad outputs, cost"
                + " efficiency; super-efficiency with --super.",
            "Panel CSV: dmu, optional period, columns x_* (inputs), y_* (good outputs),"
                + " b_* (bad outputs), price_<input> (for cost)."},
        footer = ProductivityCli.STATUS_HELP,
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "1:fatal error (bad file or data)", "2:usage error"})
public final class DeaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "Panel CSV (dmu, period, x_*, y_*, b_*, price_*).")
    Path data;

    @Option(names = "--model", required = true, paramLabel = "ccr|bcc|sbm|ddf|cost",
            description = "ccr (radial, CRS), bcc (radial, VRS), sbm, ddf or cost.")
    String model;

    @Option(names = "--orientation", paramLabel = "input|output|none",
            description = "Default: input for ccr/bcc, none for sbm.")
    String orientation;

    @Option(names = "--rts", paramLabel = "crs|vrs",
            description = "Returns to scale for sbm, ddf and cost (default: crs).")
    String rts;

    @Option(names = "--bad-outputs", paramLabel = "weak|input-like",
            description = "How b_ columns enter the technology; required for ccr, bcc, ddf and cost"
                    + " when the data has b_ columns. sbm takes none.")
    String badOutputs;

    @Option(names = "--direction", paramLabel = "observed|output|unit",
            description = "Direction of ddf: observed g=(x,y,b) (default), output g=(0,y,b),"
                    + " unit g=(1,1,1).")
    String direction;

    @Option(names = "--super", description = "Super-efficiency (Andersen-Petersen; super-SBM).")
    boolean superEfficiency;

    @Option(names = "--pooled",
            description = "One frontier over all periods instead of one per period.")
    boolean pooled;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            description = "Result format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    /** Creates the command (picocli instantiates it). */
    public DeaCommand() {
        // options are injected
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ProductivityCli.checkFormat(cl, format);
        return CommandOutput.run(cl, () -> {
            Panel panel = ProductivityCli.readPanel(data);
            DeaModel m = ProductivityCli.model(cl, panel, model, orientation, rts, badOutputs,
                    direction, superEfficiency);
            Dea dea = Dea.of(m);
            List<DeaResult> results = pooled ? dea.evaluatePooled(panel) : dea.evaluate(panel);
            String summary = ProductivityCli.failureSummary(
                    results.stream().map(DeaResult::status).toList(), "units");
            if (summary != null) {
                cl.getErr().println(summary);
                cl.getErr().flush();
            }
            CommandOutput.write(cl, output, java.util.List.of(data), w -> {
                if (format.equals("json")) {
                    writeJson(w, m, results);
                } else {
                    writeCsv(w, panel, m, results);
                }
            });
            return 0;
        });
    }

    private static List<String> columns(Panel panel) {
        List<String> c = new ArrayList<>(panel.inputNames());
        c.addAll(panel.goodNames());
        c.addAll(panel.badNames());
        return c;
    }

    private void writeCsv(Writer w, Panel panel, DeaModel m, List<DeaResult> results)
            throws IOException {
        List<String> cols = columns(panel);
        boolean phi = m.kind() == DeaModel.Kind.RADIAL && m.orientation() == Orientation.OUTPUT;
        boolean beta = m.kind() == DeaModel.Kind.DIRECTIONAL;
        boolean cost = m.kind() == DeaModel.Kind.COST;
        StringBuilder h = new StringBuilder("dmu");
        if (panel.hasPeriods()) {
            h.append(",period");
        }
        h.append(",score");
        if (phi) {
            h.append(",phi");
        }
        if (beta) {
            h.append(",beta");
        }
        if (cost) {
            h.append(",technical,allocative");
        }
        for (String c : cols) {
            h.append(",slack_").append(c);
        }
        for (String c : cols) {
            h.append(",target_").append(c);
        }
        h.append(",peers,status,note\n");
        w.write(h.toString());
        for (DeaResult r : results) {
            StringBuilder s = new StringBuilder(CommandOutput.cell(r.dmu()));
            if (panel.hasPeriods()) {
                s.append(',').append(CommandOutput.cell(r.period().orElse("")));
            }
            s.append(',').append(CommandOutput.number(r.score()));
            if (phi) {
                s.append(',').append(CommandOutput.number(r.phi().orElse(Double.NaN)));
            }
            if (beta) {
                s.append(',').append(CommandOutput.number(r.beta().orElse(Double.NaN)));
            }
            if (cost) {
                s.append(',').append(CommandOutput.number(
                        r.technicalEfficiency().orElse(Double.NaN)));
                s.append(',').append(CommandOutput.number(
                        r.allocativeEfficiency().orElse(Double.NaN)));
            }
            for (String c : cols) {
                s.append(',').append(CommandOutput.number(r.slacks().getOrDefault(c,
                        Double.NaN)));
            }
            for (String c : cols) {
                s.append(',').append(CommandOutput.number(r.targets().getOrDefault(c,
                        Double.NaN)));
            }
            StringBuilder peers = new StringBuilder();
            for (Map.Entry<String, Double> e : r.peers().entrySet()) {
                if (peers.length() > 0) {
                    peers.append(';');
                }
                peers.append(e.getKey()).append(":").append(CommandOutput.number(e.getValue()));
            }
            s.append(',').append(CommandOutput.cell(peers.toString()));
            s.append(',').append(r.status().label());
            s.append(',').append(CommandOutput.cell(r.note().orElse(""))).append('\n');
            w.write(s.toString());
        }
    }

    private void writeJson(Writer w, DeaModel m, List<DeaResult> results)
            throws IOException {
        var mapper = CommandOutput.json();
        ObjectNode root = mapper.createObjectNode();
        root.put("model", m.describe());
        root.put("kind", m.kind().label());
        root.put("rts", m.returnsToScale().label());
        root.put("orientation", m.orientation().label());
        root.put("bad_outputs", m.kind() == DeaModel.Kind.SBM ? "slacks (Tone 2004)"
                : m.badOutputs().map(c -> c.label()).orElse(null));
        m.direction().ifPresent(d -> root.put("direction", d.label()));
        root.put("super", m.isSuperEfficiency());
        root.put("pooled", pooled);
        ArrayNode units = root.putArray("results");
        for (DeaResult r : results) {
            ObjectNode u = units.addObject();
            u.put("dmu", r.dmu());
            r.period().ifPresent(p -> u.put("period", p));
            putNumber(u, "score", r.score());
            r.phi().ifPresent(v -> u.put("phi", v));
            r.beta().ifPresent(v -> u.put("beta", v));
            r.technicalEfficiency().ifPresent(v -> u.put("technical", v));
            r.allocativeEfficiency().ifPresent(v -> u.put("allocative", v));
            ObjectNode slacks = u.putObject("slacks");
            r.slacks().forEach(slacks::put);
            ObjectNode targets = u.putObject("targets");
            r.targets().forEach(targets::put);
            ObjectNode peers = u.putObject("peers");
            r.peers().forEach(peers::put);
            u.put("status", r.status().label());
            r.note().ifPresent(n -> u.put("note", n));
        }
        mapper.writeValue(w, root);
        w.write('\n');
    }

    static void putNumber(ObjectNode node, String name, double v) {
        if (Double.isNaN(v)) {
            node.putNull(name);
        } else {
            node.put(name, v);
        }
    }

}
