package org.carbonledger.examples.energy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonledger.energy.Ashrae14Criteria;
import org.carbonledger.energy.Baseline;
import org.carbonledger.energy.BaselineFitter;
import org.carbonledger.energy.EnergyData;
import org.carbonledger.energy.EnergyDataCsvReader;
import org.carbonledger.energy.EnergyPerformanceIndicators;
import org.carbonledger.energy.Savings;
import org.carbonledger.energy.SavingsReport;

/**
 * A plant's energy savings after an efficiency measure: two years of monthly electricity (kWh),
 * production (tonnes) and heating degree days in {@code examples/data/plant-monthly-energy.csv}.
 * The first year is the baseline (OLS on tonnes and degree days, ISO 50006); the second is the
 * reporting period, whose avoided energy use, CUSUM and ASHRAE Guideline 14 savings uncertainty
 * are printed.
 *
 * <p>Run: {@code java -cp ... org.carbonledger.examples.energy.PlantEnergySavings
 * examples/data/plant-monthly-energy.csv}
 */
public final class PlantEnergySavings {
    private PlantEnergySavings() {
    }

    /**
     * Runs the example.
     *
     * @param file the monthly data
     * @param out where to print
     * @return the savings report
     */
    public static SavingsReport run(Path file, PrintStream out) {
        EnergyData all = EnergyDataCsvReader.read(file, "electricity_kwh", List.of("tonnes", "hdd"));
        EnergyData baseline = slice(all, 0, 12);
        EnergyData reporting = slice(all, 12, all.size());
        Baseline model = BaselineFitter.ols(baseline, List.of("tonnes", "hdd"));
        out.printf("baseline %s to %s: E = %.1f + %.2f × tonnes + %.2f × hdd%n", baseline.periods().get(0),
                baseline.periods().get(11), model.coefficients().get("intercept"), model.coefficients().get("tonnes"),
                model.coefficients().get("hdd"));
        out.printf("  n = %d, p = %d, R² = %.3f, CV(RMSE) = %.3f, NMBE = %.4f, meets ASHRAE 14: %s%n", model.n(),
                model.p(), model.fit().r2(), model.fit().cvRmse(), model.fit().nmbe(),
                model.fit().meets(Ashrae14Criteria.monthly()));
        SavingsReport r = Savings.avoidedEnergyUse(model, reporting, Ashrae14Criteria.monthly());
        double[] enpi = EnergyPerformanceIndicators.regression(model, reporting);
        out.println("period    actual kWh  adjusted baseline  savings     CUSUM      EnPI");
        for (int i = 0; i < r.periods().size(); i++) {
            out.printf("%-9s %10.0f %18.0f %9.0f %10.0f %8.3f%n", r.periods().get(i), r.actual()[i],
                    r.adjustedBaseline()[i], r.savings()[i], r.cusum()[i], enpi[i]);
        }
        out.printf("savings %.0f kWh (%.1f %% of the adjusted baseline) ± %.0f kWh at %.0f %% confidence"
                + " (fractional uncertainty %.3f; ASHRAE 14 limit 0.5: %s)%n", r.totalSavings(),
                100 * r.savingsFraction(), r.absoluteUncertainty(), 100 * r.confidence(), r.fractionalUncertainty(),
                r.uncertaintyMeetsCriteria() ? "met" : "not met");
        return r;
    }

    static EnergyData slice(EnergyData d, int from, int to) {
        Map<String, double[]> v = new LinkedHashMap<>();
        for (String name : d.variableNames()) {
            v.put(name, Arrays.copyOfRange(d.variable(name), from, to));
        }
        return EnergyData.of(d.source(), new ArrayList<>(d.periods().subList(from, to)), d.energyName(),
                Arrays.copyOfRange(d.energy(), from, to), v);
    }

    /**
     * Runs the example on a file.
     *
     * @param args the data file (default {@code examples/data/plant-monthly-energy.csv}, from the repository root)
     */
    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "examples/data/plant-monthly-energy.csv"), System.out);
    }
}
