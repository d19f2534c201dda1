package org.carbonledger.quantity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.measure.Unit;

/**
 * Reads unit symbols as written in activity files and factor tables.
 *
 * <p>Every supported unit has one symbol (written in reports) and some common aliases: {@code
 * kWh} also as {@code kwh}; {@code mmBtu} also as {@code MMBtu}, {@code MMBTU}; {@code t} also as
 * {@code tonne}; {@code L} also as {@code l}, {@code litre}, {@code liter}; {@code m3} also as
 * {@code m³}, {@code m^3}; {@code US gallon} also as {@code gal}, {@code gallon}. A symbol that
 * matches no symbol or alias exactly matches one ignoring case only when that match is unique.
 * An unknown symbol throws {@link UnknownUnitException} that lists close matches. Ambiguous
 * spellings ({@code MBtu}, which means 10³ Btu in some trades and 10⁶ in others; the bare
 * {@code therm} of the US) are deliberately absent.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is shared.
 */
public final class UnitParser {
    private static final UnitParser STANDARD = new UnitParser(buildStandard());

    private final Map<String, ActivityUnit> bySymbol;
    private final Map<String, List<ActivityUnit>> byLowerCase;
    private final List<ActivityUnit> units;

    private UnitParser(Map<String, ActivityUnit> bySymbol) {
        this.bySymbol = Map.copyOf(bySymbol);
        Map<String, List<ActivityUnit>> lower = new LinkedHashMap<>();
        for (var e : bySymbol.entrySet()) {
            List<ActivityUnit> list = lower.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            if (!list.contains(e.getValue())) {
                list.add(e.getValue());
            }
        }
        this.byLowerCase = Map.copyOf(lower);
        List<ActivityUnit> distinct = new ArrayList<>();
        for (ActivityUnit u : bySymbol.values()) {
            if (!distinct.contains(u)) {
                distinct.add(u);
            }
        }
        distinct.sort(Comparator.comparing((ActivityUnit u) -> u.kind()).thenComparingDouble(ActivityUnit::toCanonical));
        this.units = List.copyOf(distinct);
    }

    /** @return the parser of every unit listed in the README */
    public static UnitParser standard() {
        return STANDARD;
    }

    private static Map<String, ActivityUnit> buildStandard() {
        Map<String, ActivityUnit> m = new LinkedHashMap<>();
        add(m, "J", CarbonUnits.JOULE);
        add(m, "kJ", CarbonUnits.KILOJOULE);
        add(m, "MJ", CarbonUnits.MEGAJOULE);
        add(m, "GJ", CarbonUnits.GIGAJOULE);
        add(m, "TJ", CarbonUnits.TERAJOULE);
        add(m, "Wh", CarbonUnits.WATT_HOUR);
        add(m, "kWh", CarbonUnits.KILOWATT_HOUR);
        add(m, "MWh", CarbonUnits.MEGAWATT_HOUR);
        add(m, "GWh", CarbonUnits.GIGAWATT_HOUR);
        add(m, "Btu", CarbonUnits.BTU, "BTU");
        add(m, "mmBtu", CarbonUnits.MMBTU, "MMBtu", "MMBTU", "mmbtu", "million Btu");
        add(m, "therm", CarbonUnits.THERM, "therms");
        add(m, "tce", CarbonUnits.TONNE_OF_COAL_EQUIVALENT);
        add(m, "toe", CarbonUnits.TONNE_OF_OIL_EQUIVALENT);
        add(m, "g", CarbonUnits.GRAM);
        add(m, "kg", CarbonUnits.KILOGRAM);
        add(m, "t", CarbonUnits.TONNE, "tonne", "tonnes", "metric ton", "Mg");
        add(m, "kt", CarbonUnits.KILOTONNE, "Gg");
        add(m, "lb", CarbonUnits.POUND, "lbs");
        add(m, "short ton", CarbonUnits.SHORT_TON, "short_ton", "short tons");
        add(m, "L", CarbonUnits.LITRE, "l", "litre", "litres", "liter", "liters");
        add(m, "m3", CarbonUnits.CUBIC_METRE, "m³", "m^3");
        add(m, "US gallon", CarbonUnits.US_GALLON, "gal", "gallon", "gallons", "US gal", "us_gallon");
        add(m, "Nm3", CarbonUnits.NORMAL_CUBIC_METRE, "Nm³", "Nm^3");
        add(m, "scf", CarbonUnits.STANDARD_CUBIC_FOOT);
        return m;
    }

    private static void add(Map<String, ActivityUnit> m, String symbol, Unit<?> unit, String... aliases) {
        ActivityUnit u = ActivityUnit.of(symbol, unit);
        m.put(symbol, u);
        for (String alias : aliases) {
            m.put(alias, u);
        }
    }

    /**
     * Reads a unit symbol.
     *
     * @param text the symbol, surrounding blanks ignored
     * @return the unit
     * @throws UnknownUnitException naming the symbol and close matches, if unknown
     */
    public ActivityUnit parse(String text) {
        Objects.requireNonNull(text, "text");
        return find(text).orElseThrow(() -> unknown(text.strip()));
    }

    /**
     * Finds a unit by symbol.
     *
     * @param text the symbol, surrounding blanks ignored
     * @return the unit, or empty if unknown
     */
    public Optional<ActivityUnit> find(String text) {
        String s = text.strip();
        ActivityUnit exact = bySymbol.get(s);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<ActivityUnit> folded = byLowerCase.get(s.toLowerCase(Locale.ROOT));
        return folded != null && folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    /**
     * Reads the unit of an emission factor, {@code MASS/ACTIVITY} such as {@code kg/TJ} or
     * {@code lb/MWh}.
     *
     * @param text the rate symbol
     * @return the rate unit
     * @throws UnknownUnitException if either side is unknown or the numerator is not a mass
     */
    public RateUnit parseRate(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == s.length() - 1 || s.indexOf('/', slash + 1) >= 0) {
            throw new UnknownUnitException(s, List.of(), "unknown factor unit '" + s
                    + "'; expected MASS/ACTIVITY such as kg/GJ, kg/TJ, g/kWh, lb/MWh, kg/t, kg/L");
        }
        ActivityUnit mass = parse(s.substring(0, slash));
        ActivityUnit activity = parse(s.substring(slash + 1));
        if (mass.kind() != UnitKind.MASS) {
            throw new UnknownUnitException(s, List.of(), "factor unit '" + s + "' must have a mass before the '/'"
                    + " (g, kg, t, lb ...), not " + mass.kind().description());
        }
        return new RateUnit(s.replace(" ", ""), mass, activity);
    }

    /**
     * Reads a ratio of two units, {@code A/B}, such as a calorific value {@code TJ/Gg} or a
     * density {@code kg/L}.
     *
     * @param text the ratio symbol
     * @return the ratio unit
     * @throws UnknownUnitException if either side is unknown or there is no single '/'
     */
    public RateUnit parseRatio(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == s.length() - 1 || s.indexOf('/', slash + 1) >= 0) {
            throw new UnknownUnitException(s, List.of(), "unknown ratio unit '" + s + "'; expected A/B such as TJ/Gg or kg/L");
        }
        ActivityUnit num = parse(s.substring(0, slash));
        ActivityUnit den = parse(s.substring(slash + 1));
        return new RateUnit(s.replace(" ", ""), num, den);
    }

    /** @return every distinct unit, by kind then size */
    public List<ActivityUnit> units() {
        return units;
    }

    /**
     * Lists the symbols and aliases of one unit.
     *
     * @param unit a unit of this parser
     * @return its symbol first, then its aliases
     */
    public List<String> spellings(ActivityUnit unit) {
        List<String> out = new ArrayList<>();
        out.add(unit.symbol());
        for (var e : bySymbol.entrySet()) {
            if (e.getValue().equals(unit) && !e.getKey().equals(unit.symbol())) {
                out.add(e.getKey());
            }
        }
        return Collections.unmodifiableList(out);
    }

    private UnknownUnitException unknown(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        record Match(String symbol, int distance) { }
        List<Match> matches = new ArrayList<>();
        for (String known : bySymbol.keySet()) {
            String k = known.toLowerCase(Locale.ROOT);
            int d = distance(lower, k);
            boolean prefix = !lower.isEmpty() && (k.startsWith(lower) || lower.startsWith(k)) && k.length() > 1;
            if (d <= Math.max(1, Math.min(2, k.length() / 2)) || prefix) {
                matches.add(new Match(bySymbol.get(known).symbol(), prefix ? Math.min(d, 1) : d));
            }
        }
        matches.sort(Comparator.comparingInt(Match::distance).thenComparing(Match::symbol));
        List<String> suggestions = new ArrayList<>();
        for (Match m : matches) {
            if (!suggestions.contains(m.symbol()) && suggestions.size() < 5) {
                suggestions.add(m.symbol());
            }
        }
        String message = s.isEmpty() ? "unit is blank; give a unit symbol such as kWh, GJ, t, L, Nm3"
                : "unknown unit '" + s + "'" + (suggestions.isEmpty() ? "" : "; did you mean "
                        + String.join(", ", suggestions) + "?") + " (see the README for every supported unit)";
        return new UnknownUnitException(s, suggestions, message);
    }

    /** Levenshtein distance, for suggestions only. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
