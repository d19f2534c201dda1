package org.carbonledger.inventory;

import java.util.Objects;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.ghg.GwpValue;
import org.carbonledger.quantity.ActivityUnit;

/**
 * A resolved factor made ready for one unit of amount and one GWP set: the plain numbers every
 * calculation path multiplies by, computed once.
 *
 * <p>For an amount {@code a} in {@link #unit()}: mass of gas {@code i} = {@code a × kgPerUnit(i)};
 * CO2e = Σ mass(i) × gwp(i) over the gases in order, with biogenic CO2 left out. The record path
 * and the batch path both call {@link #massKg(double, int)} and {@link #co2eKg(double[])}, so they
 * agree to the last bit. Immutable and thread-safe.
 */
public final class PricedFactor {
    private final ResolvedFactor factor;
    private final ActivityUnit unit;
    private final ActivityType type;
    private final double[] kgPerUnit;
    private final double[] gwp;
    private final GwpValue[] gwpValues;
    private final boolean[] biogenic;
    private final Gas[] gases;
    private final GwpSet gwpSet;

    PricedFactor(ResolvedFactor factor, ActivityUnit unit, ActivityType type, GwpSet set) {
        this.factor = Objects.requireNonNull(factor);
        this.unit = Objects.requireNonNull(unit);
        this.type = Objects.requireNonNull(type);
        this.gwpSet = Objects.requireNonNull(set);
        int n = factor.gasCount();
        kgPerUnit = new double[n];
        gwp = new double[n];
        gwpValues = new GwpValue[n];
        biogenic = new boolean[n];
        gases = new Gas[n];
        for (int i = 0; i < n; i++) {
            gases[i] = factor.gas(i);
            kgPerUnit[i] = unit.toCanonical() * factor.kgPerCanonical(i);
            biogenic[i] = type.biogenic() && gases[i].equals(Gas.CO2);
            gwpValues[i] = set.gwp(gases[i], type.methaneOrigin());
            gwp[i] = biogenic[i] ? 0 : gwpValues[i].value();
        }
    }

    /** @return the resolved factor */
    public ResolvedFactor factor() {
        return factor;
    }

    /** @return the unit of amounts this applies to */
    public ActivityUnit unit() {
        return unit;
    }

    /** @return the activity's type */
    public ActivityType type() {
        return type;
    }

    /** @return the GWP set that {@link #co2eKg(double[])} applies */
    public GwpSet gwpSet() {
        return gwpSet;
    }

    /** @return the number of gases */
    public int gasCount() {
        return gases.length;
    }

    /**
     * @param i gas position
     * @return the gas
     */
    public Gas gas(int i) {
        return gases[i];
    }

    /**
     * @param i gas position
     * @return true if this gas is biogenic CO2, reported apart and out of CO2e
     */
    public boolean isBiogenic(int i) {
        return biogenic[i];
    }

    /**
     * @param i gas position
     * @return the GWP applied to the gas, with its source (for biogenic CO2, the CO2 value that is not applied)
     */
    public GwpValue gwpValue(int i) {
        return gwpValues[i];
    }

    /**
     * @param i gas position
     * @return kg of gas per 1 {@link #unit()} of amount
     */
    public double kgPerUnit(int i) {
        return kgPerUnit[i];
    }

    /**
     * Gets the GWP that {@link #co2eKg(double[])} multiplies gas {@code i}'s mass by: the gas's GWP
     * under {@link #gwpSet()}, or 0 for biogenic CO2. A path that copies the multipliers into its
     * own arrays (the batch path) evaluates {@code Σ massKg(a, i) × appliedGwp(i)}, summed from 0
     * in gas order, and so gets the same double as {@link #co2eKg(double[])}.
     *
     * @param i gas position
     * @return the multiplier, kg CO2e per kg of gas
     */
    public double appliedGwp(int i) {
        return gwp[i];
    }

    /**
     * Computes the mass of one gas.
     *
     * @param amount the amount in {@link #unit()}
     * @param i gas position
     * @return kg of gas
     */
    public double massKg(double amount, int i) {
        return amount * kgPerUnit[i];
    }

    /**
     * Computes CO2e from per-gas masses, in gas order, biogenic CO2 excluded.
     *
     * @param masses kg per gas, as {@link #massKg} gives them
     * @return kg CO2e
     */
    public double co2eKg(double[] masses) {
        double sum = 0;
        for (int i = 0; i < masses.length; i++) {
            sum += masses[i] * gwp[i];
        }
        return sum;
    }
}
