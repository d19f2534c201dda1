package org.carbonledger.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void fieldOverTheBound_isRefused() {
        String huge = "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1);
        assertThrows(CsvFormatException.class, () -> rows("a\n" + huge + "\n"));
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
