package org.carbonledger.activity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a kind of activity, such as {@code fuel/natural_gas} or {@code electricity/grid}.
 *
 * <p>Ids are Carbon Ledger's own (docs/design.md §5): a family, a slash, and a snake-case name. Each
 * factor table maps them to its own names through data. Released gases and refrigerants keep the
 * names their standards give them: {@code fugitive/gas/SF6}, {@code fugitive/refrigerant/R-410A}
 * (the ASHRAE designation). Immutable and thread-safe.
 *
 * @param id the id text
 */
public record ActivityId(String id) implements Comparable<ActivityId> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]*(/[a-z0-9][a-z0-9_]*)+"
            // a released gas or refrigerant is named as its publishers name it: fugitive/refrigerant/R-410A
            + "|fugitive/(refrigerant|gas)/[A-Za-z0-9][A-Za-z0-9-]*");

    // Validates the form.
    public ActivityId {
        Objects.requireNonNull(id, "id");
        if (!FORM.matcher(id).matches()) {
            throw new IllegalArgumentException("activity id '" + id + "' is not of the form family/name in lower"
                    + " snake case, such as fuel/natural_gas (or fugitive/refrigerant/ and fugitive/gas/ followed by"
                    + " a designation, such as fugitive/refrigerant/R-410A)");
        }
    }

    /**
     * Reads an activity id.
     *
     * @param text the id, surrounding blanks ignored
     * @return the id
     * @throws IllegalArgumentException if not of the form family/name
     */
    public static ActivityId of(String text) {
        return new ActivityId(Objects.requireNonNull(text, "text").strip());
    }

    /** @return the family, the part before the first slash, such as "fuel" */
    public String family() {
        return id.substring(0, id.indexOf('/'));
    }

    @Override
    public int compareTo(ActivityId o) {
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
