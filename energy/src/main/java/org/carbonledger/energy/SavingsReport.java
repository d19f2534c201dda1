package org.carbonledger.energy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Avoided energy use over a reporting period: per period the metered energy, the adjusted
 * baseline (the baseline model under the reporting period's conditions), the savings and their
 * CUSUM; in total the savings, their fraction of the adjusted baseline and the ASHRAE Guideline 14
 * fractional savings uncertainty. Savings are positive when less energy was used than the
 * baseline predicts. What qualifies the result is in {@link #flags()} (for the report) and
 * {@link #periodFlags(int)} (per period), with the extrapolated conditions listed in
 * {@link #extrapolations()}. Immutable and thread-safe; arrays are copied out.
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
 * @param flags what qualifies the report as a whole (docs/energy.md, "Refusals and flags")
 * @param extrapolations each reporting period's variable that lies outside the baseline's range,
 *     in period order
 */
// Array components on purpose: the series are copied in (compact constructor) and out (the accessors below),
// so the record stays immutable; equality by identity of the arrays is not used.
@SuppressWarnings("ArrayRecordComponent")
public record SavingsReport(String model, List<String> periods, double[] actual, double[] adjustedBaseline,
        double[] savings, double[] cusum, double totalActual, double totalAdjustedBaseline, double totalSavings,
        double savingsFraction, double fractionalUncertainty, double absoluteUncertainty, double confidence,
        double residualAutocorrelation, double effectivePoints, boolean baselineMeetsCriteria,
        boolean uncertaintyMeetsCriteria, Set<EnergyFlag> flags, List<Extrapolation> extrapolations) {

    /**
     * A reporting period's variable outside the range it spanned in the baseline data: the adjusted
     * baseline of that period extrapolates the model.
     *
     * @param period the reporting period
     * @param variable the variable
     * @param value its value in the reporting period
     * @param baselineMin its smallest value in the baseline data
     * @param baselineMax its largest value in the baseline data
     */
    public record Extrapolation(String period, String variable, double value, double baselineMin,
            double baselineMax) {
    }

    /** Copies the arrays and collections in. */
    public SavingsReport {
        Objects.requireNonNull(periods, "periods");
        periods = List.copyOf(periods);
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(extrapolations, "extrapolations");
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        extrapolations = List.copyOf(extrapolations);
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

    /**
     * The flags of one reporting period: {@link EnergyFlag#OUTSIDE_BASELINE_RANGE} when one of its
     * variables lies outside the baseline's range, {@link EnergyFlag#NEGATIVE_ADJUSTED_BASELINE}
     * when the model predicts negative energy for it.
     *
     * @param i the period's index in {@link #periods()}
     * @return the flags, possibly empty
     */
    public Set<EnergyFlag> periodFlags(int i) {
        Objects.checkIndex(i, periods.size());
        Set<EnergyFlag> out = EnumSet.noneOf(EnergyFlag.class);
        String period = periods.get(i);
        if (extrapolations.stream().anyMatch(e -> e.period().equals(period))) {
            out.add(EnergyFlag.OUTSIDE_BASELINE_RANGE);
        }
        if (adjustedBaseline[i] < 0) {
            out.add(EnergyFlag.NEGATIVE_ADJUSTED_BASELINE);
        }
        return Collections.unmodifiableSet(out);
    }
}
