package org.carbonledger.inventory;

import org.carbonledger.activity.Scope;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * The grouping of an inventory: scope, site, process, period and activity.
 *
 * <p>Typed where the concept is (the scope); site, process and period as written, so that the key is
 * serializable and compares without parsing. Immutable and thread-safe.
 *
 * @param scope the scope
 * @param site the site, or ""
 * @param process the process, or ""
 * @param period the period as written, or ""
 * @param activity the activity id
 */
public record InventoryKey(Scope scope, String site, String process, String period, String activity)
        implements Comparable<InventoryKey>, Serializable {

    private static final Comparator<InventoryKey> ORDER = Comparator.comparing(InventoryKey::scope)
            .thenComparing(InventoryKey::site).thenComparing(InventoryKey::process)
            .thenComparing(InventoryKey::period).thenComparing(InventoryKey::activity);

    // Validates the fields.
    public InventoryKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(activity, "activity");
    }

    /**
     * Makes the key of a result.
     *
     * @param r the result
     * @return its key
     */
    public static InventoryKey of(ActivityResult r) {
        var a = r.activity();
        return new InventoryKey(r.scope(), a.site(), a.process(), a.period() == null ? "" : a.period().text(),
                a.activity().id());
    }

    @Override
    public int compareTo(InventoryKey o) {
        return ORDER.compare(this, o);
    }
}
