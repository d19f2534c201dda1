package org.carbonledger.spark;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A partition's rows as the text of an activities CSV, made as it is read: the header names the
 * data columns, each row is one record with every field quoted. The library's
 * {@code ActivityCsvReader} reads it, so that a row of a DataFrame is parsed, checked and worded
 * exactly as the same row of a file is by {@code carbonledger inventory}. Each record's identity
 * (its file and row) waits in a queue until the reader takes the record.
 *
 * <p>Values that are not text are written as their decimal text: a double as the shortest decimal
 * that reads back as the same double ({@link BigDecimal#valueOf(double)}, written plain), so that
 * the reader's amount is the DataFrame's amount, bit for bit. Not thread-safe.
 */
final class RowsAsCsv extends Reader {
    /** A record's identity: the file and the row number, or "" and 0 where the input has none. */
    record Identity(String source, long row) {
    }

    private final Iterator<Row> rows;
    private final int[] dataColumns;
    private final int sourceColumn;
    private final int rowColumn;
    private final ArrayDeque<Identity> pending = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int at;

    /**
     * @param rows the partition's rows
     * @param names the names of the data columns, in the order of {@code dataColumns}
     * @param dataColumns the positions of the data columns in a row
     * @param sourceColumn the position of the file's name, or -1
     * @param rowColumn the position of the row number, or -1
     */
    RowsAsCsv(Iterator<Row> rows, List<String> names, int[] dataColumns, int sourceColumn, int rowColumn) {
        this.rows = rows;
        this.dataColumns = dataColumns;
        this.sourceColumn = sourceColumn;
        this.rowColumn = rowColumn;
        for (int i = 0; i < names.size(); i++) {
            field(i, names.get(i));
        }
        text.append('\n');
    }

    /** @return the identity of the oldest record not yet taken; removes it */
    Identity take() {
        return pending.removeFirst();
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (at == text.length()) {
            if (!rows.hasNext()) {
                return -1;
            }
            text.setLength(0);
            at = 0;
            append(rows.next());
        }
        int n = Math.min(length, text.length() - at);
        text.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
    }

    private void append(Row r) {
        pending.addLast(new Identity(sourceColumn < 0 || r.isNullAt(sourceColumn) ? "" : r.getString(sourceColumn),
                rowColumn < 0 || r.isNullAt(rowColumn) ? 0 : ((Number) r.get(rowColumn)).longValue()));
        for (int i = 0; i < dataColumns.length; i++) {
            field(i, text(r.get(dataColumns[i])));
        }
        text.append('\n');
    }

    private void field(int i, String value) {
        if (i > 0) {
            text.append(',');
        }
        text.append('"');
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        text.append('"');
    }

    /** A value as the text a CSV file would hold; null as an empty field. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double d) {
            return decimal(d);
        }
        if (value instanceof Float f) {
            // the float as it prints (0.1f as 0.1), read as the reader reads any decimal
            return Float.isFinite(f) ? new BigDecimal(Float.toString(f)).toPlainString() : f.toString();
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
    }

    private static String decimal(double d) {
        // NaN and infinities stay as they print, for the reader to refuse with its own words
        return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : Double.toString(d);
    }

    @Override
    public void close() {
        // the rows belong to the partition's iterator, which Spark closes
    }
}
