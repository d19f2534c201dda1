package org.carbonledger.energy;

import java.util.Objects;

/**
 * Energy performance indicators (EnPIs) of ISO 50006:2014 §4.4 and Annex C: a ratio of energy to
 * a relevant variable (specific energy consumption, such as kWh per tonne), and a regression-based
 * index comparing metered energy with the baseline model's expectation. Stateless.
 */
public final class EnergyPerformanceIndicators {
    private EnergyPerformanceIndicators() {
    }

    /**
     * The ratio EnPI per period, Eᵢ / xᵢ (ISO 50006:2014 §4.4.3, "ratio of measured values").
     *
     * @param data energy and the output variable
     * @param output the variable in the denominator (production, floor area ...)
     * @return energy per unit of the variable, per period
     * @throws InvalidEnergyDataException naming the period if the variable is zero or negative
     */
    public static double[] ratio(EnergyData data, String output) {
        Objects.requireNonNull(data, "data");
        double[] e = data.energy();
        double[] x = data.variable(output);
        double[] out = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            if (!(x[i] > 0)) {
                throw new InvalidEnergyDataException(data.source(), 0, output, String.valueOf(x[i]), "period "
                        + data.periods().get(i) + ": a ratio EnPI needs a positive denominator");
            }
            out[i] = e[i] / x[i];
        }
        return out;
    }

    /**
     * The ratio EnPI over the whole data set, Σ E / Σ x.
     *
     * @param data energy and the output variable
     * @param output the variable in the denominator
     * @return energy per unit of the variable
     * @throws InvalidEnergyDataException if Σ x is not positive
     */
    public static double totalRatio(EnergyData data, String output) {
        double e = 0;
        double x = 0;
        for (double v : data.energy()) {
            e += v;
        }
        for (double v : data.variable(output)) {
            x += v;
        }
        if (!(x > 0)) {
            throw new InvalidEnergyDataException(data.source(), 0, output, String.valueOf(x),
                    "a ratio EnPI needs a positive total");
        }
        return e / x;
    }

    /**
     * The regression-based EnPI per period, Eᵢ / Êᵢ, metered over expected energy (ISO 50006:2014
     * Annex C, "ratio of actual to predicted energy"): below 1 means better performance than the
     * baseline under the same conditions.
     *
     * @param baseline the baseline model
     * @param data the period to assess
     * @return the index per period
     */
    public static double[] regression(Baseline baseline, EnergyData data) {
        double[] expected = baseline.predict(data);
        double[] e = data.energy();
        double[] out = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            out[i] = e[i] / expected[i];
        }
        return out;
    }

    /**
     * The regression-based EnPI over the whole period, Σ E / Σ Ê.
     *
     * @param baseline the baseline model
     * @param data the period to assess
     * @return the index
     */
    public static double totalRegression(Baseline baseline, EnergyData data) {
        double e = 0;
        double x = 0;
        double[] expected = baseline.predict(data);
        double[] actual = data.energy();
        for (int i = 0; i < actual.length; i++) {
            e += actual[i];
            x += expected[i];
        }
        return e / x;
    }
}
