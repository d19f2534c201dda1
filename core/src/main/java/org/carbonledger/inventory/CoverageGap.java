package org.carbonledger.inventory;

import java.io.Serializable;
import java.util.Objects;

/**
 * Rows of one activity and region that no table in the chain covers: a coverage gap of the
 * inventory, listed in results and reports, never summed as zero.
 *
 * <p>Immutable and thread-safe; serializable.
 *
 * @param activity the activity id
 * @param region the region id, or "" for none
 * @param column the input column at fault (the furthest any table got)
 * @param reason why, naming each table tried
 * @param rows how many rows
 */
public record CoverageGap(String activity, String region, String column, String reason, long rows)
        implements Serializable {

    // Validates the fields.
    public CoverageGap {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return what identifies the gap: activity, region and column */
    String key() {
        return activity + "|" + region + "|" + column;
    }

    CoverageGap withRows(long n) {
        return new CoverageGap(activity, region, column, reason, n);
    }
}
