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
}
