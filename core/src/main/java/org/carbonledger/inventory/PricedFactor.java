package org.carbonledger.inventory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.PublishedGwp;
import org.carbonledger.factor.FactorFlag;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.ghg.GwpValue;
import org.carbonledger.ghg.UnavailableGwpException;
import org.carbonledger.ghg.MethaneOrigin;
import org.carbonledger.internal.CorrectlyRounded;
import org.carbonledger.internal.NumberText;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitKind;

/**
 * A resolved factor made ready for one unit of amount and one GWP set: the plain numbers every
 * calculation path multiplies by, computed once.
 *
 * <p>For an amount {@code a} in {@link #unit()}: the canonical amount is {@code c = a ×
 * unitRatio()} (GJ, kg, m³ or Nm³); the mass of gas {@code i} is {@code c × multiplier(i)}, one
 * rounding; CO2e is {@code Σ mass(i) × appliedGwp(i)} correctly rounded ({@link CorrectlyRounded}).
 * Each multiplier is built exactly in decimal from the published values it comes from (calorific
 * values, densities, the factor, unit definitions) and rounded once to a double, so that anyone
 * can recompute a record from its {@link Calculation}. The record path and the batch path both
 * call {@link #massKg(double, int)} and {@link #co2eKg(double[])} (or evaluate the same
 * expressions), so they agree to the last bit.
 *
 * <p>A factor that gives one gas twice is one position with the exact sum of the multipliers.
 * Biogenic CO2 is a position of its own, named {@value #BIOGENIC_CO2}, with an applied GWP of 0.
 * Immutable and thread-safe.
 */
public final class PricedFactor {
    /** The name of biogenic CO2 in calculations and results. */
    public static final String BIOGENIC_CO2 = "CO2_biogenic";
    /** Precision of the decimal arithmetic where a quotient does not terminate (unit ratios of ideal gases, kWh). */
    private static final MathContext DECIMAL = new MathContext(50);

    private final ResolvedFactor factor;
    private final ActivityUnit unit;
    private final ActivityType type;
    private final GwpSet gwpSet;
    private final double unitRatio;
    private final Gas[] gases;
    private final boolean[] biogenic;
    private final String[] keys;
    private final double[] multipliers;
    private final BigDecimal[] exactMultipliers;
    private final double[] gwp;
    private final GwpValue[] gwpValues;
    private final Map<String, Calculation.Multiplier> multiplierView;
    private final Map<String, Double> gwpView;
    private final Set<FactorFlag> flags;

    PricedFactor(ResolvedFactor factor, ActivityUnit unit, ActivityType type, GwpSet set) {
        this.factor = Objects.requireNonNull(factor);
        this.unit = Objects.requireNonNull(unit);
        this.type = Objects.requireNonNull(type);
        this.gwpSet = Objects.requireNonNull(set);
        this.unitRatio = unit.toCanonicalExact().doubleValue();
        BigDecimal conversion = BigDecimal.ONE;
        List<Calculation.Term> conversionTerms = new ArrayList<>();
        for (int k = 0; k < factor.conversions().size(); k++) {
            Conversion c = factor.conversions().get(k);
            conversion = conversion.multiply(canonical(c.exactValue(), c.unit()), DECIMAL);
            conversionTerms.add(new Calculation.Term(c.exactValue().toPlainString(), c.unit().symbol(),
                    c.source().tableId() + ": " + c.source().reference(), "conversions[" + k + "]", false));
            unitTerms(c.unit(), conversionTerms);
        }
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < factor.gasCount(); i++) {
            Gas g = factor.gas(i);
            String key = biogenic(factor.factors().get(i)) ? BIOGENIC_CO2 : g.id();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        int n = byKey.size();
        gases = new Gas[n];
        biogenic = new boolean[n];
        keys = new String[n];
        multipliers = new double[n];
        exactMultipliers = new BigDecimal[n];
        gwp = new double[n];
        gwpValues = new GwpValue[n];
        Map<String, Calculation.Multiplier> mv = new LinkedHashMap<>();
        Map<String, Double> gv = new LinkedHashMap<>();
        int p = 0;
        for (var e : byKey.entrySet()) {
            int[] from = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            EmissionFactor first = factor.factors().get(from[0]);
            keys[p] = e.getKey();
            gases[p] = first.gas();
            biogenic[p] = e.getKey().equals(BIOGENIC_CO2);
            BigDecimal perCanonical = BigDecimal.ZERO;
            List<Calculation.Term> terms = new ArrayList<>(conversionTerms);
            for (int i : from) {
                EmissionFactor ef = factor.factors().get(i);
                perCanonical = perCanonical.add(canonical(ef.exactValue(), ef.unit()), DECIMAL);
                terms.add(new Calculation.Term(text(ef.exactValue()), ef.unit().symbol(),
                        ef.source().tableId() + ": " + ef.source().reference(), "gases." + ef.gas().id(), false));
                unitTerms(ef.unit(), terms);
            }
            exactMultipliers[p] = conversion.multiply(perCanonical, DECIMAL);
            multipliers[p] = exactMultipliers[p].doubleValue();
            gwpValues[p] = gwp(first, set, biogenic[p]);
            gwp[p] = biogenic[p] ? 0 : gwpValues[p].value();
            mv.put(keys[p], new Calculation.Multiplier(multipliers[p], "kg/" + canonicalSymbol(unit.kind()),
                    List.copyOf(terms)));
            gv.put(keys[p], gwp[p]);
            p++;
        }
        multiplierView = Collections.unmodifiableMap(mv);
        gwpView = Collections.unmodifiableMap(gv);
        EnumSet<FactorFlag> fl = EnumSet.noneOf(FactorFlag.class);
        fl.addAll(factor.flags());
        // a CO2e figure a table publishes for CH4 and N2O together (DESNZ bioenergy) covers both
        if (type.scope() == Scope.SCOPE_1 && type.methaneOrigin() == MethaneOrigin.COMBUSTION
                && !byKey.containsKey(Gas.CO2E.id())
                && (!byKey.containsKey(Gas.CH4.id()) || !byKey.containsKey(Gas.N2O.id()))) {
            fl.add(FactorFlag.GASES_NOT_COVERED);
        }
        flags = fl.isEmpty() ? Set.of() : Collections.unmodifiableSet(fl);
    }

    /**
     * Gets what an auditor must know about this factor: the resolution's flags, and
     * {@link FactorFlag#GASES_NOT_COVERED} when a fuel burnt in scope 1 has no CH4 or no N2O factor.
     *
     * @return the flags; empty if none
     */
    public Set<FactorFlag> flags() {
        return flags;
    }

    /** @return the gases of a fuel burnt that the factor does not cover (CH4, N2O), in that order; empty if none */
    List<String> gasesNotCovered() {
        if (!flags.contains(FactorFlag.GASES_NOT_COVERED)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Gas g : List.of(Gas.CH4, Gas.N2O)) {
            if (!java.util.Arrays.asList(keys).contains(g.id())) {
                out.add(g.id());
            }
        }
        return out;
    }

    /** @return true if a factor's gas is biogenic CO2: the CO2 of a biogenic activity, or a factor of biogenic CO2 */
    private boolean biogenic(EmissionFactor ef) {
        return ef.gas().equals(Gas.CO2) && (type.biogenic() || ef.biogenicCo2());
    }

    /**
     * The GWP of a factor's gas: the table's own where it publishes one under this set, else the
     * set's (for methane, by the activity's origin); for biogenic CO2 the CO2 value, not applied.
     */
    private GwpValue gwp(EmissionFactor ef, GwpSet set, boolean biogenicCo2) {
        if (biogenicCo2) {
            return set.gwp(Gas.CO2);
        }
        PublishedGwp published = ef.publishedGwp();
        if (published != null && published.gwpSet().equalsIgnoreCase(set.id())) {
            String instead;
            try {
                instead = "; the set's own value, " + NumberText.of(set.gwp(ef.gas(), type.methaneOrigin()).value())
                        + ", is not used";
            } catch (UnavailableGwpException e) {
                instead = "";
            }
            return new GwpValue(ef.gas(), published.value(), ef.source().tableId() + ": " + published.reference(),
                    "the value the factor's table publishes for " + ef.gas() + " under " + published.gwpSet()
                            + instead);
        }
        GwpValue v;
        try {
            v = set.gwp(ef.gas(), type.methaneOrigin());
        } catch (UnavailableGwpException e) {
            if (published == null) {
                throw e;
            }
            throw new UnavailableGwpException(ef.source().tableId() + " publishes the " + ef.gas() + " of "
                    + type.id() + " with its own GWP under " + published.gwpSet() + " only ("
                    + published.reference() + "), and GWP set " + set.id() + " has no value for " + ef.gas()
                    + "; run with --gwp " + published.gwpSet() + ", or with a chain without " + ef.source().tableId());
        }
        if (published != null) {
            return new GwpValue(v.gas(), v.value(), v.source(), (v.note().isEmpty() ? "" : v.note() + "; ")
                    + ef.source().tableId() + " publishes " + NumberText.of(published.value()) + " under "
                    + published.gwpSet() + " only, so under " + set.id() + " the set's value applies");
        }
        return v;
    }

    /** @return a value of a rate unit in canonical units of both sides, exactly (to 50 digits) */
    private static BigDecimal canonical(BigDecimal value, RateUnit u) {
        BigDecimal ratio = u.mass().toCanonicalExact().divide(u.activity().toCanonicalExact(), DECIMAL);
        return value.multiply(ratio, DECIMAL);
    }

    /**
     * Adds the definitions of a rate unit's sides that are not canonical, as terms: the
     * numerator's multiplies (g/kWh: 0.001 kg/g), the denominator's divides (÷ 0.0036 GJ/kWh).
     */
    private static void unitTerms(RateUnit u, List<Calculation.Term> terms) {
        for (int s = 0; s < 2; s++) {
            boolean divisor = s == 1;
            ActivityUnit side = divisor ? u.activity() : u.mass();
            BigDecimal r = side.toCanonicalExact();
            if (r.compareTo(BigDecimal.ONE) != 0) {
                terms.add(new Calculation.Term(text(r), canonicalSymbol(side.kind()) + "/" + side.symbol(),
                        "unit definition", "", divisor));
            }
        }
    }

    /** @return a decimal as people write it: plain unless it is very small or large, no trailing zeros */
    private static String text(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() > 12 || s.precision() - s.scale() > 15 ? s.toString() : s.toPlainString();
    }

    /**
     * Names the canonical unit of a kind, as calculations and traces write it.
     *
     * @param kind the kind
     * @return "GJ", "kg", "m3" or "Nm3"
     */
    public static String canonicalSymbol(UnitKind kind) {
        return switch (kind) {
            case ENERGY -> "GJ";
            case MASS -> "kg";
            case VOLUME -> "m3";
            case STANDARD_VOLUME -> "Nm3";
        };
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

    /** @return canonical units per 1 {@link #unit()}: the exact unit ratio rounded once */
    public double unitRatio() {
        return unitRatio;
    }

    /** @return the number of gas positions */
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
     * @return the gas's name in calculations: its id, or {@value #BIOGENIC_CO2}
     */
    public String key(int i) {
        return keys[i];
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
     * @return the GWP of the gas, with its source (for biogenic CO2, the CO2 value that is not applied)
     */
    public GwpValue gwpValue(int i) {
        return gwpValues[i];
    }

    /**
     * @param i gas position
     * @return kg of gas per canonical unit of amount, rounded once from its exact decimal value
     */
    public double multiplier(int i) {
        return multipliers[i];
    }

    /**
     * @param i gas position
     * @return the multiplier as an exact decimal (to 50 significant digits where a quotient does not terminate)
     */
    public BigDecimal exactMultiplier(int i) {
        return exactMultipliers[i];
    }

    /**
     * Gets the GWP that {@link #co2eKg(double[])} multiplies gas {@code i}'s mass by: the gas's GWP
     * under {@link #gwpSet()}, or 0 for biogenic CO2.
     *
     * @param i gas position
     * @return the multiplier, kg CO2e per kg of gas
     */
    public double appliedGwp(int i) {
        return gwp[i];
    }

    /**
     * Converts an amount in {@link #unit()} to the canonical unit: {@code amount × unitRatio()}.
     *
     * @param amount the amount
     * @return the canonical amount
     */
    public double canonicalAmount(double amount) {
        return amount * unitRatio;
    }

    /**
     * Computes the mass of one gas.
     *
     * @param amount the amount in {@link #unit()}
     * @param i gas position
     * @return kg of gas: {@code canonicalAmount(amount) × multiplier(i)}
     */
    public double massKg(double amount, int i) {
        return (amount * unitRatio) * multipliers[i];
    }

    /**
     * Computes CO2e from per-gas masses: {@code Σ masses[i] × appliedGwp(i)}, correctly rounded,
     * biogenic CO2 excluded.
     *
     * @param masses kg per gas position, as {@link #massKg} gives them
     * @return kg CO2e
     */
    public double co2eKg(double[] masses) {
        return CorrectlyRounded.dot(masses, gwp, masses.length);
    }

    /** The notes of records: by whether the record states its scope and its sector (region and activity are the key's). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<List<String>> notes =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(4);

    /** @return the notes of a record this prices, made once per kind of record */
    List<String> notes(org.carbonledger.activity.Activity a, org.carbonledger.activity.Sector defaultSector) {
        boolean alias = !a.region().aliasNote().isEmpty() || (a.scope() != null && a.scope() != type.scope());
        int k = (a.scope() == null ? 1 : 0) | (a.sector() == null ? 2 : 0);
        List<String> n = alias ? null : notes.get(k);
        if (n == null) {
            n = List.copyOf(new ActivityResult(a, this, gwpSet, a.scope() != null ? a.scope() : type.scope(),
                    new double[0], 0, defaultSector).makeNotes());
            if (!alias) {
                notes.set(k, n);
            }
        }
        return n;
    }

    /** @return the multipliers by gas name, in gas order, as {@link Calculation#multipliers()} lists them */
    Map<String, Calculation.Multiplier> multiplierView() {
        return multiplierView;
    }

    /** @return the applied GWPs by gas name, as {@link Calculation#gwp()} lists them */
    Map<String, Double> gwpView() {
        return gwpView;
    }

    /**
     * The factor's own part of a trace, the same for every record it prices: its table and why it
     * won (and the tables passed over), the sources of its conversions and values, the calorific
     * basis, each multiplier with what it is built from, the GWPs applied and the biogenic rule.
     *
     * @return the trace lines
     */
    public List<String> trace() {
        List<String> t = new ArrayList<>();
        t.add(tableLine());
        for (String p : factor.passedOver()) {
            t.add("passed over " + p);
        }
        for (Conversion c : factor.conversions()) {
            t.add("conversion: " + NumberText.of(c.value()) + " " + c.unit()
                    + (c.basis() != null ? " (" + c.basis() + ")" : "") + cite(c));
        }
        if (!factor.basisNote().isEmpty()) {
            t.add("calorific basis: " + factor.basisNote());
        }
        for (EmissionFactor ef : factor.factors()) {
            t.add(ef.gas() + (biogenic(ef) ? " (biogenic)" : "") + ": "
                    + ef.exactValue().toPlainString() + " " + ef.unit() + cite(ef));
        }
        for (int i = 0; i < keys.length; i++) {
            t.add("multiplier " + keys[i] + ": " + multiplierLine(i));
        }
        gwpLines(t);
        return t;
    }

    /** @return "m kg/GJ = 43 TJ/Gg × 74100 kg/TJ ...", the multiplier and what it is built from */
    String multiplierLine(int i) {
        Calculation.Multiplier m = multiplierView.get(keys[i]);
        StringBuilder b = new StringBuilder(NumberText.of(m.value())).append(' ').append(m.unit()).append(" from ");
        for (int k = 0; k < m.from().size(); k++) {
            Calculation.Term t = m.from().get(k);
            b.append(k == 0 ? "" : t.divisor() ? " ÷ " : " × ").append(t.value()).append(' ').append(t.unit());
        }
        return b.toString();
    }

    String tableLine() {
        return "factor table " + factor.table().id() + " (" + factor.table().name() + ", edition "
                + factor.table().edition() + "): " + factor.why();
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
                t.add("GWP " + g.gas() + " = " + NumberText.of(g.value()) + ": " + g.source()
                        + (g.note().isEmpty() ? "" : "; " + g.note()));
            }
        }
        if (type.biogenic()) {
            t.add("biogenic CO2 of " + type.id() + " is reported apart and excluded from CO2e;"
                    + " its CH4 and N2O count");
        } else if (factor.factors().stream().anyMatch(EmissionFactor::biogenicCo2)) {
            t.add("the biogenic CO2 of " + type.id() + "'s bio content (published outside of scopes) is reported"
                    + " apart and excluded from CO2e; its fossil CO2, CH4 and N2O count");
        }
    }
}
