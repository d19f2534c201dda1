package org.carbonledger.cli;

/** A fault that stops a command: reported as one line on stderr, exit status 1, no stack trace. */
public final class FatalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the one line to print
     */
    public FatalException(String message) {
        super(message, null, false, false);
    }
}
