package org.carbonledger.factor;

/**
 * Two equally good factors in one table: resolution never picks between them. The message names
 * the query and both candidates.
 */
public final class AmbiguousFactorException extends org.carbonledger.RowFaultException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the query and the candidates
     */
    public AmbiguousFactorException(String message) {
        super(message);
    }

    /** @return "activity", the column at fault */
    @Override
    public String column() {
        return "activity";
    }
}
