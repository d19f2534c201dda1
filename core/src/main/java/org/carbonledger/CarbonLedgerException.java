package org.carbonledger;

/**
 * The base of every exception Carbon Ledger throws for a cause the caller can act on: bad input,
 * a factor that cannot be found, a fault in a table. Catch this to handle them all; programming
 * errors stay {@link NullPointerException}, {@link IllegalArgumentException} and
 * {@link IllegalStateException}.
 */
public class CarbonLedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong, and what would be accepted
     */
    public CarbonLedgerException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what went wrong, and what would be accepted
     * @param cause the underlying failure
     */
    public CarbonLedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
