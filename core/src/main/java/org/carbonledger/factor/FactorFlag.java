package org.carbonledger.factor;

/**
 * Something an auditor must know about a factor that priced a record, although the record was
 * priced: the vocabulary of a record's {@code flags} in results (docs/design.md, "Flags").
 *
 * <p>A flagged record counts in every total; results count flagged records
 * ({@code counts.flagged}) and list each flagged factor with its records. A run that must not
 * price flagged records rejects them instead ({@code InventoryRun.Builder.rejectFlagged},
 * {@code carbonledger inventory --strict}).
 */
public enum FactorFlag {
    /**
     * The record's period is after the newest edition of the series that covers its activity and
     * region, and that newest edition priced it: the publisher has no factors for that year yet.
     * The DESNZ conversion factors' own guidance is to use the factors of the year the data is from
     * (2025 condensed set, sheet Introduction, cell A38); where that year has none, the newest set
     * available is the nearest that guidance allows, and results say so.
     */
    LATEST_EDITION("latest_edition"),
    /**
     * The factor of a fuel burnt gives no CH4 or no N2O (a user's table that states CO2 only, say):
     * the gases it omits count as nothing in the record's CO2e.
     */
    GASES_NOT_COVERED("gases_not_covered");

    private final String code;

    FactorFlag(String code) {
        this.code = code;
    }

    /** @return the flag as results write it, such as "latest_edition" */
    public String code() {
        return code;
    }
}
