package org.carbonledger.factor;

import java.util.Objects;

/**
 * A GWP that a factor table publishes for the gas of one of its factors, such as the DESNZ
 * "Refrigerant &amp; other" sheet's 1924 kg CO2e per kg of R-410A under AR5. A calculation under
 * {@link #gwpSet()} applies it instead of the GWP set's own value (for a blend, the value by
 * composition), and says so in the trace; under any other set the set's own value applies.
 *
 * <p>Immutable and thread-safe.
 *
 * @param gwpSet the id of the GWP set the table published it under, such as "AR5"
 * @param value kg CO2e per kg of the gas, positive and finite
 * @param reference where the table publishes it (sheet and cell, or flat-file ID)
 */
public record PublishedGwp(String gwpSet, double value, String reference) {
    // Validates the fields.
    public PublishedGwp {
        Objects.requireNonNull(gwpSet, "gwpSet");
        Objects.requireNonNull(reference, "reference");
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a published GWP must be positive and finite: " + value);
        }
    }
}
