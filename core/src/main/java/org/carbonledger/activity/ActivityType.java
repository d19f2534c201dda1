package org.carbonledger.activity;

import java.util.Objects;
import org.carbonledger.ghg.MethaneOrigin;

/**
 * What Carbon Ledger knows of an activity id beyond its factors: its name, its usual scope,
 * whether its CO2 is biogenic, and the origin of the methane it emits.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the activity id
 * @param name a readable name, such as "Natural gas"
 * @param scope the scope its emissions fall in unless a record says otherwise
 * @param biogenic true if its CO2 is biogenic (wood, biogas): reported apart, out of totals
 * @param methaneOrigin the origin of its methane, which decides methane's GWP under AR6
 * @param description what it covers, with the source names it maps to
 */
public record ActivityType(ActivityId id, String name, Scope scope, boolean biogenic, MethaneOrigin methaneOrigin,
        String description) {
    // Validates the fields.
    public ActivityType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(methaneOrigin, "methaneOrigin");
        Objects.requireNonNull(description, "description");
    }
}
