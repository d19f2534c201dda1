package org.carbonledger.activity;

import java.util.List;
import java.util.Objects;
import org.carbonledger.internal.VisibleText;

/**
 * A row of an input file that was not used, with the evidence: where, which column, what value,
 * and why, in words that say what would be accepted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file
 * @param row the row number (header = 1)
 * @param column the column at fault, or "" when the fault is the whole row
 * @param value the value as written
 * @param reason the first fault, and what would be accepted
 * @param problems further faults of the same row; may be empty
 */
public record RejectedRow(String source, long row, String column, String value, String reason, List<String> problems) {
    // Validates the fields.
    public RejectedRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        problems = List.copyOf(problems);
    }

    /**
     * @return one line for messages: file, row, column, value and reason, with control and
     *     invisible characters shown as {@code <U+XXXX>} (a NUL or an escape sequence never reaches
     *     a terminal raw)
     */
    public String message() {
        return VisibleText.of(source + ", row " + row + (column.isEmpty() ? "" : ", column " + column)
                + (column.isEmpty() ? "" : ", value '" + value + "'") + ": " + reason);
    }
}
