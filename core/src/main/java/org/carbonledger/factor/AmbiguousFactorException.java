package org.carbonledger.factor;

/**
 * Two equally good factors in one table: resolution never picks between them. The message names
 * the query and both candidates.
 */
public final class AmbiguousFactorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the query and the candidates
     */
    public AmbiguousFactorException(String message) {
        super(message);
    }
}
