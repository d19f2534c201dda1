package org.carbonledger.cli.energy;

import org.carbonledger.cli.CommandOutput;
import org.carbonledger.cli.FatalException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.carbonledger.energy.Ashrae14Criteria;
import org.carbonledger.energy.Baseline;
import org.carbonledger.energy.BaselineModel;
import org.carbonledger.energy.EnergyData;
import org.carbonledger.energy.EnergyFlag;
import org.carbonledger.energy.InvalidEnergyDataException;
import org.carbonledger.energy.Savings;
import org.carbonledger.energy.SavingsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonledger energy savings}: fits a baseline on one CSV and reports avoided energy use
 * over a reporting period in another (IPMVP; ISO 50015): per period the metered energy, the
 * adjusted baseline, the savings and their CUSUM; in total the savings, their fraction of the
 * adjusted baseline and the ASHRAE Guideline 14 fractional savings uncertainty.
 *
 * <p>JSON: {@code baseline} (as {@code energy baseline} writes it), {@code periods} (one object per
 * reporting period: {@code period}, {@code actual}, {@code adjusted_baseline}, {@code savings},
 * {@code cusum}), {@code totals} ({@code actual}, {@code adjusted_baseline}, {@code savings},
 * {@code savings_fraction}, {@code fractional_uncertainty}, {@code absolute_uncertainty},
 * {@code confidence}, {@code residual_autocorrelation}, {@code effective_points}), {@code criteria};
 * then added: {@code flags} (the report's flag labels), {@code periods[i].flags},
 * {@code extrapolations} ({@code period}, {@code variable}, {@code value}, {@code baseline_min},
 * {@code baseline_max}). CSV: {@code period,actual,adjusted_baseline,savings,cusum,flags}. Exit
 * status 0 (flags are warnings on stderr and fields of the result), 1 fatal (as for
 * {@code energy baseline}, and a reporting period that overlaps or precedes the baseline or is of
 * another granularity, or whose adjusted baseline is not finite or not positive in total), 2 usage.
 */
@Command(name = "savings", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Avoided energy use of a reporting period against a baseline fitted on another period,"
                + " with CUSUM and the ASHRAE Guideline 14 fractional savings uncertainty.",
            "Both CSVs have the energy column and every variable; savings = adjusted baseline - actual."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "1:fatal error (bad file or data)", "2:usage error"})
public final class EnergySavingsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    BaselineOptions options;

    @Option(names = "--baseline", required = true, paramLabel = "FILE.csv", description = "Baseline period data.")
    Path baselineFile;

    @Option(names = "--reporting", required = true, paramLabel = "FILE.csv", description = "Reporting period data.")
    Path reportingFile;

    @Option(names = "--confidence", defaultValue = "0.68", paramLabel = "LEVEL",
            description = "Confidence level of the savings uncertainty (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--max-uncertainty", defaultValue = "0.5", paramLabel = "FRACTION",
            description = "ASHRAE 14 fractional savings uncertainty threshold (default: ${DEFAULT-VALUE}).")
    double maxUncertainty;

    /** Creates the command (picocli instantiates it). */
    public EnergySavingsCommand() {
        // options are injected
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        EnergyCli.checkFormat(cl, options.format);
        BaselineModel m = EnergyCli.model(cl, options.model);
        List<String> columns = EnergyCli.columns(cl, m, options.variables, options.temperature);
        Ashrae14Criteria criteria = EnergyBaselineCommand.criteria(cl, options.maxCvRmse, options.maxNmbe,
                maxUncertainty, confidence);
        return CommandOutput.run(cl, () -> {
            EnergyData base = EnergyCli.read(baselineFile, options.energy, columns);
            EnergyData rep = EnergyCli.read(reportingFile, options.energy, columns);
            Baseline b = EnergyCli.fit(base, m, options.variables, options.temperature);
            SavingsReport r;
            try {
                r = Savings.avoidedEnergyUse(b, rep, criteria);
            } catch (InvalidEnergyDataException e) {
                throw new FatalException(withRow(e, rep).getMessage());
            }
            if (!r.baselineMeetsCriteria()) {
                CommandOutput.warn(cl, "the baseline does not meet the ASHRAE Guideline 14 criteria: CV(RMSE) "
                        + b.fit().cvRmse() + ", NMBE " + b.fit().nmbe());
            }
            if (!r.uncertaintyMeetsCriteria()) {
                CommandOutput.warn(cl, "the savings uncertainty " + r.fractionalUncertainty() + " at " + confidence
                        + " confidence exceeds " + maxUncertainty + " of the savings (ASHRAE Guideline 14)");
            }
            EnergyCli.warnFlags(cl, b);
            warnFlags(cl, r);
            CommandOutput.write(cl, options.output, java.util.List.of(baselineFile, reportingFile), w -> {
                if (options.format.equals("json")) {
                    var mapper = CommandOutput.json();
                    ObjectNode root = mapper.createObjectNode();
                    root.set("baseline", EnergyCli.baselineJson(mapper, b, criteria));
                    ArrayNode periods = root.putArray("periods");
                    double[] a = r.actual();
                    double[] e = r.adjustedBaseline();
                    double[] s = r.savings();
                    double[] c = r.cusum();
                    for (int i = 0; i < a.length; i++) {
                        ObjectNode p = periods.addObject();
                        p.put("period", r.periods().get(i));
                        EnergyCli.put(p, "actual", a[i]);
                        EnergyCli.put(p, "adjusted_baseline", e[i]);
                        EnergyCli.put(p, "savings", s[i]);
                        EnergyCli.put(p, "cusum", c[i]);
                        EnergyCli.flags(p, r.periodFlags(i));
                    }
                    ObjectNode t = root.putObject("totals");
                    EnergyCli.put(t, "actual", r.totalActual());
                    EnergyCli.put(t, "adjusted_baseline", r.totalAdjustedBaseline());
                    EnergyCli.put(t, "savings", r.totalSavings());
                    EnergyCli.put(t, "savings_fraction", r.savingsFraction());
                    EnergyCli.put(t, "fractional_uncertainty", r.fractionalUncertainty());
                    EnergyCli.put(t, "absolute_uncertainty", r.absoluteUncertainty());
                    EnergyCli.put(t, "confidence", r.confidence());
                    EnergyCli.put(t, "residual_autocorrelation", r.residualAutocorrelation());
                    EnergyCli.put(t, "effective_points", r.effectivePoints());
                    ObjectNode k = root.putObject("criteria");
                    k.put("source", "ASHRAE Guideline 14 (see docs/energy.md)");
                    k.put("max_fractional_uncertainty", criteria.maxFractionalUncertainty());
                    k.put("baseline_meets", r.baselineMeetsCriteria());
                    k.put("uncertainty_meets", r.uncertaintyMeetsCriteria());
                    EnergyCli.flags(root, r.flags());
                    ArrayNode x = root.putArray("extrapolations");
                    for (SavingsReport.Extrapolation out : r.extrapolations()) {
                        ObjectNode o = x.addObject();
                        o.put("period", out.period());
                        o.put("variable", out.variable());
                        EnergyCli.put(o, "value", out.value());
                        EnergyCli.put(o, "baseline_min", out.baselineMin());
                        EnergyCli.put(o, "baseline_max", out.baselineMax());
                    }
                    mapper.writeValue(w, root);
                    w.write('\n');
                } else {
                    w.write("period,actual,adjusted_baseline,savings,cusum,flags\n");
                    double[] a = r.actual();
                    double[] e = r.adjustedBaseline();
                    double[] s = r.savings();
                    double[] c = r.cusum();
                    for (int i = 0; i < a.length; i++) {
                        w.write(CommandOutput.cell(r.periods().get(i)) + "," + CommandOutput.number(a[i]) + ","
                                + CommandOutput.number(e[i]) + "," + CommandOutput.number(s[i]) + ","
                                + CommandOutput.number(c[i]) + "," + EnergyCli.labels(r.periodFlags(i)) + "\n");
                    }
                }
            });
            CommandOutput.warn(cl, "savings " + r.totalSavings() + " " + options.energy + " (" + r.savingsFraction()
                    + " of the adjusted baseline) ± " + r.absoluteUncertainty() + " at " + confidence + " confidence over "
                    + r.periods().size() + " periods" + (options.output != null ? "; result in " + options.output : ""));
            return 0;
        });
    }

    /**
     * Adds the row to a refusal that names a reporting period but no row. The reader gives one
     * period per record and refuses blank records, so period i is on row i + 2 (header = 1, a
     * record that spans lines counting once).
     */
    private static InvalidEnergyDataException withRow(InvalidEnergyDataException e, EnergyData reporting) {
        int i = e.row() == 0 && "period".equals(e.column()) ? reporting.periods().indexOf(e.value()) : -1;
        if (i < 0) {
            return e;
        }
        String reason = e.getMessage().substring(e.getMessage().indexOf("': ") + 3);
        return new InvalidEnergyDataException(e.source(), i + 2L, e.column(), e.value(), reason);
    }

    /** Says on stderr what the report's own flags mean, one line each. */
    private static void warnFlags(CommandLine cl, SavingsReport r) {
        if (r.flags().contains(EnergyFlag.OUTSIDE_BASELINE_RANGE)) {
            SavingsReport.Extrapolation e = r.extrapolations().get(0);
            long periods = r.extrapolations().stream().map(SavingsReport.Extrapolation::period).distinct().count();
            CommandOutput.warn(cl, "flag outside_baseline_range: in " + periods + " of " + r.periods().size()
                    + " reporting periods a variable lies outside the baseline's range, so the adjusted baseline is"
                    + " extrapolated (first: " + e.period() + ", " + e.variable() + " = " + e.value() + ", baseline "
                    + e.baselineMin() + " to " + e.baselineMax() + "); see extrapolations in the JSON result");
        }
        if (r.flags().contains(EnergyFlag.NEGATIVE_ADJUSTED_BASELINE)) {
            CommandOutput.warn(cl, "flag negative_adjusted_baseline: the model predicts negative energy for some reporting"
                    + " periods; their savings are not physical");
        }
        if (r.flags().contains(EnergyFlag.PERIOD_ORDER_UNCHECKED)) {
            CommandOutput.warn(cl, "flag period_order_unchecked: without a period column (YYYY, YYYY-MM or YYYY-MM-DD) in"
                    + " both files, that the reporting period follows the baseline could not be checked");
        }
    }
}
