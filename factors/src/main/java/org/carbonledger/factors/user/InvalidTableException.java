package org.carbonledger.factors.user;

import org.carbonledger.internal.VisibleText;

/**
 * A user's factor table that cannot be used, with the evidence: file, row (or JSON position),
 * column, value and what would be accepted.
 */
public final class InvalidTableException extends org.carbonledger.CarbonLedgerException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String row;
    private final String column;
    private final String value;

    InvalidTableException(String file, String row, String column, String value, String reason) {
        // shown with its control and invisible characters as <U+XXXX>: it quotes text from the file
        super(VisibleText.of(file + (row.isEmpty() ? "" : ", " + row) + (column.isEmpty() ? "" : ", column " + column)
                + (value == null ? "" : ", value '" + value + "'") + ": " + reason));
        this.file = file;
        this.row = row;
        this.column = column;
        this.value = value;
    }

    /** @return the file */
    public String file() {
        return file;
    }

    /** @return "row N" for CSV, "factors[N]" for JSON, or "" for the table's metadata */
    public String row() {
        return row;
    }

    /** @return the column or field, or "" */
    public String column() {
        return column;
    }

    /** @return the value as written, or null */
    public String value() {
        return value;
    }
}
