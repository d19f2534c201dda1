package org.carbonledger.ghg;

/**
 * A GWP that the chosen set does not ship, because its source value is missing or in conflict.
 */
public final class UnavailableGwpException extends org.carbonledger.RowFaultException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was asked and why it is unavailable
     */
    public UnavailableGwpException(String message) {
        super(message);
    }

    /** @return "activity", the column at fault */
    @Override
    public String column() {
        return "activity";
    }
}
