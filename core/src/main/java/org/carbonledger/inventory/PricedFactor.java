package org.carbonledger.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
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
    /** The factor's numbers as traces print them, formatted once: its values, GWPs and conversions. */
    private final String[] valueText;
    private final String[] gwpText;
    private final String[] conversionText;

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
        valueText = new String[n];
        gwpText = new String[n];
        for (int i = 0; i < n; i++) {
            valueText[i] = ActivityResult.num(factor.factors().get(i).value());
            gwpText[i] = ActivityResult.num(gwpValues[i].value());
        }
        conversionText = factor.conversions().stream().map(c -> ActivityResult.num(c.value())).toArray(String[]::new);
    }

    /**
     * The factor's own part of a trace, the same for every record it prices: its table and why it
     * won (and the tables passed over), the sources of its conversions and values, the calorific
     * basis, the GWPs applied and the biogenic rule. {@link ActivityResult#trace(String)} gives a
     * record's steps citing these lines by a reference.
     *
     * @return the trace lines
     */
    public List<String> trace() {
        List<String> t = new ArrayList<>();
        t.add(tableLine(factor));
        for (String p : factor.passedOver()) {
            t.add("passed over " + p);
        }
        for (int k = 0; k < conversionText.length; k++) {
            Conversion c = factor.conversions().get(k);
            t.add("conversion: " + conversionText[k] + " " + c.unit()
                    + (c.basis() != null ? " (" + c.basis() + ")" : "") + cite(c));
        }
        if (!factor.basisNote().isEmpty()) {
            t.add("calorific basis: " + factor.basisNote());
        }
        for (int i = 0; i < gases.length; i++) {
            EmissionFactor ef = factor.factors().get(i);
            t.add(ef.gas() + (biogenic[i] ? " (biogenic)" : "") + ": " + valueText[i] + " " + ef.unit()
                    + cite(ef));
        }
        gwpLines(t);
        return t;
    }

    String valueText(int i) {
        return valueText[i];
    }

    String gwpText(int i) {
        return gwpText[i];
    }

    String conversionText(int k) {
        return conversionText[k];
    }

    static String tableLine(ResolvedFactor f) {
        return "factor table " + f.table().id() + " (" + f.table().name() + ", edition " + f.table().edition() + "): "
                + f.why();
    }

    static String cite(Conversion c) {
        return " [" + c.source().tableId() + ", " + c.source().reference() + ", " + c.source().sourceName() + "]";
    }

    static String cite(EmissionFactor ef) {
        return " [" + ef.source().tableId() + ", " + ef.source().reference() + ", " + ef.source().sourceName()
                + (ef.sector() != null ? ", sector " + ef.sector() : "")
                + (ef.region().isGlobal() ? "" : ", region " + ef.region()) + "]";
    }

    /** Adds the GWP lines (each gas but CO2 counted in CO2e) and the biogenic rule, if any. */
    void gwpLines(List<String> t) {
        for (int i = 0; i < gases.length; i++) {
            GwpValue g = gwpValues[i];
            if (!biogenic[i] && !g.gas().equals(Gas.CO2)) {
                t.add("GWP " + g.gas() + " = " + gwpText[i] + ": " + g.source()
                        + (g.note().isEmpty() ? "" : "; " + g.note()));
            }
        }
        if (type.biogenic()) {
            t.add("biogenic CO2 of " + type.id() + " is reported apart and excluded from CO2e;"
                    + " its CH4 and N2O count");
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
