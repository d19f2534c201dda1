package org.carbonledger.inventory;

import java.util.Map;
import java.util.Objects;
import org.carbonledger.activity.RejectedRow;

/**
 * What a run made of one input row: its priced record, or its rejection. Exactly one of
 * {@link #result()} and {@link #rejection()} is present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the row number (the header is row 1), or the record's position counted from 1 when
 *     the records do not come from a file
 * @param result the priced record, or null if rejected
 * @param factor the factor's entry in the run's list of factors ({@link InventoryResult#factors()}),
 *     or null if rejected
 * @param rejection the rejection, or null if priced
 * @param fields the row's fields as read, by column (id, site, process, period, activity, amount,
 *     unit, scope), for listings of rejected rows; empty for a priced record
 */
public record RecordOutcome(long row, ActivityResult result, FactorUse factor, RejectedRow rejection,
        Map<String, String> fields) {

    // Validates the fields.
    public RecordOutcome {
        if ((result == null) == (rejection == null)) {
            throw new IllegalArgumentException("a row is either priced or rejected");
        }
        if (result != null) {
            Objects.requireNonNull(factor, "factor");
        }
        fields = Map.copyOf(fields);
    }

    /** @return true if the row was priced */
    public boolean isPriced() {
        return result != null;
    }
}
