package org.carbonledger.energy;

/**
 * Energy data that cannot be used for a baseline or a savings calculation: too few points for
 * the model, collinear or constant variables, missing or repeated periods, a blank or
 * non-numeric value, a variable that the baseline needs and the data lack.
 *
 * <p>Holds the file (or data set name), row (the header is row 1; 0 when the fault is not in one
 * row), column and value where they apply; the message says what would be accepted.
 */
public final class InvalidEnergyDataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long row;
    private final String column;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param source the file or data set name
     * @param row the row (header = 1), 0 when not about one row
     * @param column the column, or null
     * @param value the offending text, or null
     * @param reason what is wrong and what would be accepted
     */
    public InvalidEnergyDataException(String source, long row, String column, String value, String reason) {
        super(source + (row > 0 ? ", row " + row : "") + (column != null ? ", column " + column : "")
                + (value != null ? ", value '" + value + "'" : "") + ": " + reason);
        this.source = source;
        this.row = row;
        this.column = column;
        this.value = value;
    }

    /**
     * Creates an exception about a whole data set.
     *
     * @param source the file or data set name
     * @param reason what is wrong and what would be accepted
     */
    public InvalidEnergyDataException(String source, String reason) {
        this(source, 0, null, null, reason);
    }

    /** @return the file or data set name */
    public String source() {
        return source;
    }

    /** @return the row (header = 1), or 0 */
    public long row() {
        return row;
    }

    /** @return the column, or null */
    public String column() {
        return column;
    }

    /** @return the offending text, or null */
    public String value() {
        return value;
    }
}
