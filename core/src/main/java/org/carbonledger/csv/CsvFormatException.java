package org.carbonledger.csv;

import org.carbonledger.internal.VisibleText;

/**
 * A CSV file that cannot be read at all: empty, not comma-delimited, a duplicate or missing
 * required column, an unterminated quote, a field over the size bound.
 *
 * <p>The message names the file and, where it applies, the row and column, and says what would
 * be accepted.
 */
public final class CsvFormatException extends org.carbonledger.CarbonLedgerException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long row;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param source the file or stream name
     * @param row the row (header = 1), or 0 when the fault is not in one row
     * @param message what is wrong and what would be accepted
     */
    public CsvFormatException(String source, long row, String message) {
        // shown with its control and invisible characters as <U+XXXX>: it quotes text from the file
        super(VisibleText.of(source + (row > 0 ? ", row " + row : "") + ": " + message));
        this.source = source;
        this.row = row;
        this.reason = VisibleText.of(message);
    }

    /** @return what is wrong, without the file and row, as in the message */
    public String reason() {
        return reason;
    }

    /** @return the file or stream name */
    public String source() {
        return source;
    }

    /** @return the row (header = 1), or 0 when the fault is not in one row */
    public long row() {
        return row;
    }
}
