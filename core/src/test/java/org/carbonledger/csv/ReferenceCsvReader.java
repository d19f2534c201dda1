package org.carbonledger.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The character-at-a-time CSV reader as it was before the chunked scanner (commit 5d8d2e5), kept
 * as the reference that {@link CsvReaderEquivalenceTest} compares {@link CsvReader} against:
 * same fields, same rows, same errors.
 */
final class ReferenceCsvReader implements Closeable {
    /** The longest field accepted, in characters. */
    public static final int MAX_FIELD_LENGTH = 1 << 16;
    /** The most fields accepted in one record. */
    public static final int MAX_FIELDS = 4096;

    private static final int EOF = -1;

    private final Reader in;
    private final String source;
    private final CsvHeader header;
    private final StringBuilder buffer = new StringBuilder(64);
    private String[] fields = new String[16];
    private int fieldCount;
    private long row;
    private long nextRow = 1;
    private int pushback = -2;
    private boolean ended;

    private final List<String> comments = new ArrayList<>();

    private ReferenceCsvReader(Reader in, String source, boolean allowComments) {
        this.in = in;
        this.source = source;
        try {
            skipByteOrderMark();
            if (allowComments) {
                readComments();
            }
            if (!readRecord()) {
                throw new CsvFormatException(source, 0,
                        "the file is empty; expected a header row naming the columns");
            }
            List<String> names = Arrays.asList(Arrays.copyOf(fields, fieldCount));
            if (names.size() == 1) {
                rejectOtherDelimiter(names.get(0));
            }
            this.header = CsvHeader.of(source, names);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /**
     * Opens a UTF-8 file.
     *
     * @param file the file
     * @return a reader positioned after the header
     * @throws CsvFormatException if the file is missing, unreadable, empty or its header is bad
     */
    static ReferenceCsvReader open(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        InputStream stream;
        try {
            stream = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new CsvFormatException(name, 0, "no such file");
        } catch (IOException e) {
            throw new CsvFormatException(name, 0, "cannot be read: " + e.getMessage());
        }
        if (Files.isDirectory(file)) {
            throw new CsvFormatException(name, 0, "is a directory, not a CSV file");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new ReferenceCsvReader(new BufferedReader(new InputStreamReader(stream, decoder), 1 << 16), name, false);
    }

    /**
     * Reads CSV text from a reader.
     *
     * @param reader the text; closed with this reader
     * @param source the name used in messages
     * @return a reader positioned after the header
     * @throws CsvFormatException if the text is empty or its header is bad
     */
    static ReferenceCsvReader of(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Reader buffered = reader instanceof BufferedReader ? reader : new BufferedReader(reader);
        return new ReferenceCsvReader(buffered, source, false);
    }

    /**
     * Reads CSV text that may start with comment lines ({@code #} in the first column), as
     * factor tables do. Comment lines count as rows, as a spreadsheet shows them, so the header
     * is row 1 only when there are none.
     *
     * @param reader the text; closed with this reader
     * @param source the name used in messages
     * @return a reader positioned after the header; {@link #comments()} holds the comments
     * @throws CsvFormatException if there is no header or it is bad
     */
    static ReferenceCsvReader withComments(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Reader buffered = reader instanceof BufferedReader ? reader : new BufferedReader(reader);
        return new ReferenceCsvReader(buffered, source, true);
    }

    /** @return the text of the leading comment lines, without the {@code #}; empty if none */
    public List<String> comments() {
        return List.copyOf(comments);
    }

    private void readComments() {
        while (true) {
            int c = read();
            if (c != '#') {
                pushback = c;
                return;
            }
            StringBuilder line = new StringBuilder();
            while ((c = read()) != '\n' && c != EOF) {
                if (c != '\r') {
                    line.append((char) c);
                }
                if (line.length() > MAX_FIELD_LENGTH) {
                    throw new CsvFormatException(source, nextRow, "comment line is longer than " + MAX_FIELD_LENGTH
                            + " characters");
                }
            }
            comments.add(line.toString().strip());
            nextRow++;
            if (c == EOF) {
                return;
            }
        }
    }

    /** @return the header (row 1) */
    public CsvHeader header() {
        return header;
    }

    /** @return the file or stream name given at opening */
    public String source() {
        return source;
    }

    /**
     * Advances to the next record.
     *
     * @return false at the end of the input
     * @throws CsvFormatException on malformed CSV
     */
    public boolean next() {
        return readRecord();
    }

    /** @return the row number of the current record (header = 1) */
    public long row() {
        return row;
    }

    /** @return the number of fields in the current record */
    public int fieldCount() {
        return fieldCount;
    }

    /**
     * Gets a field of the current record.
     *
     * @param column zero-based index
     * @return the field's text, unquoted; "" if the record has fewer fields
     */
    public String field(int column) {
        return column < fieldCount ? fields[column] : "";
    }

    /** @return true if the current record is a single empty field (a blank line) */
    public boolean isBlank() {
        return fieldCount == 1 && fields[0].isEmpty();
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException ignored) {
            // the original failure is the one to report
        }
    }

    private void rejectOtherDelimiter(String only) {
        for (char c : new char[] {';', '\t', '|'}) {
            if (only.indexOf(c) >= 0) {
                String shown = c == '\t' ? "tab" : "'" + c + "'";
                throw new CsvFormatException(source, 1, "the header looks delimited by " + shown
                        + " (\"" + only + "\"); only comma-separated files are accepted");
            }
        }
    }

    private void skipByteOrderMark() {
        int c = read();
        if (c != '\uFEFF') {
            pushback = c;
        }
    }

    private int read() {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        try {
            return in.read();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(source, nextRow, "is not valid UTF-8 text");
        } catch (IOException e) {
            throw new CsvFormatException(source, nextRow, "cannot be read: " + e.getMessage());
        }
    }

    private boolean readRecord() {
        if (ended) {
            return false;
        }
        fieldCount = 0;
        int c = read();
        if (c == EOF) {
            ended = true;
            return false;
        }
        row = nextRow;
        long startRow = nextRow;
        while (true) {
            buffer.setLength(0);
            if (c == '"') {
                c = readQuoted(startRow);
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    if (c == '"') {
                        throw new CsvFormatException(source, startRow, "field " + (fieldCount + 1)
                                + " has a quote inside an unquoted field; quote the whole field and"
                                + " double the inner quotes (\"a \"\"b\"\"\")");
                    }
                    append(c, startRow);
                    c = read();
                }
            }
            addField(startRow);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                int d = read();
                if (d != '\n') {
                    pushback = d;
                }
            }
            nextRow++;
            if (c == EOF) {
                ended = true;
            }
            return true;
        }
    }

    private int readQuoted(long startRow) {
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(source, startRow, "field " + (fieldCount + 1)
                        + " opens a quote that is never closed");
            }
            if (c == '"') {
                int d = read();
                if (d == '"') {
                    append('"', startRow);
                    continue;
                }
                if (d != ',' && d != '\n' && d != '\r' && d != EOF) {
                    throw new CsvFormatException(source, startRow, "field " + (fieldCount + 1)
                            + " has text after its closing quote; double a quote inside a quoted field");
                }
                return d;
            }
            append(c, startRow);
        }
    }

    private void append(int c, long startRow) {
        if (buffer.length() >= MAX_FIELD_LENGTH) {
            throw new CsvFormatException(source, startRow, "field " + (fieldCount + 1) + " is longer than "
                    + MAX_FIELD_LENGTH + " characters");
        }
        buffer.append((char) c);
    }

    private void addField(long startRow) {
        if (fieldCount == MAX_FIELDS) {
            throw new CsvFormatException(source, startRow, "has more than " + MAX_FIELDS + " fields");
        }
        if (fieldCount == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[fieldCount++] = buffer.toString();
    }
}
