package org.carbonledger.energy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A fitted energy baseline: the model, its coefficients, balance points and goodness of fit, and
 * the means to predict the energy the baseline conditions would have used under other conditions
 * (the adjusted baseline of ISO 50015 and IPMVP).
 *
 * <p>Coefficient names: {@code intercept}; for change-point models {@code heating_slope},
 * {@code heating_balance_point}, {@code cooling_slope}, {@code cooling_balance_point}; then one per
 * linear variable, named as the variable. t-statistics and p-values exist for the intercept, the
 * slopes and the linear variables, computed with the balance points held at their fitted values
 * and with n − p degrees of freedom (p counts the balance points, as ASHRAE Guideline 14 counts
 * the parameters of an inverse model).
 *
 * <p>A baseline remembers the range each variable spanned in its data ({@link #ranges()}), so
 * that a use of the model outside them is flagged ({@link EnergyFlag#OUTSIDE_BASELINE_RANGE}), and
 * the flags of its own data ({@link #flags()}). Immutable and thread-safe.
 */
public final class Baseline {
    /** The name of the intercept among the coefficients. */
    public static final String INTERCEPT = "intercept";
    /** The heating slope of a change-point model. */
    public static final String HEATING_SLOPE = "heating_slope";
    /** The heating balance point of a change-point model, in the temperature's unit. */
    public static final String HEATING_BALANCE_POINT = "heating_balance_point";
    /** The cooling slope of a change-point model. */
    public static final String COOLING_SLOPE = "cooling_slope";
    /** The cooling balance point of a change-point model, in the temperature's unit. */
    public static final String COOLING_BALANCE_POINT = "cooling_balance_point";

    private final BaselineModel model;
    private final String energyName;
    private final String temperature;
    private final List<String> linearVariables;
    private final Map<String, Double> coefficients;
    private final Map<String, Double> standardErrors;
    private final Map<String, Double> tStats;
    private final Map<String, Double> pValues;
    private final GoodnessOfFit fit;
    private final double residualAutocorrelation;
    private final List<String> periods;
    private final Map<String, Range> ranges;
    private final Set<EnergyFlag> flags;

    /**
     * The smallest and largest value a variable took in the baseline data.
     *
     * @param min the smallest value
     * @param max the largest value
     */
    public record Range(double min, double max) {
        /**
         * Tells whether a value lies within the range, ends included.
         *
         * @param x the value
         * @return true if min ≤ x ≤ max
         */
        public boolean contains(double x) {
            return x >= min && x <= max;
        }
    }

    Baseline(BaselineModel model, String energyName, String temperature, List<String> linearVariables,
            Map<String, Double> coefficients, Map<String, Double> standardErrors, Map<String, Double> tStats,
            Map<String, Double> pValues, GoodnessOfFit fit, double residualAutocorrelation, EnergyData data) {
        this.model = model;
        this.energyName = energyName;
        this.temperature = temperature;
        this.linearVariables = List.copyOf(linearVariables);
        this.coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
        this.standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
        this.tStats = Collections.unmodifiableMap(new LinkedHashMap<>(tStats));
        this.pValues = Collections.unmodifiableMap(new LinkedHashMap<>(pValues));
        this.fit = fit;
        this.residualAutocorrelation = residualAutocorrelation;
        this.periods = data.periods();
        Map<String, Range> r = new LinkedHashMap<>();
        for (String v : variables()) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : data.variable(v)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            r.put(v, new Range(min, max));
        }
        this.ranges = Collections.unmodifiableMap(r);
        double[] e = data.energy();
        boolean constant = true;
        for (double x : e) {
            constant &= x == e[0];
        }
        this.flags = constant ? Collections.unmodifiableSet(EnumSet.of(EnergyFlag.ENERGY_CONSTANT)) : Set.of();
    }

    /** @return the model form */
    public BaselineModel model() {
        return model;
    }

    /** @return the name of the energy series it was fitted to */
    public String energyName() {
        return energyName;
    }

    /** @return the temperature variable of a change-point model, or null for OLS */
    public String temperature() {
        return temperature;
    }

    /** @return the variables that enter linearly, in order */
    public List<String> linearVariables() {
        return linearVariables;
    }

    /** @return every variable the model needs to predict: the temperature (if any), then the linear ones */
    public List<String> variables() {
        if (temperature == null) {
            return linearVariables;
        }
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(temperature);
        all.addAll(linearVariables);
        return List.copyOf(all);
    }

    /** @return the coefficients and balance points by name, intercept first */
    public Map<String, Double> coefficients() {
        return coefficients;
    }

    /** @return the standard errors of the regression coefficients (not of balance points) */
    public Map<String, Double> standardErrors() {
        return standardErrors;
    }

    /** @return t = coefficient / standard error, for each regression coefficient */
    public Map<String, Double> tStats() {
        return tStats;
    }

    /** @return two-sided p-values of the t-statistics, Student's t with n − p degrees of freedom */
    public Map<String, Double> pValues() {
        return pValues;
    }

    /** @return the goodness of fit on the baseline data */
    public GoodnessOfFit fit() {
        return fit;
    }

    /** @return n, the number of baseline periods */
    public int n() {
        return fit.n();
    }

    /** @return p, the fitted parameters including the intercept and any balance points */
    public int p() {
        return fit.p();
    }

    /** @return the baseline's period labels */
    public List<String> periods() {
        return periods;
    }

    /**
     * The lag-1 autocorrelation ρ of the baseline residuals, ρ = Σ rᵢ rᵢ₋₁ / Σ rᵢ², used by the
     * fractional savings uncertainty (ASHRAE Guideline 14 Annex B: n' = n (1 − ρ)/(1 + ρ)).
     *
     * @return ρ, or 0 when every residual is zero
     */
    public double residualAutocorrelation() {
        return residualAutocorrelation;
    }

    /** @return the range of each variable in {@link #variables()} over the baseline data, in that order */
    public Map<String, Range> ranges() {
        return ranges;
    }

    /**
     * The flags of the baseline's own data: {@link EnergyFlag#ENERGY_CONSTANT} when the energy is
     * the same in every period (R² is then NaN).
     *
     * @return the flags, possibly empty
     */
    public Set<EnergyFlag> flags() {
        return flags;
    }

    /**
     * The flags of the baseline judged by acceptance criteria: {@link #flags()}, and
     * {@link EnergyFlag#BASELINE_CRITERIA_NOT_MET} when the fit does not meet them.
     *
     * @param criteria the thresholds
     * @return the flags, possibly empty
     */
    public Set<EnergyFlag> flags(Ashrae14Criteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        Set<EnergyFlag> out = EnumSet.noneOf(EnergyFlag.class);
        out.addAll(flags);
        if (!fit.meets(criteria)) {
            out.add(EnergyFlag.BASELINE_CRITERIA_NOT_MET);
        }
        return Collections.unmodifiableSet(out);
    }

    /** @return the heating balance point, if the model has one */
    public OptionalDouble heatingBalancePoint() {
        Double v = coefficients.get(HEATING_BALANCE_POINT);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** @return the cooling balance point, if the model has one */
    public OptionalDouble coolingBalancePoint() {
        Double v = coefficients.get(COOLING_BALANCE_POINT);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * Predicts energy for one period's conditions: β₀ + βₕ (τₕ − T)⁺ + β꜀ (T − τ꜀)⁺ + Σ βⱼ xⱼ.
     *
     * @param values the value of every variable in {@link #variables()}
     * @return the predicted energy
     * @throws InvalidEnergyDataException if a variable is missing
     */
    public double predict(Map<String, Double> values) {
        Objects.requireNonNull(values, "values");
        double e = coefficients.get(INTERCEPT);
        if (temperature != null) {
            Double t = values.get(temperature);
            if (t == null) {
                throw new InvalidEnergyDataException("conditions", 0, temperature, null, "the baseline needs this variable");
            }
            e += changePointTerms(t);
        }
        for (String v : linearVariables) {
            Double x = values.get(v);
            if (x == null) {
                throw new InvalidEnergyDataException("conditions", 0, v, null, "the baseline needs this variable");
            }
            e += coefficients.get(v) * x;
        }
        return e;
    }

    private double changePointTerms(double t) {
        double e = 0;
        if (model.heats()) {
            e += coefficients.get(HEATING_SLOPE) * Math.max(0, coefficients.get(HEATING_BALANCE_POINT) - t);
        }
        if (model.cools()) {
            e += coefficients.get(COOLING_SLOPE) * Math.max(0, t - coefficients.get(COOLING_BALANCE_POINT));
        }
        return e;
    }

    /**
     * Predicts energy for each period of a data set: the adjusted baseline (IPMVP; ISO 50015).
     *
     * @param data periods with every variable in {@link #variables()}
     * @return the predicted energy per period
     * @throws InvalidEnergyDataException naming the data set and the missing variable
     */
    public double[] predict(EnergyData data) {
        Objects.requireNonNull(data, "data");
        int n = data.size();
        double[] out = new double[n];
        java.util.Arrays.fill(out, coefficients.get(INTERCEPT));
        if (temperature != null) {
            double[] t = require(data, temperature);
            for (int i = 0; i < n; i++) {
                out[i] += changePointTerms(t[i]);
            }
        }
        for (String v : linearVariables) {
            double[] x = require(data, v);
            double b = coefficients.get(v);
            for (int i = 0; i < n; i++) {
                out[i] += b * x[i];
            }
        }
        return out;
    }

    private double[] require(EnergyData data, String name) {
        if (!data.variableNames().contains(name)) {
            throw new InvalidEnergyDataException(data.source(), 0, name, null, "the baseline (" + model.label()
                    + " on " + String.join(", ", variables()) + ") needs this variable and the data lack it; the data have "
                    + (data.variableNames().isEmpty() ? "none" : String.join(", ", data.variableNames())));
        }
        return data.variable(name);
    }

    @Override
    public String toString() {
        return "Baseline[" + model.label() + ", n=" + n() + ", p=" + p() + ", " + coefficients + "]";
    }
}
