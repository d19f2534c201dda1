package org.carbonledger.inventory;

import org.carbonledger.CarbonLedgerException;

/**
 * A run met more groups (distinct scope, site, process, period and activity) than its limit
 * allows: memory grows with the number of groups, never with the number of records, and the limit
 * keeps a run from failing for want of memory half-way. The run stops; nothing has been written.
 */
public final class TooManyGroupsException extends CarbonLedgerException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    /**
     * Creates the exception.
     *
     * @param limit the limit that was reached
     * @param message what happened and how to raise the limit
     */
    public TooManyGroupsException(long limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** @return the limit that was reached */
    public long limit() {
        return limit;
    }
}
