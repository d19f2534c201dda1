package org.carbonledger.csv;

import org.carbonledger.internal.VisibleText;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A streaming reader of RFC 4180 CSV with a header row.
 *
 * <p>Usage:
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *     int amount = csv.header().require("amount");
 *     while (csv.next()) {
 *         String text = csv.field(amount);   // "" when the row is short
 *         long row = csv.row();              // header = 1
 *     }
 * }
 * }</pre>
 *
 * <p>Accepts UTF-8 with or without a byte-order mark (a repeated one too), CRLF or LF line ends,
 * quoted fields with commas, doubled quotes and line breaks. Refuses the whole file, with a
 * {@link CsvFormatException} naming the file and row: an empty file, a header that looks delimited
 * by something other than a comma, blank or duplicate column names, a fault in the header, an
 * unterminated quoted field, text after a closing quote.
 *
 * <p><b>A bad record is one record.</b> A field longer than {@link #MAX_FIELD_LENGTH}
 * characters, a record with more than {@link #MAX_FIELDS} fields, or bytes that are not UTF-8 (in a
 * file opened by path) make that record faulty and nothing else: {@link #fault()} says why, the
 * reader reads on to the record's end in bounded memory (the characters past the bound are not
 * kept), and the next record is read as usual. A faulty record has no fields: {@link #field},
 * {@link #fieldCount} and {@link #isBlank} throw its fault as a {@link CsvFormatException}, so a
 * caller that does not ask {@link #fault()} stops at it rather than reading half a record. Empty
 * lines at the end of the input are not records; an empty line before another record is a blank
 * record ({@link #isBlank()}). Records are not allocated as objects: the fields of the current
 * record are reused, so the reader streams files of any length in bounded memory.
 *
 * <p>Not thread-safe: one reader per thread.
 */
public final class CsvReader implements Closeable {
    /** The longest field accepted, in characters. */
    public static final int MAX_FIELD_LENGTH = 1 << 16;
    /** The most fields accepted in one record. */
    public static final int MAX_FIELDS = 4096;

    private static final int EOF = -1;
    /** What {@link #read()} returns for a character that stands for bytes that are not UTF-8. */
    private static final int NOT_UTF8 = -3;
    /** The buffer length of {@code new BufferedReader(reader)}. */
    private static final int DEFAULT_CHUNK = 8192;

    private final Reader in;
    /** The decoder of a file opened by path, which marks the bytes that are not UTF-8; else null. */
    private final Utf8Input utf8;
    private final String source;
    private final CsvHeader header;
    // Characters are read a chunk at a time and scanned in place: reading them one by one through
    // BufferedReader.read() (a lock and a bounds check per character) and appending each to a
    // StringBuilder was about a quarter of the ingestion time (IngestionBenchmark, -prof stack).
    // The chunks are read from the underlying reader with the calls the BufferedReader it used to
    // be wrapped in made (read(chunk, 0, its buffer length)), so a decoding error is met at the
    // same row as before. (BufferedReader.read(char[], ...) itself would read ahead further.)
    private final char[] chunk;
    private int pos;
    private int limit;
    /** The position in the whole text of chunk[0]. */
    private long chunkStart;
    private char[] text = new char[64];
    private int textLength;
    private String[] fields = new String[16];
    private int fieldCount;
    private long row;
    private long nextRow = 1;
    private int pushback = -2;
    private boolean ended;
    /** Empty lines read ahead that are still to be returned as blank records. */
    private long pendingBlank;
    /** Why the current record cannot be read, or null. */
    private String fault;

    private final List<String> comments = new ArrayList<>();

    private CsvReader(Reader in, String source, boolean allowComments, int chunkLength) {
        this.in = in;
        this.utf8 = in instanceof Utf8Input u ? u : null;
        this.source = source;
        this.chunk = new char[chunkLength];
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
    public static CsvReader open(Path file) {
        Objects.requireNonNull(file, "file");
        return new CsvReader(utf8(file), file.toString(), false, 1 << 16);
    }

    /**
     * Reads a UTF-8 stream as {@link #open(Path)} reads a file: bytes that are not UTF-8 are the
     * fault of the record that holds them, at its own row. For files that are not on a local
     * file system (a distributed file system, object storage).
     *
     * @param in the stream, closed by {@link #close()}
     * @param source the file's name, as used in messages
     * @return a reader positioned after the header
     * @throws CsvFormatException if the stream is empty, unreadable or its header is bad
     */
    public static CsvReader open(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return new CsvReader(new Utf8Input(in), source, false, 1 << 16);
    }

    /**
     * Opens a UTF-8 file that may start with comment lines, as {@link #withComments(Reader, String)}.
     *
     * @param file the file
     * @return a reader positioned after the header; {@link #comments()} holds the comments
     * @throws CsvFormatException if the file is missing, unreadable, empty or its header is bad
     */
    public static CsvReader withComments(Path file) {
        Objects.requireNonNull(file, "file");
        return new CsvReader(utf8(file), file.toString(), true, DEFAULT_CHUNK);
    }

    private static Utf8Input utf8(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new CsvFormatException(name, 0, "is a directory, not a CSV file");
        }
        try {
            return new Utf8Input(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new CsvFormatException(name, 0, "no such file");
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
    public static CsvReader of(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return new CsvReader(reader, source, false, DEFAULT_CHUNK);
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
    public static CsvReader withComments(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return new CsvReader(reader, source, true, DEFAULT_CHUNK);
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
                            + utf8.lastBadBytes() + "); save the file as UTF-8");
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

    /**
     * Tells why the current record cannot be read: a field over {@link #MAX_FIELD_LENGTH}
     * characters, more than {@link #MAX_FIELDS} fields, or bytes that are not UTF-8. The record
     * has no fields; the next one is read as usual.
     *
     * @return the reason, naming the field (and its column), or null if the record is sound
     */
    public String fault() {
        return fault;
    }

    /**
     * @return the number of fields in the current record
     * @throws CsvFormatException if the record is faulty (see {@link #fault()})
     */
    public int fieldCount() {
        requireSound();
        return fieldCount;
    }

    /**
     * Gets a field of the current record.
     *
     * @param column zero-based index
     * @return the field's text, unquoted; "" if the record has fewer fields
     * @throws CsvFormatException if the record is faulty (see {@link #fault()})
     */
    public String field(int column) {
        requireSound();
        return column < fieldCount ? fields[column] : "";
    }

    /**
     * @return true if the current record is a single empty field (a blank line)
     * @throws CsvFormatException if the record is faulty (see {@link #fault()})
     */
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

    /** Skips byte-order marks: one, or several where a file was re-encoded with its mark as text. */
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
        if (pos < limit || fill()) {
            char c = chunk[pos++];
            if (c == Utf8Input.MARK && utf8 != null && utf8.isBad(chunkStart + pos - 1)) {
                return NOT_UTF8;
            }
            return c;
        }
        return EOF;
    }

    /** Reads the next chunk; false at the end of the input. */
    private boolean fill() {
        int n;
        try {
            do {
                n = in.read(chunk, 0, chunk.length);
            } while (n == 0);
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(source, nextRow, "is not valid UTF-8 text");
        } catch (IOException e) {
            throw new CsvFormatException(source, nextRow, "cannot be read: " + e.getMessage());
        }
        chunkStart += limit;
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
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
            // empty lines: blank records if a record follows them, nothing at the end of the input
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
            textLength = 0;
            if (c == '"') {
                c = readQuoted(startRow);
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    if (c == '"') {
                        throw new CsvFormatException(source, startRow, "field " + (fieldCount + 1)
                                + " has a quote inside an unquoted field; quote the whole field and"
                                + " double the inner quotes (\"a \"\"b\"\"\")");
                    }
                    append(c);
                    // the rest of the field's ordinary characters in this chunk, in one copy
                    int start = pos;
                    while (pos < limit) {
                        char d = chunk[pos];
                        if (d == ',' || d == '\n' || d == '\r' || d == '"' || d == Utf8Input.MARK) {
                            break;
                        }
                        pos++;
                    }
                    appendRun(start);
                    c = read();
                }
            }
            addField();
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
            // everything up to the next quote in this chunk, in one copy
            int start = pos;
            while (pos < limit && chunk[pos] != '"' && chunk[pos] != Utf8Input.MARK) {
                pos++;
            }
            appendRun(start);
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(source, startRow, "field " + (fieldCount + 1)
                        + " opens a quote that is never closed");
            }
            if (c == '"') {
                int d = read();
                if (d == '"') {
                    append('"');
                    continue;
                }
                if (d != ',' && d != '\n' && d != '\r' && d != EOF) {
                    throw new CsvFormatException(source, startRow, "field " + (fieldCount + 1)
                            + " has text after its closing quote; double a quote inside a quoted field");
                }
                return d;
            }
            append(c);
        }
    }

    private boolean blankRecord() {
        row = nextRow++;
        fields[0] = "";
        fieldCount = 1;
        return true;
    }

    private void append(int c) {
        if (c == NOT_UTF8) {
            faulty("field " + (fieldCount + 1) + column(fieldCount) + " has bytes that are not UTF-8 ("
                    + utf8.lastBadBytes() + "); save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
            c = '\uFFFD';
        }
        if (textLength >= MAX_FIELD_LENGTH) {
            tooLong();
            return;
        }
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = (char) c;
    }

    /** Appends chunk[start, pos), or marks the record faulty when that passes the bound. */
    private void appendRun(int start) {
        int n = pos - start;
        if (n == 0) {
            return;
        }
        if (textLength + n > MAX_FIELD_LENGTH) {
            // the characters past the bound are not kept: a field of any length costs no memory
            tooLong();
            return;
        }
        if (textLength + n > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + n));
        }
        System.arraycopy(chunk, start, text, textLength, n);
        textLength += n;
    }

    private void tooLong() {
        if (fault != null) {
            return; // a field past the bound meets it once per chunk: the message is built once
        }
        faulty("field " + (fieldCount + 1) + column(fieldCount) + " is longer than " + MAX_FIELD_LENGTH
                + " characters");
    }

    /** Keeps the first fault of the record: the one a reader meets first. */
    private void faulty(String reason) {
        if (fault == null) {
            fault = reason;
        }
    }

    /** @return " (name)" of a zero-based column when the header names it, else "" */
    private String column(int index) {
        return header != null && index < header.size() ? " (" + VisibleText.of(header.name(index)) + ")" : "";
    }

    private void addField() {
        if (fieldCount == MAX_FIELDS) {
            faulty("has more than " + MAX_FIELDS + " fields");
            return;
        }
        if (fieldCount == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        // A column often repeats the previous record's text (site, unit, activity ...): keeping
        // that String saves an allocation, and later hash lookups find its cached hash and
        // compare by identity first. Measured with IngestionBenchmark; see benchmarks/README.md.
        String previous = fields[fieldCount];
        fields[fieldCount++] = previous != null && sameText(previous) ? previous : new String(text, 0, textLength);
    }

    private boolean sameText(String s) {
        if (s.length() != textLength) {
            return false;
        }
        for (int i = 0; i < textLength; i++) {
            if (s.charAt(i) != text[i]) {
                return false;
            }
        }
        return true;
    }
}
