package org.carbonledger.energy;

/**
 * Acceptance thresholds for a baseline model and its savings, after ASHRAE Guideline 14
 * (<i>Measurement of Energy, Demand, and Water Savings</i>), as settings: a user may set other
 * values (a contract or programme may require them).
 *
 * <p>The defaults, {@link #monthly()}, are CV(RMSE) ≤ 15 %, |NMBE| ≤ 5 % and a fractional
 * savings uncertainty ≤ 50 % at 68 % confidence. Sources and what could be verified here:
 * <ul>
 * <li>15 % / 5 % for monthly data (30 % / 10 % for hourly, {@link #hourly()}) are the Guideline's
 * calibration criteria for a computer model (ASHRAE Guideline 14-2014, calibrated simulation,
 * the sentence "The computer model shall have an NMBE of 5% and a CV(RMSE) of 15% relative to
 * monthly calibration data. If hourly calibration data are used, these requirements shall be 10%
 * and 30%, respectively."). The text was seen only as quoted by third parties; the clause number
 * could not be verified here, so none is given. Practitioners apply the same thresholds to
 * regression baselines; the Guideline's own whole-building regression criteria (recalled as a
 * CV(RMSE) of 20 % to 30 % depending on the length of the reporting period) could not be verified
 * and are not used as defaults.
 * <li>50 % at 68 % confidence for the savings uncertainty is the Guideline's requirement for
 * whole-building savings ("the level of uncertainty must be less than 50 % of the annual
 * reported savings at a confidence level of 68 %"), likewise seen only as quoted.
 * </ul>
 * Immutable and thread-safe.
 *
 * @param maxCvRmse the largest acceptable CV(RMSE), a fraction
 * @param maxAbsNmbe the largest acceptable |NMBE|, a fraction
 * @param maxFractionalUncertainty the largest acceptable fractional savings uncertainty
 * @param confidence the confidence level at which the savings uncertainty is judged, in (0, 1)
 */
public record Ashrae14Criteria(double maxCvRmse, double maxAbsNmbe, double maxFractionalUncertainty,
        double confidence) {

    /** Validates the thresholds. */
    public Ashrae14Criteria {
        if (!(maxCvRmse > 0) || !(maxAbsNmbe > 0) || !(maxFractionalUncertainty > 0)) {
            throw new IllegalArgumentException("thresholds must be positive: CV(RMSE) " + maxCvRmse + ", NMBE "
                    + maxAbsNmbe + ", savings uncertainty " + maxFractionalUncertainty);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
    }

    /** @return the defaults for monthly data: CV(RMSE) 0.15, |NMBE| 0.05, uncertainty 0.50 at 68 % */
    public static Ashrae14Criteria monthly() {
        return new Ashrae14Criteria(0.15, 0.05, 0.50, 0.68);
    }

    /** @return the thresholds for hourly data: CV(RMSE) 0.30, |NMBE| 0.10, uncertainty 0.50 at 68 % */
    public static Ashrae14Criteria hourly() {
        return new Ashrae14Criteria(0.30, 0.10, 0.50, 0.68);
    }
}
