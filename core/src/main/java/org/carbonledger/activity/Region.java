package org.carbonledger.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A region in one hierarchy: global ⊃ country (ISO 3166-1 alpha-2: {@code GB}, {@code US},
 * {@code CN}) ⊃ sub-national or grid region ({@code US-CAMX}, {@code CN-GRID-NORTH},
 * {@code CN-BJ}).
 *
 * <p>A region matches its own factor rows, then its ancestors' (docs/design.md §4). {@code UK} is
 * accepted as an input alias of {@code GB}: {@link #aliasNote()} says so for the trace.
 * Immutable and thread-safe.
 *
 * @param id the normalised id; "GLOBAL" for the global region
 * @param aliasNote how the input was normalised, or "" if it was not
 */
public record Region(String id, String aliasNote) {
    /** The global region, IPCC's "default" rows. */
    public static final Region GLOBAL = new Region("GLOBAL", "");

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}(-[A-Z0-9]+)*");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    // Validates the fields.
    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(aliasNote, "aliasNote");
    }

    /**
     * Reads a region id; {@code UK} becomes {@code GB}, and so does {@code UK-...}.
     *
     * @param text such as "GB", "uk", "US-CAMX", "CN-BJ"; blank means global
     * @return the region
     * @throws IllegalArgumentException if the country is not an ISO 3166-1 alpha-2 code
     */
    public static Region parse(String text) {
        String s = Objects.requireNonNull(text, "text").strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("GLOBAL") || s.equals("DEFAULT")) {
            return GLOBAL;
        }
        String note = "";
        if (s.equals("UK") || s.startsWith("UK-")) {
            note = "region '" + text.strip() + "' read as GB (ISO 3166-1 code of the United Kingdom)";
            s = "GB" + s.substring(2);
        }
        if (!FORM.matcher(s).matches() || !COUNTRIES.contains(s.substring(0, 2))) {
            throw new IllegalArgumentException("region '" + text.strip() + "' is not an ISO 3166-1 alpha-2 country"
                    + " code (GB, US, CN ...) optionally followed by a sub-region (US-CAMX, CN-BJ)");
        }
        return new Region(s, note);
    }

    /** @return true for the global region */
    public boolean isGlobal() {
        return id.equals(GLOBAL.id);
    }

    /** @return the parent region: the country of a sub-region, global for a country, null for global */
    public Region parent() {
        if (isGlobal()) {
            return null;
        }
        return id.length() == 2 ? GLOBAL : new Region(id.substring(0, 2), "");
    }

    /** @return this region and its ancestors, most specific first, ending with global */
    public List<Region> lineage() {
        List<Region> out = new ArrayList<>(3);
        for (Region r = this; r != null; r = r.parent()) {
            out.add(r.aliasNote.isEmpty() ? r : new Region(r.id, ""));
        }
        return out;
    }

    /** @return 0 for global, 1 for a country, 2 for a sub-region */
    public int depth() {
        return isGlobal() ? 0 : id.length() == 2 ? 1 : 2;
    }

    /**
     * Tells whether this region equals or contains another.
     *
     * @param other a region
     * @return true if {@code other} is this region or a descendant of it
     */
    public boolean contains(Region other) {
        for (Region r = other; r != null; r = r.parent()) {
            if (r.id.equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
