package org.carbonledger.energy;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The fractional savings uncertainty of ASHRAE Guideline 14 for savings determined with a
 * regression baseline (Annex B; after Reddy and Claridge 2000):
 *
 * <pre>
 *   ΔS/S = t · 1.26 · CV(RMSE) · √( (n/n') · (1 + 2/n') · (1/m) ) / F
 * </pre>
 *
 * where n is the number of baseline periods, m the number of reporting periods, F = S / Ê the
 * savings as a fraction of the adjusted baseline over the reporting period, CV(RMSE) the
 * baseline's (n − p degrees of freedom), t Student's two-sided critical value at the chosen
 * confidence with n − p degrees of freedom, and n' = n (1 − ρ)/(1 + ρ) the effective number of
 * points when the baseline residuals have a positive lag-1 autocorrelation ρ (n' = n when ρ ≤ 0).
 * 1.26 is the Guideline's empirical coefficient for monthly data.
 *
 * <p>Verification: the formula was checked against three independent third-party statements of
 * it (ECAM v4's implementation, and two M&amp;V codes citing the 2002 edition) that agree with
 * each other; the Guideline's own text, its equation number and whether its t uses n − p or
 * n' − p degrees of freedom could not be read here. We use n − p. Stateless and thread-safe.
 */
public final class SavingsUncertainty {
    /** ASHRAE Guideline 14's empirical coefficient in the savings uncertainty of monthly models. */
    public static final double MONTHLY_COEFFICIENT = 1.26;

    private SavingsUncertainty() {
    }

    /**
     * The effective number of baseline points under autocorrelation, n' = n (1 − ρ)/(1 + ρ).
     *
     * @param n baseline points
     * @param rho lag-1 autocorrelation of the residuals; values ≤ 0 give n
     * @return n'
     */
    public static double effectivePoints(int n, double rho) {
        return rho > 0 ? n * (1 - rho) / (1 + rho) : n;
    }

    /**
     * Student's two-sided critical value.
     *
     * @param confidence in (0, 1), such as 0.68 or 0.90
     * @param degreesOfFreedom positive
     * @return t such that P(|T| ≤ t) = confidence
     */
    public static double criticalT(double confidence, double degreesOfFreedom) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability((1 + confidence) / 2);
    }

    /**
     * The fractional savings uncertainty ΔS/S (see the class description).
     *
     * @param cvRmse the baseline's CV(RMSE), a fraction
     * @param n baseline points
     * @param p baseline parameters
     * @param m reporting periods, positive
     * @param savingsFraction F = S / Ê; its sign is ignored
     * @param confidence in (0, 1)
     * @param rho lag-1 autocorrelation of the baseline residuals
     * @return ΔS/S; +∞ when F = 0
     */
    public static double fractional(double cvRmse, int n, int p, int m, double savingsFraction, double confidence,
            double rho) {
        if (m <= 0 || n <= p) {
            throw new IllegalArgumentException("need m > 0 reporting periods and n > p: m = " + m + ", n = " + n
                    + ", p = " + p);
        }
        if (savingsFraction == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double nPrime = effectivePoints(n, rho);
        double t = criticalT(confidence, n - p);
        return t * MONTHLY_COEFFICIENT * cvRmse * Math.sqrt((n / nPrime) * (1 + 2 / nPrime) / m)
                / Math.abs(savingsFraction);
    }
}
