package org.carbonledger.inventory;

import java.util.Objects;
import org.carbonledger.RowFaultException;

/**
 * A record was priced by a flagged factor ({@link org.carbonledger.factor.FactorFlag}) in a run
 * that rejects flagged records ({@link InventoryRun.Builder#rejectFlagged(boolean)}, the CLI's
 * {@code --strict}).
 */
public final class FlaggedFactorException extends RowFaultException {
    private static final long serialVersionUID = 1L;

    private final String column;

    /**
     * Creates the exception.
     *
     * @param column the column at fault: "period" for an edition past its validity, "activity"
     *     for gases not covered
     * @param message the flags and why they were set
     */
    public FlaggedFactorException(String column, String message) {
        super(message);
        this.column = Objects.requireNonNull(column, "column");
    }

    @Override
    public String column() {
        return column;
    }
}
