package org.carbonledger;

/**
 * A fault of one input record: it cannot be priced, but the records around it can. A run
 * ({@code org.carbonledger.inventory.InventoryRun}) never lets one escape: it turns each into
 * the record's rejection, with {@link #column()} and the message as its reason, and goes on.
 * Callers of the single-record methods ({@code EmissionCalculator.calculate}) catch this one
 * type to do the same.
 */
public abstract class RowFaultException extends CarbonLedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the record cannot be priced, and what would be accepted
     */
    protected RowFaultException(String message) {
        super(message);
    }

    /**
     * Names the input column at fault, as the activities CSV names it ("activity", "amount",
     * "unit", "period", "region", "sector", "basis", "scope").
     *
     * @return the column, or "" when the fault is the whole record
     */
    public abstract String column();
}
