package org.carbonledger.inventory;

import org.carbonledger.RowFaultException;

/**
 * A record whose emissions a double cannot hold: an amount so large that a mass or the CO2e
 * overflows, or so small that a non-zero mass underflows to zero or loses its precision (below
 * the smallest normal double). The record is rejected rather than summed as infinity or zero.
 */
public final class EmissionsOutOfRangeException extends RowFaultException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what overflowed or underflowed, and what would be accepted
     */
    public EmissionsOutOfRangeException(String message) {
        super(message);
    }

    /** @return "amount", the column at fault */
    @Override
    public String column() {
        return "amount";
    }
}
