package org.carbonledger.energy;

import java.util.Objects;

/**
 * The cumulative sum of differences between expected and actual energy (CUSUM; ISO 50006:2014
 * Annex C, and the monitoring-and-targeting practice it cites): Cₖ = Σᵢ≤ₖ (Êᵢ − Eᵢ). A rising
 * line means savings accumulating against the baseline, a falling one a loss. Stateless.
 */
public final class Cusum {
    private Cusum() {
    }

    /**
     * Accumulates differences.
     *
     * @param differences expected minus actual, per period in order
     * @return the running sums, same length
     */
    public static double[] of(double[] differences) {
        Objects.requireNonNull(differences, "differences");
        double[] out = new double[differences.length];
        double s = 0;
        for (int i = 0; i < out.length; i++) {
            s += differences[i];
            out[i] = s;
        }
        return out;
    }

    /**
     * Accumulates expected minus actual.
     *
     * @param expected the adjusted baseline per period
     * @param actual metered energy per period
     * @return the running sums of expected − actual
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double[] of(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException("expected has " + expected.length + " periods, actual " + actual.length);
        }
        double[] d = new double[expected.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = expected[i] - actual[i];
        }
        return of(d);
    }
}
