package org.carbonledger.activity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a kind of activity, such as {@code fuel/natural_gas} or {@code electricity/grid}.
 *
 * <p>Ids are Carbon Ledger's own (docs/design.md §5): a family, a slash, and a snake-case name. Each
 * factor table maps them to its own names through data. Immutable and thread-safe.
 *
 * @param id the id text
 */
public record ActivityId(String id) implements Comparable<ActivityId> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]*(/[a-z0-9][a-z0-9_]*)+");

    // Validates the form.
    public ActivityId {
        Objects.requireNonNull(id, "id");
        if (!FORM.matcher(id).matches()) {
            throw new IllegalArgumentException("activity id '" + id + "' is not of the form family/name in lower"
                    + " snake case, such as fuel/natural_gas");
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
