package org.carbonledger.energy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Fits energy baselines: ordinary least squares on relevant variables and change-point models
 * against temperature with the balance points found by search.
 *
 * <p>OLS (ISO 50006:2014 Annex C; ASHRAE Guideline 14 multivariate regression) uses Commons
 * Math's QR-based {@link OLSMultipleLinearRegression}: β = (XᵀX)⁻¹Xᵀy, standard errors
 * √(σ² (XᵀX)⁻¹ⱼⱼ) with σ² = Σ(y − ŷ)²/(n − p), tⱼ = βⱼ / se(βⱼ), two-sided p-values from
 * Student's t with n − p degrees of freedom.
 *
 * <p>Change-point models (Kissock, Haberl and Claridge 2003, ASHRAE RP-1050; CalTRACK methods
 * 2.0 §3.2, §3.4): for each candidate balance point the hinge terms (τₕ − T)⁺ and (T − τ꜀)⁺ are
 * built and fitted by OLS; the candidate with the least Σ(y − ŷ)² whose heating and cooling slopes
 * are positive wins. Candidates are a grid of {@value #GRID} steps over the observed temperature
 * range, keeping at least {@value #MIN_SIDE} points on each side of each balance point, refined by
 * a golden-section search within one grid step (CalTRACK searches a fixed grid in 1 °F steps;
 * searching the data's own range makes the method independent of the temperature unit).
 *
 * <p>Refused, with an {@link InvalidEnergyDataException} that says why: fewer than p + 1 points;
 * energy that is zero in every period (CV(RMSE) and NMBE divide by the mean energy, ASHRAE
 * Guideline 14; {@link EnergyData} already refuses negative energy); a column whose values are
 * too large or too close together for least squares in double precision (the sum of their squares
 * overflows, or their squared deviations underflow to zero although they differ); a constant
 * variable (collinear with the intercept); variables that are collinear with each other (the
 * smallest singular value of the standardised design is below 10⁻⁹ of the largest); a change-point
 * model whose data show no positive heating or cooling slope; a fit whose coefficients or
 * statistics come out non-finite. A fit is never returned with a missing coefficient.
 * Stateless and thread-safe.
 */
public final class BaselineFitter {
    /** Grid steps over the temperature range. */
    static final int GRID = 100;
    /** Fewest points on each side of a balance point. */
    static final int MIN_SIDE = 2;
    private static final double COLLINEAR = 1e-9;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private BaselineFitter() {
    }

    /**
     * Fits an OLS baseline, E = β₀ + Σ βⱼ xⱼ.
     *
     * @param data the baseline period
     * @param variables the relevant variables, each a variable of {@code data}; may be empty
     *     (a mean model)
     * @return the fitted baseline
     * @throws InvalidEnergyDataException for too few points, a constant or collinear variable
     */
    public static Baseline ols(EnergyData data, List<String> variables) {
        return fit(data, BaselineModel.OLS, variables, null);
    }

    /**
     * Fits a baseline of any form.
     *
     * @param data the baseline period
     * @param model the form
     * @param variables variables that enter linearly; for a change-point model the temperature
     *     is taken out of this list if present
     * @param temperature the temperature variable of a change-point model; ignored (may be null)
     *     for OLS
     * @return the fitted baseline
     * @throws InvalidEnergyDataException for too few points, a constant or collinear variable, a
     *     missing temperature, no positive heating or cooling dependence
     */
    public static Baseline fit(EnergyData data, BaselineModel model, List<String> variables, String temperature) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variables, "variables");
        List<String> linear = new ArrayList<>();
        for (String v : variables) {
            if (model != BaselineModel.OLS && v.equals(temperature)) {
                continue;
            }
            if (linear.contains(v)) {
                throw new InvalidEnergyDataException(data.source(), 0, v, null, "the variable is listed twice");
            }
            linear.add(v);
        }
        if (model != BaselineModel.OLS && temperature == null) {
            throw new InvalidEnergyDataException(data.source(), "the " + model.label()
                    + " model needs a temperature variable");
        }
        String temp = model == BaselineModel.OLS ? null : temperature;
        int p = 1 + linear.size() + model.changePointParameters();
        int n = data.size();
        if (n < p + 1) {
            throw new InvalidEnergyDataException(data.source(), "too few points for the " + model.label() + " model: "
                    + n + " periods for p = " + p + " parameters; it needs at least " + (p + 1)
                    + " (n − p ≥ 1 degrees of freedom), and far more for a useful baseline");
        }
        double[] y = data.energy();
        if (Arrays.stream(y).allMatch(v -> v == 0)) {
            throw new InvalidEnergyDataException(data.source(), 0, data.energyName(), "0", "the energy is zero in"
                    + " every period; CV(RMSE) and NMBE are fractions of the mean energy (ASHRAE Guideline 14) and"
                    + " are undefined, and a baseline of no consumption has no savings to measure");
        }
        checkScale(data.source(), data.energyName(), y);
        double[][] lin = new double[linear.size()][];
        for (int j = 0; j < linear.size(); j++) {
            lin[j] = data.variable(linear.get(j));
            checkScale(data.source(), linear.get(j), lin[j]);
        }
        checkCollinear(data.source(), linear, lin);
        Baseline b;
        if (model == BaselineModel.OLS) {
            b = finish(data, model, null, linear, lin, y, Double.NaN, Double.NaN, p);
        } else {
            double[] t = data.variable(temp);
            checkScale(data.source(), temp, t);
            if (constant(t)) {
                throw new InvalidEnergyDataException(data.source(), 0, temp, String.valueOf(t[0]),
                        "the temperature is the same in every period, so no balance point can be found");
            }
            double[] best = search(data.source(), model, temp, t, lin, y);
            b = finish(data, model, temp, linear, lin, y, best[0], best[1], p);
        }
        checkFinite(data, b);
        return b;
    }

    /**
     * Refuses a column that least squares in double precision cannot take: one whose sum of squares
     * overflows (values near 1e154 and beyond; the fit would return infinite or NaN coefficients),
     * or whose values differ but whose squared deviations underflow to zero (values near 1e-162
     * and below; the fit could not tell them apart). The bounds are those of IEEE 754 double
     * precision, not chosen thresholds.
     */
    private static void checkScale(String source, String name, double[] v) {
        double squares = 0;
        double largest = 0;
        for (double x : v) {
            squares += x * x;
            largest = Math.max(largest, Math.abs(x));
        }
        if (!Double.isFinite(squares)) {
            throw new InvalidEnergyDataException(source, 0, name, String.valueOf(largest), "the values are too large"
                    + " for a least-squares fit in double precision (their sum of squares overflows); rescale the"
                    + " column, e.g. to MWh or GJ rather than Wh or J");
        }
        if (constant(v)) {
            return;
        }
        double mean = Arrays.stream(v).average().orElse(0);
        double deviations = 0;
        for (double x : v) {
            deviations += (x - mean) * (x - mean);
        }
        if (!(deviations > 0)) {
            throw new InvalidEnergyDataException(source, 0, name, String.valueOf(largest), "the values differ by too"
                    + " little to be told apart in a least-squares fit in double precision (their squared deviations"
                    + " underflow to zero); rescale the column, e.g. to Wh rather than GWh");
        }
    }

    /** Refuses a fit whose numbers came out non-finite, rather than writing them as missing. */
    private static void checkFinite(EnergyData data, Baseline b) {
        for (Map.Entry<String, Double> c : b.coefficients().entrySet()) {
            if (!Double.isFinite(c.getValue())) {
                throw new InvalidEnergyDataException(data.source(), 0, c.getKey(), String.valueOf(c.getValue()),
                        "the fit gives a non-finite coefficient (the data exceed what double precision can fit);"
                                + " rescale the columns");
            }
        }
        GoodnessOfFit f = b.fit();
        boolean r2Defined = !b.flags().contains(EnergyFlag.ENERGY_CONSTANT);
        if (!Double.isFinite(f.rmse()) || !Double.isFinite(f.cvRmse()) || !Double.isFinite(f.nmbe())
                || (r2Defined && !(Double.isFinite(f.r2()) && Double.isFinite(f.adjustedR2())))) {
            throw new InvalidEnergyDataException(data.source(), 0, data.energyName(), null, "the goodness of fit comes"
                    + " out non-finite (RMSE " + f.rmse() + ", CV(RMSE) " + f.cvRmse() + ", NMBE " + f.nmbe() + ", R² "
                    + f.r2() + "); the data exceed what double precision can fit: rescale the columns");
        }
    }

    private static boolean constant(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }

    private static void checkCollinear(String source, List<String> names, double[][] cols) {
        int k = cols.length;
        if (k == 0) {
            return;
        }
        int n = cols[0].length;
        double[][] z = new double[n][k];
        for (int j = 0; j < k; j++) {
            double mean = Arrays.stream(cols[j]).average().orElse(0);
            double ss = 0;
            for (double v : cols[j]) {
                ss += (v - mean) * (v - mean);
            }
            if (ss == 0) {
                throw new InvalidEnergyDataException(source, 0, names.get(j), String.valueOf(cols[j][0]),
                        "the variable has the same value in every period, so it is collinear with the intercept;"
                                + " leave it out of the model");
            }
            double sd = Math.sqrt(ss);
            for (int i = 0; i < n; i++) {
                z[i][j] = (cols[j][i] - mean) / sd;
            }
        }
        if (k == 1) {
            return;
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(z, false));
        double[] s = svd.getSingularValues();
        if (s[s.length - 1] <= COLLINEAR * s[0]) {
            RealMatrix v = svd.getV();
            int last = s.length - 1;
            double max = 0;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, Math.abs(v.getEntry(j, last)));
            }
            List<String> involved = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (Math.abs(v.getEntry(j, last)) > 0.1 * max) {
                    involved.add(names.get(j));
                }
            }
            throw new InvalidEnergyDataException(source, 0, String.join(", ", involved), null,
                    "the variables are collinear (one is a linear combination of the others), so their coefficients"
                            + " cannot be estimated; leave one of them out");
        }
    }

    /** A least-squares fit on a design matrix with intercept. */
    private static final class Ols {
        final double[] beta;
        final double sse;
        final double[] fitted;
        final RealMatrix xtxInverse;

        Ols(double[] y, double[][] x) {
            OLSMultipleLinearRegression r = new OLSMultipleLinearRegression();
            r.newSampleData(y.clone(), x);
            beta = r.estimateRegressionParameters();
            double[] res = r.estimateResiduals();
            double s = 0;
            fitted = new double[y.length];
            for (int i = 0; i < res.length; i++) {
                s += res[i] * res[i];
                fitted[i] = y[i] - res[i];
            }
            sse = s;
            xtxInverse = new Array2DRowRealMatrix(r.estimateRegressionParametersVariance(), false);
        }
    }

    /** Hinge columns then linear columns, one row per period. */
    private static double[][] design(BaselineModel model, double[] t, double th, double tc, double[][] lin) {
        int n = t != null ? t.length : lin[0].length;
        int hinge = (model.heats() ? 1 : 0) + (model.cools() ? 1 : 0);
        double[][] x = new double[n][hinge + lin.length];
        for (int i = 0; i < n; i++) {
            int c = 0;
            if (model.heats()) {
                x[i][c++] = Math.max(0, th - t[i]);
            }
            if (model.cools()) {
                x[i][c++] = Math.max(0, t[i] - tc);
            }
            for (double[] col : lin) {
                x[i][c++] = col[i];
            }
        }
        return x;
    }

    /** The squared error of a candidate, or +∞ if it is not admissible. */
    private static double sse(BaselineModel model, double[] t, double th, double tc, double[][] lin, double[] y) {
        if (model.heats() && !enough(t, th, true)) {
            return Double.POSITIVE_INFINITY;
        }
        if (model.cools() && !enough(t, tc, false)) {
            return Double.POSITIVE_INFINITY;
        }
        if (model == BaselineModel.FIVE_P && th > tc) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            Ols o = new Ols(y, design(model, t, th, tc, lin));
            for (int c = 1; c <= (model == BaselineModel.FIVE_P ? 2 : 1); c++) {
                if (!(o.beta[c] > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            return o.sse;
        } catch (RuntimeException singular) {
            return Double.POSITIVE_INFINITY;
        }
    }

    private static boolean enough(double[] t, double tau, boolean heating) {
        int active = 0;
        int inactive = 0;
        for (double v : t) {
            if (heating ? v < tau : v > tau) {
                active++;
            } else {
                inactive++;
            }
        }
        return active >= MIN_SIDE && inactive >= MIN_SIDE;
    }

    private static double[] search(String source, BaselineModel model, String temp, double[] t, double[][] lin,
            double[] y) {
        double lo = Arrays.stream(t).min().orElseThrow();
        double hi = Arrays.stream(t).max().orElseThrow();
        double step = (hi - lo) / GRID;
        double bestSse = Double.POSITIVE_INFINITY;
        double bh = Double.NaN;
        double bc = Double.NaN;
        if (model == BaselineModel.FIVE_P) {
            for (int a = 0; a <= GRID; a++) {
                for (int b = a; b <= GRID; b++) {
                    double s = sse(model, t, lo + a * step, lo + b * step, lin, y);
                    if (s < bestSse) {
                        bestSse = s;
                        bh = lo + a * step;
                        bc = lo + b * step;
                    }
                }
            }
        } else {
            for (int a = 0; a <= GRID; a++) {
                double tau = lo + a * step;
                double s = sse(model, t, tau, tau, lin, y);
                if (s < bestSse) {
                    bestSse = s;
                    bh = tau;
                    bc = tau;
                }
            }
        }
        if (Double.isInfinite(bestSse)) {
            String kind = model == BaselineModel.THREE_P_HEATING ? "a positive heating slope"
                    : model == BaselineModel.THREE_P_COOLING ? "a positive cooling slope"
                            : "positive heating and cooling slopes";
            throw new InvalidEnergyDataException(source, 0, temp, null, "no balance point between " + lo + " and " + hi
                    + " gives " + kind + " with at least " + MIN_SIDE + " periods on each side; the data show no such"
                    + " temperature dependence: use another model (ols, or a 3-parameter one)");
        }
        // refine within one grid step, one balance point at a time
        for (int round = 0; round < (model == BaselineModel.FIVE_P ? 12 : 1); round++) {
            if (model.heats()) {
                final double fc = bc;
                bh = golden(x -> sse(model, t, x, model == BaselineModel.FIVE_P ? fc : x, lin, y), bh - step, bh + step, bh);
                if (model != BaselineModel.FIVE_P) {
                    bc = bh;
                }
            }
            if (model.cools()) {
                final double fh = bh;
                bc = golden(x -> sse(model, t, model == BaselineModel.FIVE_P ? fh : x, x, lin, y), bc - step, bc + step, bc);
                if (model != BaselineModel.FIVE_P) {
                    bh = bc;
                }
            }
        }
        return new double[] {bh, bc};
    }

    private static double golden(java.util.function.DoubleUnaryOperator f, double a, double b, double start) {
        double bestX = start;
        double bestF = f.applyAsDouble(start);
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        for (int i = 0; i < 60 && b - a > 1e-9 * (1 + Math.abs(a)); i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = f.applyAsDouble(d);
            }
            if (fc < bestF) {
                bestF = fc;
                bestX = c;
            }
            if (fd < bestF) {
                bestF = fd;
                bestX = d;
            }
        }
        return bestX;
    }

    private static Baseline finish(EnergyData data, BaselineModel model, String temp, List<String> linear,
            double[][] lin, double[] y, double th, double tc, int p) {
        double[] t = temp == null ? null : data.variable(temp);
        double[][] x;
        if (model == BaselineModel.OLS) {
            x = new double[y.length][linear.size()];
            for (int i = 0; i < y.length; i++) {
                for (int j = 0; j < lin.length; j++) {
                    x[i][j] = lin[j][i];
                }
            }
        } else {
            x = design(model, t, th, tc, lin);
        }
        double[] beta;
        double[] fitted;
        double[] se;
        int n = y.length;
        if (x[0].length == 0) {
            double mean = Arrays.stream(y).average().orElse(0);
            beta = new double[] {mean};
            fitted = new double[n];
            Arrays.fill(fitted, mean);
            double sse = 0;
            for (double v : y) {
                sse += (v - mean) * (v - mean);
            }
            se = new double[] {Math.sqrt(sse / (n - p) / n)};
        } else {
            Ols o;
            try {
                o = new Ols(y, x);
            } catch (MathIllegalArgumentException singular) {
                throw new InvalidEnergyDataException(data.source(), 0, String.join(", ", linear), null,
                        "the design matrix is singular (" + singular.getMessage() + "), so the coefficients cannot"
                                + " be estimated; leave out a variable that repeats another");
            }
            beta = o.beta;
            fitted = o.fitted;
            double sigma2 = o.sse / (n - p);
            se = new double[beta.length];
            for (int j = 0; j < beta.length; j++) {
                se[j] = Math.sqrt(sigma2 * o.xtxInverse.getEntry(j, j));
            }
        }
        List<String> names = new ArrayList<>();
        names.add(Baseline.INTERCEPT);
        if (model.heats()) {
            names.add(Baseline.HEATING_SLOPE);
        }
        if (model.cools()) {
            names.add(Baseline.COOLING_SLOPE);
        }
        names.addAll(linear);
        Map<String, Double> coefficients = new LinkedHashMap<>();
        Map<String, Double> errors = new LinkedHashMap<>();
        Map<String, Double> tStats = new LinkedHashMap<>();
        Map<String, Double> pValues = new LinkedHashMap<>();
        TDistribution student = new TDistribution(n - p);
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            coefficients.put(name, beta[j]);
            if (name.equals(Baseline.HEATING_SLOPE)) {
                coefficients.put(Baseline.HEATING_BALANCE_POINT, th);
            }
            if (name.equals(Baseline.COOLING_SLOPE)) {
                coefficients.put(Baseline.COOLING_BALANCE_POINT, tc);
            }
            errors.put(name, se[j]);
            double tv = beta[j] / se[j];
            tStats.put(name, tv);
            pValues.put(name, Double.isNaN(tv) ? Double.NaN : 2 * student.cumulativeProbability(-Math.abs(tv)));
        }
        GoodnessOfFit fit = GoodnessOfFit.of(y, fitted, p);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - fitted[i];
            den += r * r;
            if (i > 0) {
                num += r * (y[i - 1] - fitted[i - 1]);
            }
        }
        double rho = den == 0 ? 0 : num / den;
        return new Baseline(model, data.energyName(), temp, linear, coefficients, errors, tStats, pValues, fit, rho,
                data);
    }
}
