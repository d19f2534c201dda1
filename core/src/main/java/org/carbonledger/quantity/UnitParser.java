package org.carbonledger.quantity;

import org.carbonledger.internal.NumberText;

import java.math.BigDecimal;
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
import org.carbonledger.internal.VisibleText;

/**
 * Reads unit symbols as written in activity files, factor tables, instruments and production
 * files.
 *
 * <p><b>Exact symbols mean what SI says.</b> {@code J}, {@code Wh}, {@code g} and {@code L}
 * ({@code l}) take every SI prefix, with its case: {@code mg} is a milligram and {@code Mg} a
 * megagram (a tonne), {@code mWh} a milliwatt-hour and {@code MWh} a megawatt-hour (SI Brochure,
 * 9th ed., 2019, Table 7; ronna, quetta, ronto, quecto from the 27th CGPM, 2022). Other units have
 * one symbol (written in reports) and some aliases: {@code mmBtu} also as {@code MMBtu},
 * {@code MMBTU}; {@code t} also as {@code tonne}, {@code Mg}; {@code L} also as {@code litre};
 * {@code m3} also as {@code m³}; {@code US gallon} also as {@code US gal}; {@code imp gal} also as
 * {@code imperial gallon}, {@code UK gallon}.
 *
 * <p><b>Never a guess.</b> A symbol that matches none exactly matches one ignoring case only when
 * no other unit has that spelling ignoring case: {@code kwh} is {@code kWh}, but {@code mwh} (MWh
 * or mWh?), {@code MG} (Mg or mg?) and {@code MJ}'s {@code mj} are refused with an
 * {@link AmbiguousUnitException} naming the candidates. Spellings that trades use for more than
 * one unit are refused the same way: {@code gal}, {@code gallon} (US or imperial), {@code ton}
 * (short, metric or long), {@code MT} (megatonne or metric ton), {@code MBtu} (10³ or 10⁶ Btu).
 * An unknown symbol throws {@link UnknownUnitException} that lists close matches.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is shared.
 */
public final class UnitParser {
    /**
     * The SI prefixes and their powers of ten: SI Brochure, 9th ed., 2019, Table 7, and the 27th
     * CGPM (2022), Resolution 3, for R, Q, r, q. Micro is the Greek mu (U+03BC); the micro sign
     * (U+00B5), which many keyboards give, is read as the same prefix.
     */
    private static final List<Map.Entry<String, Integer>> SI_PREFIXES = List.of(
            Map.entry("Q", 30), Map.entry("R", 27), Map.entry("Y", 24), Map.entry("Z", 21), Map.entry("E", 18),
            Map.entry("P", 15), Map.entry("T", 12), Map.entry("G", 9), Map.entry("M", 6), Map.entry("k", 3),
            Map.entry("h", 2), Map.entry("da", 1), Map.entry("d", -1), Map.entry("c", -2), Map.entry("m", -3),
            Map.entry("\u03bc", -6), Map.entry("n", -9), Map.entry("p", -12), Map.entry("f", -15),
            Map.entry("a", -18), Map.entry("z", -21), Map.entry("y", -24), Map.entry("r", -27), Map.entry("q", -30));
    private static final String MICRO_SIGN = "\u00b5";
    // after the prefixes, which building it reads
    private static final UnitParser STANDARD = new UnitParser(buildStandard(), standardAmbiguities());

    private final Map<String, ActivityUnit> bySymbol;
    private final Map<String, List<ActivityUnit>> byLowerCase;
    private final Map<String, List<String>> ambiguities;
    private final List<ActivityUnit> units;

    private UnitParser(Map<String, ActivityUnit> bySymbol, Map<String, List<String>> ambiguities) {
        this.bySymbol = Map.copyOf(bySymbol);
        Map<String, List<ActivityUnit>> lower = new LinkedHashMap<>();
        for (var e : bySymbol.entrySet()) {
            List<ActivityUnit> list = lower.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            if (!list.contains(e.getValue())) {
                list.add(e.getValue());
            }
        }
        for (List<ActivityUnit> list : lower.values()) {
            list.sort(Comparator.comparingDouble(ActivityUnit::toCanonical).reversed());
        }
        this.byLowerCase = Map.copyOf(lower);
        this.ambiguities = Map.copyOf(ambiguities);
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
        addPrefixed(m, "J", CarbonUnits.JOULE, BigDecimal.ONE);
        add(m, "Wh", CarbonUnits.WATT_HOUR);
        add(m, "kWh", CarbonUnits.KILOWATT_HOUR);
        add(m, "MWh", CarbonUnits.MEGAWATT_HOUR);
        add(m, "GWh", CarbonUnits.GIGAWATT_HOUR);
        addPrefixed(m, "Wh", CarbonUnits.JOULE, BigDecimal.valueOf(3600));
        add(m, "Btu", CarbonUnits.BTU, "BTU");
        add(m, "mmBtu", CarbonUnits.MMBTU, "MMBtu", "MMBTU", "mmbtu", "million Btu");
        add(m, "therm", CarbonUnits.THERM, "therms");
        add(m, "tce", CarbonUnits.TONNE_OF_COAL_EQUIVALENT);
        add(m, "toe", CarbonUnits.TONNE_OF_OIL_EQUIVALENT);
        add(m, "g", CarbonUnits.GRAM);
        add(m, "kg", CarbonUnits.KILOGRAM);
        add(m, "t", CarbonUnits.TONNE, "tonne", "tonnes", "metric ton", "metric tons", "Mg");
        add(m, "kt", CarbonUnits.KILOTONNE, "Gg");
        add(m, "Mt", CarbonUnits.MEGATONNE, "Tg");
        add(m, "Gt", CarbonUnits.GIGATONNE, "Pg");
        addPrefixed(m, "g", CarbonUnits.KILOGRAM, new BigDecimal("0.001"));
        add(m, "lb", CarbonUnits.POUND, "lbs");
        add(m, "short ton", CarbonUnits.SHORT_TON, "short_ton", "short tons", "US ton");
        add(m, "L", CarbonUnits.LITRE, "l", "litre", "litres", "liter", "liters");
        addPrefixed(m, "L", CarbonUnits.CUBIC_METRE, new BigDecimal("0.001"));
        addPrefixed(m, "l", CarbonUnits.CUBIC_METRE, new BigDecimal("0.001"));
        add(m, "m3", CarbonUnits.CUBIC_METRE, "m³", "m^3");
        add(m, "US gallon", CarbonUnits.US_GALLON, "US gal", "us_gallon", "US gallons");
        add(m, "imp gal", CarbonUnits.IMPERIAL_GALLON, "imperial gallon", "imperial gallons", "UK gallon",
                "UK gallons", "imp_gal");
        add(m, "ft3", CarbonUnits.CUBIC_FOOT, "ft³", "cu ft");
        add(m, "ccf", CarbonUnits.HUNDRED_CUBIC_FEET, "CCF");
        add(m, "Mcf", CarbonUnits.THOUSAND_CUBIC_FEET, "MCF");
        add(m, "Nm3", CarbonUnits.NORMAL_CUBIC_METRE, "Nm³", "Nm^3");
        add(m, "scf", CarbonUnits.STANDARD_CUBIC_FOOT);
        return m;
    }

    /**
     * Spellings that trades use for more than one unit, by their lower-case form, with the
     * readings they could have: refused whatever their case, as no case settles them.
     */
    private static Map<String, List<String>> standardAmbiguities() {
        List<String> gallon = List.of("US gallon (231 in\u00b3 = 3.785411784 L)", "imp gal (4.54609 L)");
        List<String> ton = List.of("short ton (2000 lb = 907.18474 kg)", "t (metric ton, 1000 kg)",
                "long ton (2240 lb = 1016.0469088 kg, not supported)");
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String s : List.of("gal", "gallon", "gallons")) {
            m.put(s, gallon);
        }
        for (String s : List.of("ton", "tons")) {
            m.put(s, ton);
        }
        // MT is written for the metric ton in trade; SI's Mt is the megatonne
        m.put("mt", List.of("Mt (megatonne, 10\u2079 kg)", "t (metric ton, 1000 kg)"));
        // MBtu is 10\u00b3 Btu in some trades and 10\u2076 Btu (MMBtu) in others
        m.put("mbtu", List.of("mmBtu (10\u2076 Btu)", "10\u00b3 Btu (write 1000 Btu as an amount of Btu)"));
        m.put("nm3", List.of("Nm3 (normal cubic metre of gas)", "nm\u00b3 (cubic nanometre, not supported)"));
        return m;
    }

    private static void add(Map<String, ActivityUnit> m, String symbol, Unit<?> unit, String... aliases) {
        ActivityUnit u = ActivityUnit.of(symbol, unit);
        m.put(symbol, u);
        for (String alias : aliases) {
            m.put(alias, u);
        }
    }

    /** Adds every SI prefix of a unit not already added, the micro sign as an alias of mu. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addPrefixed(Map<String, ActivityUnit> m, String symbol, Unit<?> si, BigDecimal size) {
        for (var prefix : SI_PREFIXES) {
            String s = prefix.getKey() + symbol;
            ActivityUnit u = m.get(s);
            if (u == null) {
                u = ActivityUnit.of(s, CarbonUnits.prefixed((Unit) si, size, prefix.getValue()));
                m.put(s, u);
            }
            if (prefix.getValue() == -6) {
                m.put(MICRO_SIGN + symbol, u);
            }
        }
    }

    /**
     * Reads a unit symbol.
     *
     * @param text the symbol, surrounding blanks ignored
     * @return the unit
     * @throws AmbiguousUnitException naming the candidates, if the symbol could mean more than one unit
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
     * @throws AmbiguousUnitException naming the candidates, if the symbol could mean more than one unit
     */
    public Optional<ActivityUnit> find(String text) {
        String s = text.strip();
        ActivityUnit exact = bySymbol.get(s);
        if (exact != null) {
            return Optional.of(exact);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        List<String> readings = ambiguities.get(lower);
        if (readings != null) {
            throw ambiguous(s, readings);
        }
        List<ActivityUnit> folded = byLowerCase.get(lower);
        if (folded == null) {
            return Optional.empty();
        }
        if (folded.size() > 1) {
            List<String> candidates = new ArrayList<>();
            for (ActivityUnit u : folded) {
                candidates.add(spellingLike(u, lower) + " (" + NumberText.of(u.toCanonical()) + " "
                        + u.kind().canonicalSymbol() + ")");
            }
            throw ambiguous(s, candidates);
        }
        return Optional.of(folded.get(0));
    }

    /** The unit's symbol if it has these letters, else its first alias that has them (Mg for t). */
    private String spellingLike(ActivityUnit u, String lower) {
        if (u.symbol().toLowerCase(Locale.ROOT).equals(lower)) {
            return u.symbol();
        }
        for (String spelling : spellings(u)) {
            if (spelling.toLowerCase(Locale.ROOT).equals(lower)) {
                return spelling;
            }
        }
        return u.symbol();
    }

    private static AmbiguousUnitException ambiguous(String s, List<String> readings) {
        List<String> symbols = new ArrayList<>();
        for (String r : readings) {
            symbols.add(r.contains(" (") ? r.substring(0, r.indexOf(" (")) : r);
        }
        String either = readings.size() == 2 ? readings.get(0) + " or " + readings.get(1)
                : String.join(", ", readings.subList(0, readings.size() - 1)) + " or " + readings.get(readings.size() - 1);
        return new AmbiguousUnitException(s, symbols, "ambiguous unit '" + VisibleText.of(s) + "': " + either
                + "? The case of a symbol is its meaning (m is milli, M is mega); write the unit exactly as meant");
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
            throw new UnknownUnitException(s, List.of(), "unknown factor unit '" + VisibleText.of(s)
                    + "'; expected MASS/ACTIVITY such as kg/GJ, kg/TJ, g/kWh, lb/MWh, kg/t, kg/L");
        }
        ActivityUnit mass = parse(s.substring(0, slash));
        ActivityUnit activity = parse(s.substring(slash + 1));
        if (mass.kind() != UnitKind.MASS) {
            throw new UnknownUnitException(s, List.of(), "factor unit '" + VisibleText.of(s) + "' must have a mass before the '/'"
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
            throw new UnknownUnitException(s, List.of(), "unknown ratio unit '" + VisibleText.of(s) + "'; expected A/B such as TJ/Gg or kg/L");
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
                : "unknown unit '" + VisibleText.of(s) + "'" + (suggestions.isEmpty() ? "" : "; did you mean "
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
