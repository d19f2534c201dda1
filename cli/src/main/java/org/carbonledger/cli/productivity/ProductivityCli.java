package org.carbonledger.cli.productivity;

import org.carbonledger.cli.FatalException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.productivity.BadOutputConvention;
import org.carbonledger.productivity.DeaModel;
import org.carbonledger.productivity.Direction;
import org.carbonledger.productivity.InvalidPanelException;
import org.carbonledger.productivity.Orientation;
import org.carbonledger.productivity.Panel;
import org.carbonledger.productivity.PanelCsvReader;
import org.carbonledger.productivity.ReturnsToScale;
import org.carbonledger.productivity.lp.LpStatus;
import picocli.CommandLine;

/** What the two productivity commands share: option parsing, the model, output and errors. */
final class ProductivityCli {

    private ProductivityCli() {
    }

    static Panel readPanel(Path data) {
        try {
            return PanelCsvReader.read(data);
        } catch (InvalidPanelException | CsvFormatException e) {
            throw new FatalException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new FatalException(data + ": " + e.getCause().getMessage());
        }
    }

    static ReturnsToScale rts(CommandLine cl, String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "crs":
                return ReturnsToScale.CRS;
            case "vrs":
                return ReturnsToScale.VRS;
            default:
                throw usage(cl, "--rts must be crs or vrs, not '" + text + "'");
        }
    }

    static Orientation orientation(CommandLine cl, String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "input":
                return Orientation.INPUT;
            case "output":
                return Orientation.OUTPUT;
            case "none":
                return Orientation.NONE;
            default:
                throw usage(cl, "--orientation must be input, output or none, not '" + text + "'");
        }
    }

    static Direction direction(CommandLine cl, String text) {
        for (Direction d : Direction.values()) {
            if (d.label().equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw usage(cl, "--direction must be observed, output or unit, not '" + text + "'");
    }

    static BadOutputConvention convention(CommandLine cl, String text) {
        try {
            return BadOutputConvention.parse(text);
        } catch (IllegalArgumentException e) {
            throw usage(cl, "--bad-outputs must be weak or input-like, not '" + text + "'");
        }
    }

    /**
     * The model named by the options. {@code ccr} fixes CRS and {@code bcc} VRS; {@code --rts}
     * applies to sbm, ddf and cost (default crs).
     */
    static DeaModel model(CommandLine cl, Panel panel, String model, String orientation,
            String rts, String badOutputs, String direction, boolean superEfficiency) {
        String name = model.toLowerCase(Locale.ROOT);
        boolean bads = !panel.badNames().isEmpty();
        ReturnsToScale r = rts == null ? ReturnsToScale.CRS : rts(cl, rts);
        DeaModel m;
        switch (name) {
            case "ccr":
            case "bcc": {
                ReturnsToScale fixed = name.equals("ccr") ? ReturnsToScale.CRS : ReturnsToScale.VRS;
                if (rts != null && r != fixed) {
                    throw usage(cl, "--model " + name + " means --rts " + fixed.label()
                            + "; use --model " + (name.equals("ccr") ? "bcc" : "ccr") + " for "
                            + r.label());
                }
                Orientation o = orientation == null ? Orientation.INPUT
                        : orientation(cl, orientation);
                if (o == Orientation.NONE) {
                    throw usage(cl, "--model " + name + " is input or output oriented; "
                            + "--orientation none needs --model sbm");
                }
                m = DeaModel.radial(o, fixed);
                if (badOutputs != null) {
                    m = m.withBadOutputs(convention(cl, badOutputs));
                } else if (bads) {
                    throw usage(cl, "the data has bad-output columns " + panel.badNames()
                            + ", so --model " + name + " needs --bad-outputs weak|input-like");
                }
                break;
            }
            case "sbm":
                if (badOutputs != null) {
                    throw usage(cl, "--model sbm treats bad outputs through their slacks "
                            + "(Tone 2004) and takes no --bad-outputs");
                }
                m = DeaModel.sbm(orientation == null ? Orientation.NONE
                        : orientation(cl, orientation), r);
                break;
            case "ddf":
                if (orientation != null) {
                    throw usage(cl, "--model ddf takes a --direction, not an --orientation");
                }
                if (badOutputs == null && bads) {
                    throw usage(cl, "the data has bad-output columns " + panel.badNames()
                            + ", so --model ddf needs --bad-outputs weak|input-like");
                }
                m = DeaModel.directional(direction == null ? Direction.OBSERVED
                        : direction(cl, direction), badOutputs == null
                                ? BadOutputConvention.INPUT_LIKE : convention(cl, badOutputs), r);
                break;
            case "cost":
                if (orientation != null && orientation(cl, orientation) != Orientation.INPUT) {
                    throw usage(cl, "--model cost is input oriented");
                }
                if (!panel.hasPrices()) {
                    throw new FatalException("--model cost needs input prices: add a column price_<input> "
                            + "for every input (price_" + panel.inputNames().get(0) + " prices "
                            + panel.inputNames().get(0) + ")");
                }
                m = DeaModel.cost(r);
                if (badOutputs != null) {
                    m = m.withBadOutputs(convention(cl, badOutputs));
                } else if (bads) {
                    throw usage(cl, "the data has bad-output columns " + panel.badNames()
                            + ", so --model cost needs --bad-outputs weak|input-like");
                }
                break;
            default:
                throw usage(cl, "--model must be ccr, bcc, sbm, ddf or cost, not '" + model + "'");
        }
        if (direction != null && m.kind() != DeaModel.Kind.DIRECTIONAL) {
            throw usage(cl, "--direction applies to --model ddf only");
        }
        if (superEfficiency) {
            if (m.kind() != DeaModel.Kind.RADIAL && m.kind() != DeaModel.Kind.SBM) {
                throw usage(cl, "--super applies to --model ccr, bcc or sbm");
            }
            m = m.withSuperEfficiency();
        }
        return m;
    }

    static CommandLine.ParameterException usage(CommandLine cl, String message) {
        return new CommandLine.ParameterException(cl, message);
    }

    static void checkFormat(CommandLine cl, String format) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw usage(cl, "--format must be csv or json, not '" + format + "'");
        }
    }







    /**
     * The statuses of a result and the data cases behind them, as the footer of both commands'
     * help (picocli turns each {@code %n} into a line break); the same words as {@code
     * docs/productivity.md}.
     */
    static final String STATUS_HELP = "%nStatus of each row:%n"
            + "  optimal            the score is the exact optimum of the model's LP; an%n"
            + "                     answer the double-precision simplex cannot vouch for%n"
            + "                     is re-solved in exact arithmetic%n"
            + "  infeasible         no point of the reference technology serves the unit%n"
            + "                     (super-efficiency under VRS, cross-period problems)%n"
            + "  unbounded          the objective has no bound%n"
            + "  not_solved         the solver stopped at its iteration limit%n"
            + "  numerical_trouble  the answer failed verification and the exact re-solve%n"
            + "                     ran out of budget: no number rather than a wrong one%n"
            + "  undefined          the measure does not exist for the data; the note says%n"
            + "                     why: every input and output zero; every input zero%n"
            + "                     (input orientation); every good output zero (output%n"
            + "                     orientation); ddf beta <= -1; a unit missing from one%n"
            + "                     of the two periods (malmquist)%n"
            + "A unit with no good output scores 0 under CRS (optimal, with a note).%n"
            + "Periods: years or period numbers (2023, or 1, 2), quarters (2023-Q1),%n"
            + "months (2023-06) or days (2023-06-30), one kind per file, ordered as time;%n"
            + "labels such as FY23, and mixed kinds, are refused with the row holding them.";

    /**
     * One line for stderr when some results have no number: how many, by status.
     *
     * @param statuses the status of every result
     * @param what the plural noun of a result ("units", "indices")
     * @return the line, or null when every result is optimal
     */
    static String failureSummary(java.util.List<LpStatus> statuses, String what) {
        java.util.Map<LpStatus, Long> counts = new java.util.EnumMap<>(LpStatus.class);
        for (LpStatus s : statuses) {
            if (s != LpStatus.OPTIMAL) {
                counts.merge(s, 1L, Long::sum);
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        long failed = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder b = new StringBuilder("carbonledger: ").append(failed).append(" of ")
                .append(statuses.size()).append(' ').append(what).append(" have no value (");
        String sep = "";
        for (var e : counts.entrySet()) {
            b.append(sep).append(e.getValue()).append(' ').append(e.getKey().label());
            sep = ", ";
        }
        return b.append("); see the status and note columns").toString();
    }

}
