package org.carbonledger.cli;

/** A fault that stops a command: reported as one line on stderr, exit status 1, no stack trace. */
final class FatalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FatalException(String message) {
        super(message, null, false, false);
    }
}
