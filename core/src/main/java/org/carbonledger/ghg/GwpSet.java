package org.carbonledger.ghg;

import java.io.InputStream;
import java.math.BigDecimal;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.internal.NumberText;

/**
 * A set of GWP-100 values from one IPCC assessment report: {@code AR4}, {@code AR5} or {@code AR6}.
 *
 * <ul>
 *   <li>{@code AR4}: IPCC AR4 (2007) WG1 Ch. 2 Table 2.14; CH4 25 for every origin.</li>
 *   <li>{@code AR5}: IPCC AR5 (2013) WG1 Ch. 8 Table 8.A.1 without climate-carbon feedback; CH4 28
 *       for every origin (the table's fossil-methane 30 is not used, as docs/design.md §6 says).</li>
 *   <li>{@code AR6}: IPCC AR6 (2021) WG1 Ch. 7 Table 7.SM.7, with methane by origin from Table
 *       7.15 (see {@link MethaneOrigin}). SF6 is not shipped: its source value is in conflict
 *       (25200 in the accepted version, 24300 in the final table), so asking for it throws
 *       {@link UnavailableGwpException}.</li>
 * </ul>
 *
 * <p>Values are read from {@code ipcc_gwp100.csv} (collected 2026-11-29 from the CC0 dataset
 * openclimatedata/globalwarmingpotentials; the AR5 column equals US EPA Emission Factors Hub 2025
 * Table 11), where every row names its report and table. Rows whose confidence starts with
 * CONFLICT or SUSPECT are not loaded.
 *
 * <p>A refrigerant blend ({@code R-410A}) has the mass-weighted sum of its components' values in
 * the set: Σ mass fraction × component GWP, computed exactly in decimal and rounded once, with the
 * sum written out in {@link GwpValue#source()}. The compositions are those of US EPA GHG Emission
 * Factors Hub 2025 Table 12 ({@code refrigerant_blends.csv}, each row citing its cell). A blend
 * with a component the set does not ship has no value either. A factor table that publishes a
 * blend's own GWP (DESNZ: R-410A 1924 under AR5) states it on its factors
 * ({@link org.carbonledger.factor.EmissionFactor#publishedGwp()}), and the calculation applies that
 * value under the set it was published for. Immutable and thread-safe.
 */
public final class GwpSet {
    private static final String RESOURCE = "ipcc_gwp100.csv";
    private static final String BLENDS = "refrigerant_blends.csv";
    private static final Map<String, GwpSet> SETS = load();

    private final String id;
    private final String source;
    private final Map<Gas, GwpValue> values;
    private final Map<MethaneOrigin, GwpValue> methane;
    private final Map<String, String> withheld;

    private GwpSet(String id, String source, Map<Gas, GwpValue> values, Map<MethaneOrigin, GwpValue> methane,
            Map<String, String> withheld) {
        this.id = id;
        this.source = source;
        this.values = Collections.unmodifiableMap(values);
        this.methane = Collections.unmodifiableMap(methane);
        this.withheld = Collections.unmodifiableMap(withheld);
    }

    /**
     * Gets a GWP set by id, ignoring case.
     *
     * @param id {@code AR4}, {@code AR5} or {@code AR6}
     * @return the set
     * @throws IllegalArgumentException naming the accepted ids, if unknown
     */
    public static GwpSet of(String id) {
        Objects.requireNonNull(id, "id");
        GwpSet set = SETS.get(id.strip().toUpperCase(Locale.ROOT));
        if (set == null) {
            throw new IllegalArgumentException("unknown GWP set '" + id + "'; accepted: " + String.join(", ", SETS.keySet()));
        }
        return set;
    }

    /** @return the AR5 set, the documented default */
    public static GwpSet ar5() {
        return of("AR5");
    }

    /** @return the ids of every set, in report order */
    public static List<String> ids() {
        return List.copyOf(SETS.keySet());
    }

    /** @return the id, such as "AR5" */
    public String id() {
        return id;
    }

    /** @return the report and table the values come from */
    public String source() {
        return source;
    }

    /** @return the gases this set has values for, in {@link Gas#all()} order */
    public List<Gas> gases() {
        List<Gas> out = new ArrayList<>(values.keySet());
        Collections.sort(out);
        return out;
    }

    /**
     * Gets the GWP of a gas; for methane, of methane from combustion.
     *
     * @param gas the gas
     * @return the value with its source
     * @throws UnavailableGwpException if this set ships no value for the gas
     */
    public GwpValue gwp(Gas gas) {
        return gwp(gas, MethaneOrigin.COMBUSTION);
    }

    /**
     * Gets the GWP of a gas, taking methane's origin into account.
     *
     * @param gas the gas
     * @param origin the origin, used for methane only
     * @return the value with its source and why it applies
     * @throws UnavailableGwpException if this set ships no value for the gas
     */
    public GwpValue gwp(Gas gas, MethaneOrigin origin) {
        Objects.requireNonNull(gas, "gas");
        Objects.requireNonNull(origin, "origin");
        if (gas.equals(Gas.CH4)) {
            return methane.get(origin);
        }
        GwpValue v = values.get(gas);
        if (v == null) {
            String why = withheld.get(gas.id());
            throw new UnavailableGwpException("GWP set " + id + " has no value for " + gas
                    + (why != null ? ": " + why : "") + "; choose another GWP set (--gwp AR4|AR5|AR6)");
        }
        return v;
    }

    @Override
    public String toString() {
        return id;
    }

    private static Map<String, GwpSet> load() {
        Map<String, Map<Gas, GwpValue>> byTable = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, Map<String, String>> withheld = new LinkedHashMap<>();
        Map<String, GwpValue> ar6Methane = new LinkedHashMap<>();
        for (String set : List.of("AR4", "AR5", "AR6")) {
            byTable.put(set, new LinkedHashMap<>());
            withheld.put(set, new LinkedHashMap<>());
        }
        InputStream in = GwpSet.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing from the carbonledger-core jar");
        }
        try (CsvReader csv = CsvReader.of(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE)) {
            var h = csv.header();
            int edition = h.require("edition");
            int table = h.require("table");
            int activity = h.require("activity");
            int gas = h.require("gas");
            int value = h.require("value");
            int confidence = h.require("confidence");
            while (csv.next()) {
                String t = csv.field(table);
                String set = t.startsWith("AR4GWP100") ? "AR4" : t.startsWith("AR5GWP100") ? "AR5"
                        : t.startsWith("AR6GWP100") || csv.field(edition).startsWith("IPCC AR6") ? "AR6" : null;
                if (set == null) {
                    continue; // SAR, AR5 with climate-carbon feedback, AR5 fossil-methane footnote: not offered
                }
                String conf = csv.field(confidence);
                String gasName = csv.field(gas);
                if (conf.startsWith("CONFLICT") || conf.startsWith("SUSPECT")) {
                    int space = conf.indexOf(' ');
                    withheld.get(set).put(Gas.parse(gasName).id(), "its source value is marked "
                            + (space < 0 ? conf : conf.substring(0, space)) + " in " + RESOURCE + " ("
                            + csv.field(edition) + ")");
                    continue;
                }
                String act = csv.field(activity);
                GwpValue v = new GwpValue(Gas.parse(gasName), Double.parseDouble(csv.field(value)),
                        csv.field(edition), "");
                if (act.equals("CH4 fossil") || act.equals("CH4 non-fossil")) {
                    ar6Methane.put(act, v);
                } else if (t.contains("GWP100")) {
                    byTable.get(set).put(v.gas(), v);
                    sources.putIfAbsent(set, csv.field(edition));
                } else if (!v.gas().equals(Gas.CO2)) {
                    throw new IllegalStateException(RESOURCE + ": unexpected row for " + act);
                }
            }
        }
        Map<String, GwpSet> sets = new LinkedHashMap<>();
        for (String set : byTable.keySet()) {
            Map<Gas, GwpValue> values = byTable.get(set);
            GwpValue ch4 = values.remove(Gas.CH4);
            values.put(Gas.CO2, new GwpValue(Gas.CO2, 1, "definition: GWP of CO2 is 1", ""));
            Map<MethaneOrigin, GwpValue> methane = new EnumMap<>(MethaneOrigin.class);
            if (set.equals("AR6")) {
                GwpValue fossil = ar6Methane.get("CH4 fossil");
                GwpValue nonFossil = ar6Methane.get("CH4 non-fossil");
                methane.put(MethaneOrigin.COMBUSTION, note(nonFossil, "non-fossil value for methane from combustion,"
                        + " whose carbon the CO2 factor already counts (GHG Protocol AR6 GWP table, 2024)"));
                methane.put(MethaneOrigin.BIOGENIC, note(nonFossil, "non-fossil value for biogenic methane"));
                methane.put(MethaneOrigin.FOSSIL_FUGITIVE, note(fossil, "fossil value for fugitive fossil methane,"
                        + " including the CO2 it forms in the atmosphere"));
                methane.put(MethaneOrigin.UNKNOWN, note(ch4, "generic value for methane of unknown origin"));
            } else {
                for (MethaneOrigin o : MethaneOrigin.values()) {
                    methane.put(o, note(ch4, "one value for methane of every origin"));
                }
            }
            addBlends(values, withheld.get(set));
            withheld.get(set).put(Gas.CO2E.id(), "a CO2e figure is already weighted by the GWP set its table"
                    + " published it under, and counts under that set only");
            sets.put(set, new GwpSet(set, sources.get(set), values, methane, withheld.get(set)));
        }
        return Collections.unmodifiableMap(sets);
    }

    /** One component of a blend, as EPA Hub 2025 Table 12 gives it. */
    private record Component(Gas gas, BigDecimal fraction, String reference) {
    }

    /** @return the blends' compositions, by blend, in file order */
    private static Map<Gas, List<Component>> compositions() {
        InputStream in = GwpSet.class.getResourceAsStream(BLENDS);
        if (in == null) {
            throw new IllegalStateException("resource " + BLENDS + " is missing from the carbonledger-core jar");
        }
        Map<Gas, List<Component>> out = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.of(new InputStreamReader(in, StandardCharsets.UTF_8), BLENDS)) {
            var h = csv.header();
            int source = h.require("source");
            int edition = h.require("edition");
            int table = h.require("table");
            int activity = h.require("activity");
            int gas = h.require("gas");
            int value = h.require("value");
            while (csv.next()) {
                String ed = csv.field(edition);
                String reference = csv.field(source) + " " + (ed.indexOf(';') >= 0 ? ed.substring(0, ed.indexOf(';')) : ed)
                        + ", " + csv.field(table);
                out.computeIfAbsent(Gas.parse(csv.field(activity)), k -> new ArrayList<>())
                        .add(new Component(Gas.parse(csv.field(gas)), new BigDecimal(csv.field(value)), reference));
            }
        }
        for (var e : out.entrySet()) {
            BigDecimal sum = e.getValue().stream().map(Component::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                throw new IllegalStateException(BLENDS + ": the mass fractions of " + e.getKey() + " sum to " + sum);
            }
        }
        return out;
    }

    /** Adds each blend's mass-weighted GWP to a set's values, or withholds it with the reason. */
    private static void addBlends(Map<Gas, GwpValue> values, Map<String, String> withheld) {
        for (var e : compositions().entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            StringBuilder terms = new StringBuilder();
            String missing = null;
            for (Component c : e.getValue()) {
                GwpValue v = values.get(c.gas());
                if (v == null) {
                    missing = c.gas().id();
                    break;
                }
                BigDecimal component = new BigDecimal(NumberText.of(v.value()));
                sum = sum.add(c.fraction().multiply(component));
                terms.append(terms.length() == 0 ? "" : " + ").append(c.fraction().toPlainString()).append(" × ")
                        .append(c.gas()).append(' ').append(component.toPlainString());
            }
            if (missing != null) {
                withheld.put(e.getKey().id(), "its component " + missing + " has no value in this set");
                continue;
            }
            String source = "mass-weighted sum of the components' GWPs: " + terms + " = "
                    + sum.stripTrailingZeros().toPlainString() + " (components: " + values.get(e.getValue().get(0)
                    .gas()).source() + "; composition: " + e.getValue().get(0).reference() + ")";
            values.put(e.getKey(), new GwpValue(e.getKey(), sum.doubleValue(), source, "blend " + e.getKey()
                    + " by composition"));
        }
    }

    private static GwpValue note(GwpValue v, String note) {
        return new GwpValue(v.gas(), v.value(), v.source(), note);
    }
}
