package org.carbonledger.productivity;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision-making unit in one period: its inputs, good outputs, bad outputs and,
 * optionally, input prices, in the column order of its {@link Panel}.
 *
 * <p>Values are plain numbers in the units of the data (DEA scores of the radial, SBM and
 * observed-direction models do not depend on those units; the unit direction, max-slack sums and
 * costs do). Immutable and thread-safe; arrays are copied in and out.
 */
public final class Observation {
    private final String dmu;
    private final String period;
    private final double[] inputs;
    private final double[] goods;
    private final double[] bads;
    private final double[] prices;

    private Observation(String dmu, String period, double[] inputs, double[] goods, double[] bads,
            double[] prices) {
        this.dmu = dmu;
        this.period = period;
        this.inputs = inputs;
        this.goods = goods;
        this.bads = bads;
        this.prices = prices;
    }

    /**
     * An observation.
     *
     * @param dmu the unit's name, not blank
     * @param period the period label, or null for a cross-section
     * @param inputs inputs, finite and non-negative
     * @param goods desirable outputs, finite and non-negative
     * @param bads undesirable outputs, finite and non-negative (may be empty)
     * @return the observation
     * @throws IllegalArgumentException naming the unit and the offending value
     */
    public static Observation of(String dmu, String period, double[] inputs, double[] goods,
            double[] bads) {
        Objects.requireNonNull(dmu, "dmu");
        if (dmu.isBlank()) {
            throw new IllegalArgumentException("a unit needs a non-blank name");
        }
        return new Observation(dmu, period, check(dmu, "input", inputs), check(dmu, "good output",
                goods), check(dmu, "bad output", bads), null);
    }

    /**
     * This observation with input prices (one per input) for cost efficiency.
     *
     * @param inputPrices prices, finite and non-negative
     * @return the new observation
     */
    public Observation withPrices(double[] inputPrices) {
        double[] p = check(dmu, "price", inputPrices);
        if (p.length != inputs.length) {
            throw new IllegalArgumentException("unit " + dmu + " has " + inputs.length
                    + " inputs but " + p.length + " prices");
        }
        return new Observation(dmu, period, inputs, goods, bads, p);
    }

    private static double[] check(String dmu, String what, double[] values) {
        Objects.requireNonNull(values, what);
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i]) || copy[i] < 0) {
                throw new IllegalArgumentException("unit " + dmu + ": " + what + " " + (i + 1)
                        + " is " + copy[i] + "; expected a finite number >= 0");
            }
        }
        return copy;
    }

    /** @return the unit's name */
    public String dmu() {
        return dmu;
    }

    /** @return the period label, empty for a cross-section */
    public Optional<String> period() {
        return Optional.ofNullable(period);
    }

    /** @return the inputs (a copy) */
    public double[] inputs() {
        return inputs.clone();
    }

    /** @return the desirable outputs (a copy) */
    public double[] goods() {
        return goods.clone();
    }

    /** @return the undesirable outputs (a copy) */
    public double[] bads() {
        return bads.clone();
    }

    /** @return the input prices (a copy), if given */
    public Optional<double[]> prices() {
        return prices == null ? Optional.empty() : Optional.of(prices.clone());
    }

    String periodOrNull() {
        return period;
    }

    double[] x() {
        return inputs;
    }

    double[] y() {
        return goods;
    }

    double[] b() {
        return bads;
    }

    double[] p() {
        return prices;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Observation other)) {
            return false;
        }
        return dmu.equals(other.dmu) && Objects.equals(period, other.period)
                && Arrays.equals(inputs, other.inputs) && Arrays.equals(goods, other.goods)
                && Arrays.equals(bads, other.bads) && Arrays.equals(prices, other.prices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dmu, period, Arrays.hashCode(inputs), Arrays.hashCode(goods),
                Arrays.hashCode(bads));
    }

    @Override
    public String toString() {
        return dmu + (period == null ? "" : "|" + period) + " x=" + Arrays.toString(inputs) + " y="
                + Arrays.toString(goods) + " b=" + Arrays.toString(bads);
    }
}
