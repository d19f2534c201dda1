package org.carbonledger.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.Scope;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.quantity.NumberText;

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
     * Explains the calculation, step by step, enough to recompute it by hand: the amount and its
     * conversion, the table and why it won, each factor with its source, the GWPs, and every
     * default or normalisation applied.
     *
     * @return the trace lines
     */
    public List<String> trace() {
        return trace(null);
    }

    /**
     * Explains the calculation citing the factor by a reference, for results that list each
     * factor once, with {@link PricedFactor#trace()}, under that reference: the record's own steps
     * (its amount and its conversions, each mass with its value's place in the table, the CO2e
     * sum, the defaults applied to it), the table and edition named, and the factor's own lines
     * (why its table won, the tables passed over, the full sources of its values, the calorific
     * basis, the GWPs) left to the reference. The two together hold every
     * line of {@link #trace()}.
     *
     * @param factorRef the factor's name in the result, such as {@code F12}; null for the whole trace
     * @return the trace lines
     */
    public List<String> trace(String factorRef) {
        ResolvedFactor f = priced.factor();
        boolean whole = factorRef == null;
        String cite = whole ? null : " [" + factorRef + ": ";
        List<String> t = new ArrayList<>();
        String amount = num(activity.amount()) + " " + activity.unit().symbol();
        t.add("activity " + activity.activity() + ": " + amount + ", scope " + scope);
        if (whole) {
            t.add(PricedFactor.tableLine(f));
            for (String p : f.passedOver()) {
                t.add("passed over " + p);
            }
        } else {
            t.add("factor " + factorRef + ": table " + f.table().id() + ", edition " + f.table().edition()
                    + " (why, sources and GWPs: " + factorRef + " in the list of factors)");
        }
        double canonical = activity.amount() * activity.unit().toCanonical();
        String current = amount;
        if (activity.unit().toCanonical() != 1) {
            current = num(canonical) + " " + canonicalSymbol(activity.unit().kind());
            t.add("unit: " + amount + " = " + current + " (" + num(activity.unit().toCanonical()) + " "
                    + canonicalSymbol(activity.unit().kind()) + " per " + activity.unit().symbol() + ")");
        }
        double value = canonical;
        for (int k = 0; k < f.conversions().size(); k++) {
            Conversion c = f.conversions().get(k);
            value *= c.canonicalFactor();
            String next = num(value) + " " + canonicalSymbol(c.unit().mass().kind());
            t.add("conversion: " + current + " × " + priced.conversionText(k) + " " + c.unit()
                    + (c.basis() != null ? " (" + c.basis() + ")" : "")
                    + (whole ? PricedFactor.cite(c) : cite + c.source().reference() + "]")
                    + " = " + next);
            current = next;
        }
        if (whole && !f.basisNote().isEmpty()) {
            t.add("calorific basis: " + f.basisNote());
        }
        // each mass is shown twice (its gas's line and the CO2e sum): formatted once
        String[] massText = new String[priced.gasCount()];
        for (int i = 0; i < massText.length; i++) {
            massText[i] = num(masses[i]);
        }
        for (int i = 0; i < priced.gasCount(); i++) {
            EmissionFactor ef = f.factors().get(i);
            t.add(ef.gas() + (priced.isBiogenic(i) ? " (biogenic)" : "") + ": " + current + " × " + priced.valueText(i)
                    + " " + ef.unit() + (whole ? PricedFactor.cite(ef) : cite + ef.source().reference() + "]")
                    + " = " + massText[i] + " kg");
        }
        StringBuilder sum = new StringBuilder("CO2e (" + gwp.id() + "): ");
        boolean first = true;
        for (int i = 0; i < priced.gasCount(); i++) {
            if (priced.isBiogenic(i)) {
                continue;
            }
            var g = priced.gwpValue(i);
            sum.append(first ? "" : " + ").append(massText[i]).append(" kg ").append(g.gas()).append(" × ")
                    .append(priced.gwpText(i));
            first = false;
        }
        t.add(sum.append(" = ").append(num(co2e)).append(" kg").toString());
        if (whole) {
            priced.gwpLines(t);
        }
        t.addAll(notes());
        return t;
    }

    /** @return the defaults and normalisations applied to the record, for the trace */
    private List<String> notes() {
        List<String> notes = new ArrayList<>(3);
        if (activity.scope() == null) {
            notes.add("scope " + scope + ": the usual scope of " + activity.activity() + " (no scope stated)");
        }
        if (activity.sector() == null && priced.factor().factors().stream().anyMatch(e -> e.sector() != null)) {
            notes.add("sector " + defaultSector + ": the documented default (no sector stated)");
        }
        if (!activity.region().aliasNote().isEmpty()) {
            notes.add(activity.region().aliasNote());
        }
        return notes;
    }

    private static String canonicalSymbol(org.carbonledger.quantity.UnitKind kind) {
        return switch (kind) {
            case ENERGY -> "GJ";
            case MASS -> "kg";
            case VOLUME -> "m3";
            case STANDARD_VOLUME -> "Nm3";
        };
    }

    static String num(double v) {
        return NumberText.of(v);
    }
}
