package org.carbonledger.csv;

import org.carbonledger.internal.VisibleText;

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
 * same fields, same rows, same errors. Since issue 12 it follows the same rules for bad records
 * (a fault per record, read past in bounded memory), empty lines at the end, repeated byte-order
 * marks and bytes that are not UTF-8, written out the simple way: the file decoded whole, one
 * character at a time.
 */
final class ReferenceCsvReader implements Closeable {
    /** The longest field accepted, in characters. */
    public static final int MAX_FIELD_LENGTH = 1 << 16;
    /** The most fields accepted in one record. */
    public static final int MAX_FIELDS = 4096;

    private static final int EOF = -1;
    private static final int NOT_UTF8 = -3;

    private final Reader in;
    /** The positions of characters that stand for bytes that are not UTF-8, and their bytes. */
    private final java.util.Map<Long, String> bad;
    private long position;
    private String lastBad = "";
    private final String source;
    private final CsvHeader header;
    private final StringBuilder buffer = new StringBuilder(64);
    private String[] fields = new String[16];
    private int fieldCount;
    private long row;
    private long nextRow = 1;
    private int pushback = -2;
    private boolean ended;
    private long pendingBlank;
    private String fault;

    private final List<String> comments = new ArrayList<>();

    private ReferenceCsvReader(Reader in, String source, boolean allowComments) {
        this(in, java.util.Map.of(), source, allowComments);
    }

    private ReferenceCsvReader(Reader in, java.util.Map<Long, String> bad, String source, boolean allowComments) {
        this.in = in;
        this.bad = bad;
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
            if (fault != null) {
                throw new CsvFormatException(source, row, "the header cannot be read: " + fault);
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
        try (stream) {
            byte[] all = stream.readAllBytes();
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(all);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(all.length + 1);
            java.util.Map<Long, String> bad = new java.util.HashMap<>();
            while (true) {
                var r = decoder.decode(in, out, true);
                if (!r.isError()) {
                    break;
                }
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < r.length(); i++) {
                    hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", all[in.position() + i] & 0xFF));
                }
                bad.put((long) out.position(), (r.length() == 1 ? "byte " : "bytes ") + hex);
                in.position(in.position() + r.length());
                out.put('\uFFFF');
            }
            out.flip();
            return new ReferenceCsvReader(new java.io.StringReader(out.toString()), bad, name, false);
        } catch (IOException e) {
            throw new CsvFormatException(name, 0, "cannot be read: " + e.getMessage());
        }
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
                if (c == NOT_UTF8) {
                    throw new CsvFormatException(source, nextRow, "comment line has bytes that are not UTF-8 ("
                            + lastBad + "); save the file as UTF-8");
                }
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

    /** @return why the current record cannot be read, or null */
    public String fault() {
        return fault;
    }

    /** @return the number of fields in the current record */
    public int fieldCount() {
        requireSound();
        return fieldCount;
    }

    /**
     * Gets a field of the current record.
     *
     * @param column zero-based index
     * @return the field's text, unquoted; "" if the record has fewer fields
     */
    public String field(int column) {
        requireSound();
        return column < fieldCount ? fields[column] : "";
    }

    /** @return true if the current record is a single empty field (a blank line) */
    public boolean isBlank() {
        requireSound();
        return fieldCount == 1 && fields[0].isEmpty();
    }

    private void requireSound() {
        if (fault != null) {
            throw new CsvFormatException(source, row, fault);
        }
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
        while (c == '\uFEFF') {
            c = read();
        }
        pushback = c;
    }

    private int read() {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        try {
            int c = in.read();
            if (c != EOF) {
                String bytes = bad.get(position++);
                if (bytes != null) {
                    lastBad = bytes;
                    return NOT_UTF8;
                }
            }
            return c;
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
        fault = null;
        if (pendingBlank > 0) {
            pendingBlank--;
            return blankRecord();
        }
        int c = read();
        if (c == EOF) {
            ended = true;
            return false;
        }
        if (c == '\n' || c == '\r') {
            long blanks = 0;
            while (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushback = d;
                    }
                }
                blanks++;
                c = read();
            }
            if (c == EOF) {
                ended = true;
                return false;
            }
            pushback = c;
            pendingBlank = blanks - 1;
            return blankRecord();
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

    private boolean blankRecord() {
        row = nextRow++;
        fields[0] = "";
        fieldCount = 1;
        return true;
    }

    private void append(int c, long startRow) {
        if (c == NOT_UTF8) {
            faulty("field " + (fieldCount + 1) + column(fieldCount) + " has bytes that are not UTF-8 ("
                    + lastBad + "); save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
            c = '\uFFFD';
        }
        if (buffer.length() >= MAX_FIELD_LENGTH) {
            if (fault == null) {
                faulty("field " + (fieldCount + 1) + column(fieldCount) + " is longer than " + MAX_FIELD_LENGTH
                        + " characters");
            }
            return;
        }
        buffer.append((char) c);
    }

    private void faulty(String reason) {
        if (fault == null) {
            fault = reason;
        }
    }

    private String column(int index) {
        return header != null && index < header.size() ? " (" + VisibleText.of(header.name(index)) + ")" : "";
    }

    private void addField(long startRow) {
        if (fieldCount == MAX_FIELDS) {
            faulty("has more than " + MAX_FIELDS + " fields");
            return;
        }
        if (fieldCount == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[fieldCount++] = buffer.toString();
    }
}
