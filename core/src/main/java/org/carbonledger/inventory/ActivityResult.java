package org.carbonledger.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.Scope;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.internal.NumberText;

/**
 * The emissions of one activity record, with the trace that lets anyone recompute them by hand.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActivityResult {
    private final Activity activity;
    private final PricedFactor priced;
    private final GwpSet gwp;
    private final Scope scope;
    private final double[] masses;
    private final double co2e;
    private final Sector defaultSector;

    /**
     * @param defaultSector the settings' sector, named in the trace when the record states none;
     *     the trace's notes are written only when {@link #trace()} is called (most results are
     *     summed and never traced, and writing them cost a few string concatenations per record)
     */
    ActivityResult(Activity activity, PricedFactor priced, GwpSet gwp, Scope scope, double[] masses, double co2e,
            Sector defaultSector) {
        this.activity = activity;
        this.priced = priced;
        this.gwp = gwp;
        this.scope = scope;
        this.masses = masses;
        this.co2e = co2e;
        this.defaultSector = defaultSector;
    }

    /** @return the record priced */
    public Activity activity() {
        return activity;
    }

    /** @return the scope the emissions are reported in */
    public Scope scope() {
        return scope;
    }

    /** @return the factor applied */
    public ResolvedFactor factor() {
        return priced.factor();
    }

    /** @return the factor as applied to this record's unit and GWP set */
    public PricedFactor priced() {
        return priced;
    }

    /** @return the GWP set of {@link #co2eKg()} */
    public GwpSet gwp() {
        return gwp;
    }

    /** @return kg CO2e, biogenic CO2 excluded */
    public double co2eKg() {
        return co2e;
    }

    /**
     * Gets the fossil mass of each gas; biogenic CO2 is not in it (see {@link #biogenicCo2Kg()}).
     *
     * @return kg per gas, in gas order; always has CO2, CH4 and N2O
     */
    public Map<Gas, Double> gasesKg() {
        Map<Gas, Double> out = new LinkedHashMap<>();
        out.put(Gas.CO2, 0.0);
        out.put(Gas.CH4, 0.0);
        out.put(Gas.N2O, 0.0);
        for (int i = 0; i < masses.length; i++) {
            if (!priced.isBiogenic(i)) {
                out.merge(priced.gas(i), masses[i], Double::sum);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Gets the mass of gas at position {@code i} of {@link PricedFactor}.
     *
     * @param i gas position
     * @return kg
     */
    public double massKg(int i) {
        return masses[i];
    }

    /** @return kg of biogenic CO2, reported apart from the totals */
    public double biogenicCo2Kg() {
        double sum = 0;
        for (int i = 0; i < masses.length; i++) {
            if (priced.isBiogenic(i)) {
                sum += masses[i];
            }
        }
        return sum;
    }

    /**
     * Gets the calculation as data: the amount as read and in the canonical unit, each gas's
     * multiplier with the published values it is built from, and the GWPs; enough to recompute
     * every mass and the CO2e exactly ({@link Calculation} states the laws).
     *
     * @return the calculation
     */
    public Calculation calculation() {
        return new Calculation(activity.amount(), activity.unit().symbol(), priced.canonicalAmount(activity.amount()),
                PricedFactor.canonicalSymbol(activity.unit().kind()), priced.multiplierView(), priced.gwpView());
    }

    /**
     * Gets the fossil masses of CO2, CH4 and N2O as {@link #gasesKg()} gives them, without building
     * a map: for writers of one row per record.
     *
     * @return kg of fossil CO2, CH4 and N2O, in that order
     */
    public double[] mainGasesKg() {
        double[] out = new double[3];
        for (int i = 0; i < masses.length; i++) {
            if (!priced.isBiogenic(i)) {
                Gas g = priced.gas(i);
                if (g.equals(Gas.CO2)) {
                    out[0] += masses[i];
                } else if (g.equals(Gas.CH4)) {
                    out[1] += masses[i];
                } else if (g.equals(Gas.N2O)) {
                    out[2] += masses[i];
                }
            }
        }
        return out;
    }

    /**
     * Explains the calculation, step by step, enough to recompute it by hand: rendered from
     * {@link #calculation()} and the factor, with the table and why it won, each multiplier and the
     * published values it comes from, the GWPs, and every default or normalisation applied.
     *
     * @return the trace lines
     */
    public List<String> trace() {
        ResolvedFactor f = priced.factor();
        Calculation c = calculation();
        List<String> t = new ArrayList<>();
        String amount = num(c.amount()) + " " + c.unit();
        t.add("activity " + activity.activity() + ": " + amount + ", scope " + scope);
        t.add(priced.tableLine());
        for (String p : f.passedOver()) {
            t.add("passed over " + p);
        }
        String canonical = num(c.canonicalAmount()) + " " + c.canonicalUnit();
        if (!c.unit().equals(c.canonicalUnit())) {
            t.add("amount: " + amount + " × " + num(priced.unitRatio()) + " " + c.canonicalUnit() + "/" + c.unit()
                    + " = " + canonical);
        }
        if (!f.basisNote().isEmpty()) {
            t.add("calorific basis: " + f.basisNote());
        }
        String[] massText = new String[priced.gasCount()];
        for (int i = 0; i < massText.length; i++) {
            massText[i] = num(masses[i]);
        }
        for (int i = 0; i < priced.gasCount(); i++) {
            Calculation.Multiplier m = c.multipliers().get(priced.key(i));
            StringBuilder from = new StringBuilder();
            for (Calculation.Term term : m.from()) {
                from.append(from.length() == 0 ? "" : " × ").append(term);
            }
            // "× ÷ x" reads as "÷ x"
            from = new StringBuilder(from.toString().replace(" × ÷ ", " ÷ "));
            t.add(priced.key(i) + ": " + canonical + " × " + num(m.value()) + " " + m.unit() + " = " + massText[i]
                    + " kg; multiplier from " + from);
        }
        StringBuilder sum = new StringBuilder("CO2e (" + gwp.id() + "): ");
        boolean first = true;
        for (int i = 0; i < priced.gasCount(); i++) {
            if (priced.isBiogenic(i)) {
                continue;
            }
            sum.append(first ? "" : " + ").append(massText[i]).append(" kg ").append(priced.gas(i)).append(" × ")
                    .append(num(priced.appliedGwp(i)));
            first = false;
        }
        t.add(sum.append(" = ").append(num(co2e)).append(" kg (summed exactly, rounded once)").toString());
        priced.gwpLines(t);
        t.addAll(notes());
        return t;
    }

    /**
     * Gets the defaults and normalisations applied to the record, for traces: the scope taken
     * from the activity, the default sector, a region alias.
     *
     * @return the notes, possibly none
     */
    public List<String> notes() {
        return priced.notes(activity, defaultSector);
    }

    /** Makes the notes; {@link PricedFactor#notes} keeps them, as they depend only on its key and two flags. */
    List<String> makeNotes() {
        List<String> notes = new ArrayList<>(3);
        if (activity.scope() == null) {
            notes.add("scope " + scope + ": the usual scope of " + activity.activity() + " (no scope stated)");
        } else if (activity.scope() != priced.type().scope()) {
            notes.add("scope " + scope + " as stated; the usual scope of " + activity.activity() + " is "
                    + priced.type().scope() + " (reported where stated)");
        }
        if (activity.sector() == null && priced.factor().factors().stream().anyMatch(e -> e.sector() != null)) {
            notes.add("sector " + defaultSector + ": the documented default (no sector stated)");
        }
        if (!activity.region().aliasNote().isEmpty()) {
            notes.add(activity.region().aliasNote());
        }
        return notes;
    }

    static String num(double v) {
        return NumberText.of(v);
    }
}
