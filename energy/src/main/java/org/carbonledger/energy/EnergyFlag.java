package org.carbonledger.energy;

/**
 * A qualification of a baseline or savings result that does not stop the calculation but that a
 * reader of the result must see (docs/energy.md, "Refusals and flags"). Each flag has a stable
 * label, written into results as is, and a meaning.
 *
 * <p>What is refused instead (an {@link InvalidEnergyDataException}): negative energy, a baseline
 * whose mean energy is not positive (CV(RMSE) and NMBE divide by it), values whose squares
 * overflow or underflow, a reporting period that overlaps or precedes the baseline period or is
 * of another granularity.
 */
public enum EnergyFlag {
    /**
     * The baseline's energy is the same in every period. R² = 1 − SSE/SST divides by SST = 0 and
     * is undefined (reported as missing, never as 1); readings that never change are more often
     * estimated bills or a stuck meter than a real load.
     */
    ENERGY_CONSTANT("energy_constant"),
    /** The baseline's CV(RMSE) or |NMBE| exceeds the criteria it was judged by. */
    BASELINE_CRITERIA_NOT_MET("baseline_criteria_not_met"),
    /** The fractional savings uncertainty exceeds the criteria's limit (or is infinite: no savings). */
    UNCERTAINTY_CRITERIA_NOT_MET("uncertainty_criteria_not_met"),
    /**
     * A reporting period's variable lies outside the range the baseline observed, so the adjusted
     * baseline there is an extrapolation of the model, not a prediction within its data.
     */
    OUTSIDE_BASELINE_RANGE("outside_baseline_range"),
    /** The model predicts negative energy for a reporting period; the savings there are not physical. */
    NEGATIVE_ADJUSTED_BASELINE("negative_adjusted_baseline"),
    /**
     * The baseline or the reporting period has no dated periods (labels other than {@code YYYY},
     * {@code YYYY-MM} or {@code YYYY-MM-DD}), so that the reporting period follows the baseline
     * could not be checked.
     */
    PERIOD_ORDER_UNCHECKED("period_order_unchecked");

    private final String label;

    EnergyFlag(String label) {
        this.label = label;
    }

    /** @return the label written into results, such as {@code outside_baseline_range} */
    public String label() {
        return label;
    }
}
