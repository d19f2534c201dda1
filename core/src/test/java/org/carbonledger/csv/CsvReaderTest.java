package org.carbonledger.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180 reading: what must be accepted and what must be refused, with row numbers as records. */
class CsvReaderTest {

    private static List<String> rows(String text) {
        List<String> out = new ArrayList<>();
        try (CsvReader r = CsvReader.of(new StringReader(text), "test.csv")) {
            while (r.next()) {
                StringBuilder b = new StringBuilder().append(r.row()).append(':');
                for (int i = 0; i < r.fieldCount(); i++) {
                    b.append(i == 0 ? "" : "|").append(r.field(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void readsByteOrderMarkAndCrlf() {
        try (CsvReader r = CsvReader.of(new StringReader("\uFEFFa,b\r\n1,2\r\n"), "t")) {
            assertEquals(List.of("a", "b"), r.header().names());
            assertTrue(r.next());
            assertEquals("2", r.field(1));
            assertFalse(r.next());
        }
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndNewlines_andRowsCountRecords() {
        assertEquals(List.of("2:x, y|say \"hi\"", "3:line1\nline2|z", "4:last|w"),
                rows("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"line1\nline2\",z\nlast,w"));
    }

    @Test
    void headerIsLookedUpIgnoringCase() {
        try (CsvReader r = CsvReader.of(new StringReader("Activity,AMOUNT\n"), "t")) {
            assertEquals(1, r.header().require("amount"));
            assertEquals(0, r.header().require("ACTIVITY"));
            assertFalse(r.next());
        }
    }

    @Test
    void emptyFile_isRefused() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.of(new StringReader(""), "e.csv"));
        assertTrue(e.getMessage().startsWith("e.csv: the file is empty"), e.getMessage());
    }

    @Test
    void otherDelimiters_areRefused() {
        assertTrue(assertThrows(CsvFormatException.class, () -> CsvReader.of(new StringReader("a;b;c\n1;2;3"), "s.csv"))
                .getMessage().contains("';'"));
        assertTrue(assertThrows(CsvFormatException.class, () -> CsvReader.of(new StringReader("a\tb\n"), "s.csv"))
                .getMessage().contains("tab"));
    }

    @Test
    void duplicateColumns_areRefusedIgnoringCase() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvReader.of(new StringReader("amount,unit,Amount\n"), "d.csv"));
        assertTrue(e.getMessage().contains("duplicate column 'Amount'"), e.getMessage());
        assertEquals(1, e.row());
    }

    @Test
    void missingRequiredColumn_namesItAndTheColumnsPresent() {
        try (CsvReader r = CsvReader.of(new StringReader("activity,unit\n"), "m.csv")) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> r.header().require("amount"));
            assertTrue(e.getMessage().contains("missing required column 'amount'; the header has activity, unit"));
        }
    }

    @Test
    void unterminatedQuote_namesTheRowWhereItOpened() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> rows("a,b\n1,2\n3,\"open\n4,5\n"));
        assertEquals(3, e.row());
    }

    @Test
    void textAfterClosingQuote_isRefused() {
        assertThrows(CsvFormatException.class, () -> rows("a,b\n\"x\"y,2\n"));
    }

    @Test
    void fieldOverTheBound_cannotBeReadAsFields() {
        String huge = "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1);
        assertThrows(CsvFormatException.class, () -> rows("a\n" + huge + "\n"));
    }

    /** Characters of a CSV made on the fly: a header, a good row, one huge field, a good row. */
    private static Reader hugeFieldText(long fieldLength) {
        String head = "site,amount\nLeeds,1\nYork,\"";
        String tail = "\"\nHull,3\n";
        return new Reader() {
            private long at;

            @Override
            public int read(char[] buf, int off, int len) {
                long total = head.length() + fieldLength + tail.length();
                if (at >= total) {
                    return -1;
                }
                int n = 0;
                while (n < len && at < total) {
                    long i = at++;
                    buf[off + n++] = i < head.length() ? head.charAt((int) i)
                            : i < head.length() + fieldLength ? 'x' : tail.charAt((int) (i - head.length() - fieldLength));
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    /** Issue 12 item 6: one 50 MB field made the whole file fatal and lost the good rows. */
    @Test
    void hugeField_isOneBadRow_notAFatalFile() {
        try (CsvReader r = CsvReader.of(hugeFieldText(50L << 20), "big.csv")) {
            assertTrue(r.next());
            assertEquals("Leeds", r.field(0));
            assertTrue(r.next());
            assertEquals(3, r.row());
            assertEquals("field 2 (amount) is longer than 65536 characters", r.fault());
            assertEquals("big.csv, row 3: field 2 (amount) is longer than 65536 characters",
                    assertThrows(CsvFormatException.class, () -> r.field(0)).getMessage());
            assertTrue(r.next());
            assertNull(r.fault());
            assertEquals(4, r.row());
            assertEquals("Hull", r.field(0));
            assertFalse(r.next());
        }
    }

    /** Issue 12 item 6: a line of more than 4,096 fields made the whole file fatal. */
    @Test
    void tooManyFields_isOneBadRow_notAFatalFile() {
        String wide = "1,".repeat(CsvReader.MAX_FIELDS + 10) + "1";
        assertEquals(List.of("2:1|2", "3: fault has more than 4096 fields", "4:5|6"),
                rowsOrFaults("a,b\n1,2\n" + wide + "\n5,6\n"));
    }

    private static List<String> rowsOrFaults(String text) {
        List<String> out = new ArrayList<>();
        try (CsvReader r = CsvReader.of(new StringReader(text), "test.csv")) {
            while (r.next()) {
                if (r.fault() != null) {
                    out.add(r.row() + ": fault " + r.fault());
                    continue;
                }
                StringBuilder b = new StringBuilder().append(r.row()).append(':');
                for (int i = 0; i < r.fieldCount(); i++) {
                    b.append(i == 0 ? "" : "|").append(r.field(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /** Issue 12 item 6: a byte that is not UTF-8 in row 3 was reported as row 1 and ended the file. */
    @Test
    void invalidUtf8_isReportedAtItsOwnRow_andTheOtherRowsAreRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        byte[] bytes = "site,amount\nLeeds,1\nM\u00e1laga,2\nYork,3\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        List<String> seen = new ArrayList<>();
        try (CsvReader r = CsvReader.open(file)) {
            while (r.next()) {
                seen.add(r.row() + (r.fault() == null ? ":" + r.field(0) : ": " + r.fault()));
            }
        }
        assertEquals(List.of("2:Leeds", "3: field 1 (site) has bytes that are not UTF-8 (byte 0xE1); save the file"
                + " as UTF-8 (in a spreadsheet: CSV UTF-8)", "4:York"), seen);
    }

    /** A stream (a file on a distributed file system) is read as a file is: its source named, bad bytes at their row. */
    @Test
    void aStream_isReadAsAFileIs_badBytesAtTheirRow() {
        byte[] bytes = "site,amount\nLeeds,1\nM\u00e1laga,2\nYork,3\n".getBytes(StandardCharsets.ISO_8859_1);
        List<String> seen = new ArrayList<>();
        try (CsvReader r = CsvReader.open(new java.io.ByteArrayInputStream(bytes), "hdfs://lake/latin1.csv")) {
            assertEquals("hdfs://lake/latin1.csv", r.source());
            while (r.next()) {
                seen.add(r.row() + (r.fault() == null ? ":" + r.field(0) : ": " + r.fault()));
            }
        }
        assertEquals(List.of("2:Leeds", "3: field 1 (site) has bytes that are not UTF-8 (byte 0xE1); save the file"
                + " as UTF-8 (in a spreadsheet: CSV UTF-8)", "4:York"), seen);
        CsvFormatException empty = assertThrows(CsvFormatException.class,
                () -> CsvReader.open(new java.io.ByteArrayInputStream(new byte[0]), "s3a://lake/empty.csv"));
        assertTrue(empty.getMessage().contains("s3a://lake/empty.csv"), empty.getMessage());
    }

    /** Issue 12 item 6: a bad byte in row 40,001 was reported as row 39,847 (the decoder reads ahead). */
    @Test
    void invalidUtf8_farIntoTheFile_isReportedAtItsOwnRow(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("site,amount\n");
        for (int i = 2; i <= 40_000; i++) {
            text.append("Leeds \u00e9,").append(i).append('\n');
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "York\u00e9,1\nHull,2\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(head, head.length + bad.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Path file = dir.resolve("long.csv");
        Files.write(file, all);
        List<Long> faults = new ArrayList<>();
        long rows = 0;
        try (CsvReader r = CsvReader.open(file)) {
            while (r.next()) {
                rows++;
                if (r.fault() != null) {
                    faults.add(r.row());
                }
            }
        }
        assertEquals(List.of(40_001L), faults);
        assertEquals(40_001, rows);
    }

    /** A U+FFFF that the file holds is text, not a mark of bad bytes. */
    @Test
    void nonCharacterInTheFile_isText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ffff.csv");
        Files.writeString(file, "a\nx\uFFFFy\n", StandardCharsets.UTF_8);
        try (CsvReader r = CsvReader.open(file)) {
            assertTrue(r.next());
            assertNull(r.fault());
            assertEquals("x\uFFFFy", r.field(0));
        }
    }

    /** Issue 12 item 6: a blank line at the end of a file was a rejected row. */
    @Test
    void trailingBlankLines_areNotRows() {
        assertEquals(List.of("2:1|2"), rowsOrFaults("a,b\n1,2\n\n"));
        assertEquals(List.of("2:1|2"), rowsOrFaults("a,b\r\n1,2\r\n\r\n\r\n"));
        assertEquals(List.of("2:1|2", "3:", "4:", "5:3|4"), rowsOrFaults("a,b\n1,2\n\n\n3,4\n\n"));
    }

    /** Issue 12 item 10: a doubled byte-order mark became part of the first column's name. */
    @Test
    void doubledByteOrderMark_keepsTheFirstColumn() {
        try (CsvReader r = CsvReader.of(new StringReader("\uFEFF\uFEFFactivity,amount\n"), "t")) {
            assertEquals(0, r.header().require("activity"));
        }
    }

    @Test
    void commentsBeforeTheHeader_countAsRows() {
        try (CsvReader r = CsvReader.withComments(new StringReader("# source: X\n# edition 1\na,b\n1,2\n"), "c.csv")) {
            assertEquals(List.of("source: X", "edition 1"), r.comments());
            assertTrue(r.next());
            assertEquals(4, r.row());
        }
    }

    @Test
    void blankLine_isABlankRecord() {
        try (CsvReader r = CsvReader.of(new StringReader("a,b\n\n1,2\n"), "t")) {
            assertTrue(r.next());
            assertTrue(r.isBlank());
            assertTrue(r.next());
            assertEquals(3, r.row());
        }
    }
}
