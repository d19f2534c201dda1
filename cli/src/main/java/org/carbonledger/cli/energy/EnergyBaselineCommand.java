package org.carbonledger.cli.energy;

import org.carbonledger.cli.CommandOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.carbonledger.energy.Ashrae14Criteria;
import org.carbonledger.energy.Baseline;
import org.carbonledger.energy.BaselineModel;
import org.carbonledger.energy.EnergyData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonledger energy baseline} (docs/design.md §6, contract v1): fits an energy baseline to a
 * CSV of periods and writes its coefficients and goodness of fit.
 *
 * <p>JSON: {@code model}, {@code n}, {@code p} (fitted parameters including the intercept and any
 * balance points), {@code coefficients} ({@code intercept} and one per variable; change-point
 * models add slopes and balance points), {@code r2}, {@code adj_r2}, {@code cv_rmse} and
 * {@code nmbe} (fractions, n − p degrees of freedom as in ASHRAE Guideline 14), {@code t_stats},
 * {@code p_values}; then added fields: {@code standard_errors}, {@code rmse}, {@code criteria},
 * {@code variable_ranges} (each variable's {@code min} and {@code max} over the baseline) and
 * {@code flags} (labels of {@link org.carbonledger.energy.EnergyFlag}). CSV:
 * {@code name,value,std_error,t_stat,p_value}, one row per statistic and coefficient, and a last
 * row {@code flags}. Exit status 0 success (a fit outside the ASHRAE 14 criteria, or any other
 * flag, is a warning on stderr and a flag in the result), 1 fatal (bad file or data, negative or
 * all-zero energy, values too large or small for double precision, too few points, collinear
 * variables), 2 usage.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fits an energy baseline: OLS on relevant variables, or a 3- or 5-parameter change-point"
                + " model against temperature with the balance point(s) found by search.",
            "Data CSV: one row per period; a period column (YYYY, YYYY-MM or YYYY-MM-DD) is checked for gaps."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "1:fatal error (bad file or data)", "2:usage error"})
public final class EnergyBaselineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    BaselineOptions options;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "Baseline period data.")
    Path data;

    /** Creates the command (picocli instantiates it). */
    public EnergyBaselineCommand() {
        // options are injected
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        EnergyCli.checkFormat(cl, options.format);
        BaselineModel m = EnergyCli.model(cl, options.model);
        List<String> columns = EnergyCli.columns(cl, m, options.variables, options.temperature);
        Ashrae14Criteria criteria = criteria(cl, options.maxCvRmse, options.maxNmbe, 0.5, 0.68);
        return CommandOutput.run(cl, () -> {
            EnergyData d = EnergyCli.read(data, options.energy, columns);
            Baseline b = EnergyCli.fit(d, m, options.variables, options.temperature);
            if (!b.fit().meets(criteria)) {
                CommandOutput.warn(cl, "the baseline does not meet the ASHRAE Guideline 14 criteria: CV(RMSE) "
                        + b.fit().cvRmse() + " (max " + criteria.maxCvRmse() + "), NMBE " + b.fit().nmbe() + " (max ±"
                        + criteria.maxAbsNmbe() + ")");
            }
            EnergyCli.warnFlags(cl, b);
            CommandOutput.write(cl, options.output, java.util.List.of(data), w -> {
                if (options.format.equals("json")) {
                    var mapper = CommandOutput.json();
                    mapper.writeValue(w, EnergyCli.baselineJson(mapper, b, criteria));
                    w.write('\n');
                } else {
                    EnergyCli.baselineCsv(w, b, criteria);
                }
            });
            CommandOutput.warn(cl, b.model().label() + " baseline of " + options.energy + " on "
                    + String.join(", ", b.variables())
                    + ": n = " + b.n() + ", p = " + b.p() + ", R² = " + b.fit().r2() + ", CV(RMSE) = " + b.fit().cvRmse()
                    + (options.output != null ? "; result in " + options.output : ""));
            return 0;
        });
    }

    static Ashrae14Criteria criteria(CommandLine cl, double cv, double nmbe, double fsu, double confidence) {
        try {
            return new Ashrae14Criteria(cv, nmbe, fsu, confidence);
        } catch (IllegalArgumentException e) {
            throw EnergyCli.usage(cl, e.getMessage());
        }
    }
}
