package org.carbonledger.productivity;

/**
 * A panel file that cannot be used: a missing {@code dmu} column, no input or no output
 * column, a value that is blank, not a number or negative, a unit listed twice in one period,
 * a price column for an input that does not exist.
 *
 * <p>Holds the file, row (the header is row 1), column and value, and the message says what
 * would be accepted.
 */
public final class InvalidPanelException extends org.carbonledger.CarbonLedgerException {
    private static final long serialVersionUID = 1L;

    /** The file name. */
    private final String source;
    /** The row, header = 1. */
    private final long row;
    /** The column, or null. */
    private final String column;
    /** The offending text, or null. */
    private final String value;

    /**
     * Creates the exception.
     *
     * @param source the file name
     * @param row the row (header = 1), 0 when not about one row
     * @param column the column, or null
     * @param value the offending text, or null
     * @param reason what is wrong and what would be accepted
     */
    public InvalidPanelException(String source, long row, String column, String value,
            String reason) {
        super(source + (row > 0 ? ", row " + row : "") + (column != null ? ", column " + column : "")
                + (value != null ? ", value '" + value + "'" : "") + ": " + reason);
        this.source = source;
        this.row = row;
        this.column = column;
        this.value = value;
    }

    /** @return the file name */
    public String source() {
        return source;
    }

    /** @return the row (header = 1), 0 when not about one row */
    public long row() {
        return row;
    }

    /** @return the column, or null */
    public String column() {
        return column;
    }

    /** @return the offending value, or null */
    public String value() {
        return value;
    }
}
