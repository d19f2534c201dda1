package org.carbonledger.energy;

import java.util.Objects;

/**
 * Energy savings against a baseline: avoided energy use (the baseline adjusted to the reporting
 * period's conditions) and normalised savings (both periods' models under standard conditions).
 *
 * <p>Avoided energy use (IPMVP Core Concepts, "avoided energy consumption"; ISO 50015:2014;
 * ASHRAE Guideline 14): Sᵢ = Êᵢ − Eᵢ, where Êᵢ is the baseline model's prediction for the
 * reporting period's conditions and Eᵢ the metered energy; the total is Σ Sᵢ and F = Σ Sᵢ / Σ Êᵢ.
 * Normalised savings (IPMVP "normalized savings"; ISO 50006:2014 §6 normalisation to standard
 * conditions): S = Σ f_baseline(standard) − Σ f_reporting(standard). Stateless and thread-safe.
 */
public final class Savings {
    private Savings() {
    }

    /**
     * Avoided energy use over a reporting period, with its CUSUM and uncertainty.
     *
     * @param baseline the baseline model
     * @param reporting the reporting period: metered energy and every variable the baseline needs
     * @param criteria the ASHRAE 14 thresholds and the confidence level of the uncertainty
     * @return the report
     * @throws InvalidEnergyDataException if the reporting data lack a variable of the baseline
     */
    public static SavingsReport avoidedEnergyUse(Baseline baseline, EnergyData reporting, Ashrae14Criteria criteria) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(criteria, "criteria");
        if (reporting.size() == 0) {
            throw new InvalidEnergyDataException(reporting.source(), "the reporting period has no rows");
        }
        double[] expected = baseline.predict(reporting);
        double[] actual = reporting.energy();
        double[] savings = new double[actual.length];
        double totalActual = 0;
        double totalExpected = 0;
        double totalSavings = 0;
        for (int i = 0; i < actual.length; i++) {
            savings[i] = expected[i] - actual[i];
            totalActual += actual[i];
            totalExpected += expected[i];
        }
        double[] cusum = Cusum.of(savings);
        totalSavings = cusum[cusum.length - 1];
        double f = totalSavings / totalExpected;
        GoodnessOfFit fit = baseline.fit();
        double rho = baseline.residualAutocorrelation();
        double fsu = SavingsUncertainty.fractional(fit.cvRmse(), fit.n(), fit.p(), actual.length, f,
                criteria.confidence(), rho);
        double abs = Double.isInfinite(fsu) ? Double.POSITIVE_INFINITY : fsu * Math.abs(totalSavings);
        return new SavingsReport(baseline.model().label(), reporting.periods(), actual, expected, savings, cusum,
                totalActual, totalExpected, totalSavings, f, fsu, abs, criteria.confidence(), rho,
                SavingsUncertainty.effectivePoints(fit.n(), rho), fit.meets(criteria),
                fsu <= criteria.maxFractionalUncertainty());
    }

    /**
     * Normalised savings: the baseline and reporting models both evaluated under standard
     * conditions, S = Σ f_baseline(standard) − Σ f_reporting(standard).
     *
     * @param baseline the model of the baseline period
     * @param reportingModel a model fitted to the reporting period, on the same variables
     * @param standardConditions the conditions to normalise to (a typical year, say); its energy
     *     series is not used
     * @return the savings in the energy unit of the models
     * @throws InvalidEnergyDataException if the conditions lack a variable of either model
     */
    public static double normalised(Baseline baseline, Baseline reportingModel, EnergyData standardConditions) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(reportingModel, "reportingModel");
        double s = 0;
        double[] b = baseline.predict(standardConditions);
        double[] r = reportingModel.predict(standardConditions);
        for (int i = 0; i < b.length; i++) {
            s += b[i] - r[i];
        }
        return s;
    }
}
