package org.carbonledger.energy;

import java.util.List;
import java.util.Objects;

/**
 * Avoided energy use over a reporting period: per period the metered energy, the adjusted
 * baseline (the baseline model under the reporting period's conditions), the savings and their
 * CUSUM; in total the savings, their fraction of the adjusted baseline and the ASHRAE Guideline 14
 * fractional savings uncertainty. Savings are positive when less energy was used than the
 * baseline predicts. Immutable and thread-safe; arrays are copied out.
 *
 * @param model the baseline model label
 * @param periods reporting period labels
 * @param actual metered energy per period
 * @param adjustedBaseline predicted energy per period
 * @param savings adjusted baseline minus actual, per period
 * @param cusum running sum of the savings
 * @param totalActual Σ actual
 * @param totalAdjustedBaseline Σ adjusted baseline
 * @param totalSavings Σ savings
 * @param savingsFraction F = total savings / total adjusted baseline
 * @param fractionalUncertainty ΔS/S at {@code confidence}; +∞ when there are no savings
 * @param absoluteUncertainty ΔS = fractional uncertainty × |total savings|
 * @param confidence the confidence level of the uncertainty
 * @param residualAutocorrelation ρ of the baseline residuals
 * @param effectivePoints n' = n (1 − ρ)/(1 + ρ)
 * @param baselineMeetsCriteria whether the baseline's CV(RMSE) and NMBE meet the criteria
 * @param uncertaintyMeetsCriteria whether ΔS/S is within the criteria
 */
public record SavingsReport(String model, List<String> periods, double[] actual, double[] adjustedBaseline,
        double[] savings, double[] cusum, double totalActual, double totalAdjustedBaseline, double totalSavings,
        double savingsFraction, double fractionalUncertainty, double absoluteUncertainty, double confidence,
        double residualAutocorrelation, double effectivePoints, boolean baselineMeetsCriteria,
        boolean uncertaintyMeetsCriteria) {

    /** Copies the arrays in. */
    public SavingsReport {
        Objects.requireNonNull(periods, "periods");
        periods = List.copyOf(periods);
        actual = actual.clone();
        adjustedBaseline = adjustedBaseline.clone();
        savings = savings.clone();
        cusum = cusum.clone();
    }

    @Override
    public double[] actual() {
        return actual.clone();
    }

    @Override
    public double[] adjustedBaseline() {
        return adjustedBaseline.clone();
    }

    @Override
    public double[] savings() {
        return savings.clone();
    }

    @Override
    public double[] cusum() {
        return cusum.clone();
    }
}
