package org.carbonledger.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/** Reading activities: the written-out number forms, cached parsing and tags without a copy. */
class ActivityCsvReaderTest {
    /** The expressions the reader matched per row before they were written out. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    @Test
    void numberForms_agreeWithTheRegularExpressions() {
        Random random = new Random(42);
        String alphabet = "0123456789+-.,eE x٣";
        List<String> texts = new ArrayList<>(List.of("", "1", "1.", ".5", ".", "+", "-0", "1e5", "1e", "1e+",
                "1E-7", ".e5", "1,5", ",5", "1,", "+1,25", "1.5.2", "1e5.2", "NaN", "Infinity", "٣"));
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(8);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertEquals(DECIMAL.matcher(t).matches(), ActivityCsvReader.isDecimal(t), t);
            assertEquals(DECIMAL_COMMA.matcher(t).matches(), ActivityCsvReader.isDecimalComma(t), t);
        }
    }

    private static List<Object> read(String text) {
        List<Object> out = new ArrayList<>();
        try (ActivityCsvReader in = ActivityCsvReader.of(CsvReader.of(new StringReader(text), "a.csv"),
                UnitParser.standard())) {
            while (in.next()) {
                out.add(in.activity() != null ? in.activity() : in.rejection());
            }
        }
        return out;
    }

    @Test
    void repeatedValues_areParsedAsTheFirstTime_andBadOnesRejectedEveryTime() {
        String text = "activity,amount,unit,period,region,sector,note,site\n"
                + "fuel/natural_gas,1,GJ,2025-03,uk,commercial,a,Leeds\n"
                + "fuel/natural_gas,2,GJ,2025-03,uk,commercial,b,Leeds\n"
                + "fuel/natural_gas,3,GJ,2025-13,uk,commercial,c,Leeds\n"
                + "fuel/natural_gas,4,GJ,2025-13,uk,commercial,c,Leeds\n";
        List<Object> rows = read(text);
        UnitParser units = UnitParser.standard();
        for (int i = 0; i < 2; i++) {
            Activity expected = Activity.builder(ActivityId.of("fuel/natural_gas"), i + 1, units.parse("GJ"))
                    .period(Period.parse("2025-03")).region(Region.parse("uk")).sector(Sector.COMMERCIAL)
                    .site("Leeds").tag("note", i == 0 ? "a" : "b").build();
            assertEquals(expected, rows.get(i));
            assertEquals(expected.region().aliasNote(), ((Activity) rows.get(i)).region().aliasNote());
        }
        for (int i = 2; i < 4; i++) {
            RejectedRow r = (RejectedRow) rows.get(i);
            assertEquals("period", r.column());
            assertTrue(r.reason().startsWith("period '2025-13' is not a real date"), r.reason());
            assertEquals(i + 2, r.row());
        }
    }

    @Test
    void tags_keepColumnOrder_compareAsMaps_andCannotChange() {
        Activity a = (Activity) read("zeta,activity,amount,unit,alpha,mid\nz,fuel/lpg,1,t,,m\n").get(0);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("zeta", "z");
        expected.put("alpha", "");
        expected.put("mid", "m");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(a.tags().entrySet()));
        assertEquals(expected, a.tags());
        assertEquals(a.tags(), expected);
        assertEquals(expected.hashCode(), a.tags().hashCode());
        assertEquals(expected.toString(), a.tags().toString());
        assertEquals("m", a.tags().get("mid"));
        assertNull(a.tags().get("MID"));
        assertThrows(UnsupportedOperationException.class, () -> a.tags().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> a.tags().clear());
        Activity rebuilt = new Activity(a.id(), a.activity(), a.amount(), a.unit(), a.site(), a.process(), a.period(),
                a.region(), a.sector(), a.scope(), a.basis(), expected);
        assertEquals(rebuilt, a);
        assertEquals(rebuilt.hashCode(), a.hashCode());
        assertEquals(rebuilt.toString(), a.toString());
    }

    @Test
    void noTagColumns_givesEmptyTags() {
        Activity a = (Activity) read("activity,amount,unit\nfuel/lpg,1,t\n").get(0);
        assertEquals(Map.of(), a.tags());
        assertTrue(a.tags().isEmpty());
    }

    // ---- issue 12: a bad row is a row; units never guessed; numbers read one way or not at all ---

    /** One 50 MB field made the whole file fatal and lost the good rows around it. */
    @Test
    void hugeField_isARejectedRow_andTheRowsAroundItAreRead() {
        String text = "activity,amount,unit\nfuel/lpg,1,t\nfuel/lpg,\"" + "9".repeat(200_000) + "\",t\nfuel/lpg,3,t\n";
        List<Object> rows = read(text);
        assertEquals(3, rows.size());
        assertEquals(1, ((Activity) rows.get(0)).amount());
        RejectedRow r = (RejectedRow) rows.get(1);
        assertEquals(3, r.row());
        assertEquals("the row cannot be read: field 2 (amount) is longer than 65536 characters", r.reason());
        assertEquals(3, ((Activity) rows.get(2)).amount());
    }

    /** A line with more than 4,096 fields made the whole file fatal. */
    @Test
    void tooManyFields_isARejectedRow() {
        List<Object> rows = read("activity,amount,unit\nfuel/lpg,1,t" + ",x".repeat(5000) + "\nfuel/lpg,2,t\n");
        assertTrue(((RejectedRow) rows.get(0)).reason().contains("more than 4096 fields"));
        assertEquals(2, ((Activity) rows.get(1)).amount());
    }

    /** A blank line at the end of the file was rejected as an empty row. */
    @Test
    void trailingBlankLine_isNotARejectedRow() {
        List<Object> rows = read("activity,amount,unit\nfuel/lpg,1,t\n\n");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0) instanceof Activity);
    }

    /** 1 mg of diesel was read as 1 Mg (a tonne): 3,196.75 kg CO2e instead of 3.2 g. */
    @Test
    void mgAmount_isMilligrams_andMwhIsRejectedNamingBothReadings() {
        List<Object> rows = read("activity,amount,unit\nfuel/gas_diesel_oil,1,mg\nfuel/gas_diesel_oil,1,mwh\n");
        assertEquals(1e-6, ((Activity) rows.get(0)).amount() * ((Activity) rows.get(0)).unit().toCanonical(), 1e-21);
        RejectedRow r = (RejectedRow) rows.get(1);
        assertEquals("unit", r.column());
        assertTrue(r.reason().startsWith("ambiguous unit 'mwh': MWh (3.6 GJ) or mWh (3.6E-9 GJ)?"), r.reason());
    }

    /** 1E-400 was read as 0: a row with an amount priced as nothing. */
    @Test
    void underflowingAmount_isRejectedNotReadAsZero() {
        RejectedRow r = (RejectedRow) read("activity,amount,unit\nfuel/lpg,1E-400,t\n").get(0);
        assertEquals("amount", r.column());
        assertTrue(r.reason().contains("too small to represent"), r.reason());
        assertEquals(0.0, ((Activity) read("activity,amount,unit\nfuel/lpg,0E-400,t\n").get(0)).amount());
    }

    /** "1,000" was said to mean 1.000, one reading of two; "1,5" has only the decimal one. */
    @Test
    void thousandsSeparatorOrDecimalComma_isRejectedNamingBothReadings() {
        RejectedRow thousand = (RejectedRow) read("activity,amount,unit\nfuel/lpg,\"1,000\",t\n").get(0);
        assertTrue(thousand.reason().contains("could be 1000 (',' separating thousands) or 1.000 (',' as the decimal"
                + " separator)"), thousand.reason());
        RejectedRow half = (RejectedRow) read("activity,amount,unit\nfuel/lpg,\"1,5\",t\n").get(0);
        assertTrue(half.reason().endsWith("(1.5)"), half.reason());
        RejectedRow zero = (RejectedRow) read("activity,amount,unit\nfuel/lpg,\"0,125\",t\n").get(0);
        assertTrue(zero.reason().endsWith("(0.125)"), zero.reason());
    }

    /** A NUL byte or an escape sequence in a value reached stderr raw through the rejection's message. */
    @Test
    void controlCharactersInAValue_areShownNotSentRaw() {
        RejectedRow r = (RejectedRow) read("activity,amount,unit\nfuel/lpg,1,k\u0000Wh\u001b[2J\n").get(0);
        assertEquals("k\u0000Wh\u001b[2J", r.value());
        assertTrue(r.message().contains("k<U+0000>Wh<U+001B>[2J"), r.message());
        assertTrue(r.message().chars().noneMatch(c -> c < 0x20), r.message());
        assertTrue(r.reason().chars().noneMatch(c -> c < 0x20), r.reason());
    }

    /** A zero-width space in a header name made 'amount' missing, with a header that showed 'amount'. */
    @Test
    void invisibleCharacterInAHeaderName_isShownAndNamed() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("activity,amount\u200B,unit\n"));
        assertTrue(e.getMessage().contains("the header has activity, amount<U+200B>, unit; column 2 is"
                + " 'amount<U+200B>', which holds invisible characters"), e.getMessage());
    }
}
