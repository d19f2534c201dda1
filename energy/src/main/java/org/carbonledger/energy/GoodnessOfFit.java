package org.carbonledger.energy;

import java.util.Objects;

/**
 * How well a baseline model fits its data: R², adjusted R², RMSE, CV(RMSE) and NMBE.
 *
 * <p>With n points, p fitted parameters (the intercept and, for change-point models, the balance
 * points included), observed y, fitted ŷ and mean ȳ, as defined by ASHRAE Guideline 14 (the
 * definitions of CV(RMSE) and NMBE with n − p degrees of freedom; docs/design.md §6):
 * <ul>
 * <li>R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²;
 * <li>adjusted R² = 1 − (1 − R²)(n − 1)/(n − p);
 * <li>RMSE = √(Σ(y − ŷ)²/(n − p));
 * <li>CV(RMSE) = RMSE / ȳ, a fraction (0.05 = 5 %);
 * <li>NMBE = Σ(y − ŷ) / ((n − p) ȳ), a fraction.
 * </ul>
 * Where a statistic is undefined it is NaN, never a number that reads as a verdict: R² and adjusted
 * R² when the observations do not vary (SST = 0; R² = 1 there would claim a perfect explanation
 * of no variation), CV(RMSE) and NMBE when ȳ ≤ 0 (they express the error as a fraction of mean
 * consumption; a negative ȳ would turn a large error into a negative CV(RMSE) that passes any
 * threshold). {@link #meets} is false when either criterion's statistic is NaN.
 * Immutable and thread-safe.
 *
 * @param n the number of points
 * @param p the number of fitted parameters, intercept included
 * @param r2 the coefficient of determination
 * @param adjustedR2 R² adjusted for p
 * @param rmse root mean squared error with n − p degrees of freedom, in energy units
 * @param cvRmse CV(RMSE), a fraction
 * @param nmbe NMBE, a fraction
 * @param meanEnergy ȳ
 */
public record GoodnessOfFit(int n, int p, double r2, double adjustedR2, double rmse, double cvRmse, double nmbe,
        double meanEnergy) {

    /**
     * Computes the statistics of a fit.
     *
     * @param y observed values
     * @param fitted fitted values, one per observation
     * @param p the number of fitted parameters, intercept included; less than {@code y.length}
     * @return the statistics, NaN where undefined (see the class description)
     * @throws IllegalArgumentException if the lengths differ or n ≤ p
     */
    public static GoodnessOfFit of(double[] y, double[] fitted, int p) {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(fitted, "fitted");
        int n = y.length;
        if (fitted.length != n) {
            throw new IllegalArgumentException("fitted values: " + fitted.length + " for " + n + " observations");
        }
        if (n <= p) {
            throw new IllegalArgumentException("n = " + n + " points cannot support p = " + p + " parameters");
        }
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double sse = 0;
        double sst = 0;
        double bias = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - fitted[i];
            sse += r * r;
            bias += r;
            sst += (y[i] - mean) * (y[i] - mean);
        }
        double r2 = sst == 0 ? Double.NaN : 1 - sse / sst;
        double adj = 1 - (1 - r2) * (n - 1) / (double) (n - p);
        double rmse = Math.sqrt(sse / (n - p));
        boolean normalisable = mean > 0;
        return new GoodnessOfFit(n, p, r2, adj, rmse, normalisable ? rmse / mean : Double.NaN,
                normalisable ? bias / ((n - p) * mean) : Double.NaN, mean);
    }

    /**
     * Tells whether the fit meets acceptance criteria.
     *
     * @param criteria the thresholds
     * @return true if CV(RMSE) and |NMBE| are defined and within them
     */
    public boolean meets(Ashrae14Criteria criteria) {
        // NaN compares false, so an undefined statistic never meets a threshold
        return cvRmse <= criteria.maxCvRmse() && Math.abs(nmbe) <= criteria.maxAbsNmbe();
    }
}
