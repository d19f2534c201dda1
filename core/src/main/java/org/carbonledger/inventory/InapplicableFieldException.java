package org.carbonledger.inventory;

import java.util.Objects;
import org.carbonledger.RowFaultException;

/**
 * A record states a field that cannot apply to it, such as a calorific basis on an amount of
 * mass, or on electricity, whose factors have no basis: the record is rejected rather than the
 * field ignored, as the reader meant something the calculation would not do.
 */
public final class InapplicableFieldException extends RowFaultException {
    private static final long serialVersionUID = 1L;

    private final String column;

    /**
     * Creates the exception.
     *
     * @param column the column at fault
     * @param message why it cannot apply, and what would be accepted
     */
    public InapplicableFieldException(String column, String message) {
        super(message);
        this.column = Objects.requireNonNull(column, "column");
    }

    @Override
    public String column() {
        return column;
    }
}
