package org.carbonledger.ghg;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A greenhouse gas, named by its formula or its industrial name ({@code CO2}, {@code CH4},
 * {@code N2O}, {@code SF6}, {@code HFC-134a}, {@code CF4} ...), or a refrigerant blend of such
 * gases named by its ASHRAE designation ({@code R-410A}).
 *
 * <p>The gases are those of the Kyoto basket whose GWP-100 values Carbon Ledger ships (the
 * gases of {@code ipcc_gwp100.csv}), and the blends whose every component is one of them (the
 * compositions of {@code refrigerant_blends.csv}: US EPA GHG Emission Factors Hub 2025, Table 12).
 * A blend's GWP is the mass-weighted sum of its components' ({@link GwpSet#gwp(Gas)}). Refrigerant
 * designations of pure gases are accepted as spellings ({@code R-32} is {@code HFC-32},
 * {@code R-744} is {@code CO2}).
 *
 * <p>{@link #CO2E} is not a gas but a CO2e figure that a table publishes for gases it does not give
 * apart (DESNZ bioenergy: the CH4 and N2O of burning wood as one kg CO2e value under AR5). Its
 * "mass" is kg CO2e, already weighted by the GWP set the table used: it counts under that set only
 * (the factor states it, {@link org.carbonledger.factor.EmissionFactor#publishedGwp()}) and no GWP
 * set has a value of its own for it. Immutable and thread-safe; compare with {@code equals}.
 *
 * @param id the canonical name, such as "CO2" or "HFC-134a"
 */
public record Gas(String id) implements Comparable<Gas> {
    private static final List<String> KNOWN = List.of("CO2", "CH4", "N2O", "SF6", "NF3", "HFC-23", "HFC-32",
            "HFC-125", "HFC-134a", "HFC-143a", "HFC-152a", "HFC-227ea", "HFC-236fa", "HFC-245fa", "HFC-365mfc",
            "HFC-43-10mee", "CF4", "C2F6", "C3F8", "c-C4F8",
            "R-404A", "R-407A", "R-407C", "R-410A", "R-410B", "R-507A", "R-508B", "CO2e");
    private static final Map<String, String> SPELLINGS = spellings();
    private static final Map<String, Integer> ORDINALS = ordinals();

    /** Carbon dioxide. */
    public static final Gas CO2 = new Gas("CO2");
    /** Methane. */
    public static final Gas CH4 = new Gas("CH4");
    /** Nitrous oxide. */
    public static final Gas N2O = new Gas("N2O");
    /** A CO2e figure published for gases not given apart (see the class comment). */
    public static final Gas CO2E = new Gas("CO2e");


    // Validates the name.
    public Gas {
        Objects.requireNonNull(id, "id");
        if (!KNOWN.contains(id)) {
            throw new IllegalArgumentException("unknown gas '" + id + "'; known gases: " + String.join(", ", KNOWN));
        }
    }

    private static Map<String, Integer> ordinals() {
        Map<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < KNOWN.size(); i++) {
            m.put(KNOWN.get(i), i);
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> spellings() {
        Map<String, String> m = new TreeMap<>();
        for (String k : KNOWN) {
            m.put(k.toLowerCase(Locale.ROOT), k);
        }
        m.put("pfc-14", "CF4");
        m.put("pfc-116", "C2F6");
        m.put("pfc-218", "C3F8");
        m.put("pfc-318", "c-C4F8");
        for (String k : KNOWN) {
            if (k.startsWith("R-")) {
                m.put("r" + k.substring(2).toLowerCase(Locale.ROOT), k); // r410a
            } else if (k.startsWith("HFC-")) {
                m.put("r-" + k.substring(4).toLowerCase(Locale.ROOT), k); // r-134a, the ASHRAE designation
            }
        }
        m.put("r-744", "CO2");
        m.put("r-14", "CF4");
        m.put("r-116", "C2F6");
        m.put("r-218", "C3F8");
        m.put("r-c318", "c-C4F8");
        m.put("co₂", "CO2");
        m.put("ch₄", "CH4");
        m.put("n₂o", "N2O");
        return Map.copyOf(m);
    }

    /**
     * Finds a gas by name, ignoring case; accepts {@code CF4 (PFC-14)} style names.
     *
     * @param text the name
     * @return the gas, or empty if unknown
     */
    public static Optional<Gas> find(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int paren = s.indexOf(" (");
        if (paren > 0) {
            s = s.substring(0, paren);
        }
        String id = SPELLINGS.get(s.toLowerCase(Locale.ROOT));
        return id == null ? Optional.empty() : Optional.of(new Gas(id));
    }

    /**
     * Reads a gas name.
     *
     * @param text the name, such as "CO2", "ch4" or "HFC-134a"
     * @return the gas
     * @throws IllegalArgumentException naming the known gases, if unknown
     */
    public static Gas parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException("unknown gas '" + text.strip()
                + "'; known gases: " + String.join(", ", KNOWN)));
    }

    /** @return every gas Carbon Ledger knows, in a fixed order (CO2, CH4, N2O first) */
    public static List<Gas> all() {
        return KNOWN.stream().map(Gas::new).toList();
    }

    /** @return the position of this gas in {@link #all()}, a stable small index */
    public int ordinal() {
        return ORDINALS.get(id);
    }

    @Override
    public int compareTo(Gas o) {
        return Integer.compare(ordinal(), o.ordinal());
    }

    @Override
    public String toString() {
        return id;
    }
}
