package org.carbonledger.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.carbonledger.internal.NumberText;

/**
 * Writes CSV the one way every result of Carbon Ledger is written: UTF-8, LF line ends, RFC 4180
 * quoting (a cell with a comma, quote or line break is quoted, quotes doubled), numbers as
 * {@link NumberText} prints them, and text cells that a spreadsheet would run as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) neutralised
 * with a leading apostrophe, unless the text is a plain number (OWASP, "CSV Injection").
 *
 * <pre>{@code
 * try (CsvWriter csv = new CsvWriter(out)) {
 *     csv.text("site").text("co2e_kg").end();
 *     csv.text("Leeds").number(1234.5).end();
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class CsvWriter implements Closeable {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];
    private boolean first = true;

    /**
     * Creates a writer.
     *
     * @param out the stream, in UTF-8; closed by {@link #close}
     */
    public CsvWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /**
     * Adds a text cell, neutralised and quoted as needed.
     *
     * @param s the text; null is written as an empty cell
     * @return this writer
     */
    public CsvWriter text(String s) {
        return raw(cell(s));
    }

    /**
     * Adds a number cell.
     *
     * @param v the number
     * @return this writer
     */
    public CsvWriter number(double v) {
        return raw(NumberText.of(v));
    }

    /**
     * Adds a whole-number cell.
     *
     * @param v the number
     * @return this writer
     */
    public CsvWriter number(long v) {
        return raw(Long.toString(v));
    }

    /**
     * Adds a cell made once by {@link #cell} (or several, joined by commas): for cells that
     * repeat, such as a factor's references on every record it prices.
     *
     * @param cells the cell text, already neutralised and quoted
     * @return this writer
     */
    public CsvWriter raw(String cells) {
        if (!first) {
            line.append(',');
        }
        line.append(cells);
        first = false;
        return this;
    }

    /**
     * Ends the line and writes it.
     *
     * @return this writer
     * @throws UncheckedIOException if the stream fails
     */
    public CsvWriter end() {
        line.append('\n');
        if (chars.length < line.length()) {
            chars = new char[Math.max(line.length(), chars.length * 2)];
        }
        line.getChars(0, line.length(), chars, 0);
        try {
            out.write(chars, 0, line.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
        first = true;
        return this;
    }

    /**
     * Makes a text cell: neutralised, then quoted as needed.
     *
     * @param s the text; null for an empty cell
     * @return the cell as written
     */
    public static String cell(String s) {
        return quote(neutralise(s == null ? "" : s));
    }

    /**
     * Neutralises a text a spreadsheet would read as a formula by prefixing an apostrophe; a
     * plain number ({@code -5}, {@code +1.5e3}) stays as it is.
     *
     * @param s the text
     * @return the text, safe to open in a spreadsheet
     */
    public static String neutralise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !PLAIN_NUMBER.matcher(s).matches()) {
            return "'" + s;
        }
        return s;
    }

    private static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }

    /** Flushes and closes the stream. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes the stream.
     *
     * @throws UncheckedIOException if the stream fails
     */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
