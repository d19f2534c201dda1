package org.carbonledger.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.internal.DecimalText;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/**
 * {@link RowsAsCsv}: a DataFrame's rows reach the command's reader as the values they hold. A
 * double amount is read back as the same double, to the bit; text with quotes, commas and line
 * breaks is read back as it was; each record keeps its identity.
 */
class RowsAsCsvTest {
    private static ActivityCsvReader reader(RowsAsCsv text) {
        return ActivityCsvReader.of(CsvReader.of(text, "DataFrame"), UnitParser.standard());
    }

    @Test
    void anyNonNegativeDouble_isReadBackAsTheSameDouble() {
        qt().withExamples(5_000).forAll(doubles().between(0, Double.MAX_VALUE)).checkAssert(d -> {
            String text = RowsAsCsv.text(d);
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(DecimalText.parse(text)), text);
        });
        for (double d : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 0.1, 1e22, 1e23, 4.35}) {
            assertEquals(d, DecimalText.parse(RowsAsCsv.text(d)), RowsAsCsv.text(d));
        }
        assertEquals("1250.5", RowsAsCsv.text(1250.5));
        assertEquals("0.1", RowsAsCsv.text(0.1f), "a float as it prints");
        assertEquals("12", RowsAsCsv.text(12L));
        assertEquals("1E+3", new BigDecimal("1E+3").toString());
        assertEquals("1000", RowsAsCsv.text(new BigDecimal("1E+3")), "a decimal plain");
        assertEquals("", RowsAsCsv.text(null));
    }

    @Test
    void anyText_isReadBackAsItWas_withTheRowsIdentity() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(tag -> {
            List<Row> rows = List.of(RowFactory.create("fuel/lpg", 12.5, "kg", tag, "f.parquet", 7L),
                    RowFactory.create("fuel/lpg", 1.0, "t", "\"a, b\"\n\"c\"", "f.parquet", 9L));
            RowsAsCsv text = new RowsAsCsv(rows.iterator(), List.of("activity", "amount", "unit", "note"),
                    new int[] {0, 1, 2, 3}, 4, 5);
            List<String> notes = new ArrayList<>();
            List<Long> at = new ArrayList<>();
            try (ActivityCsvReader in = reader(text)) {
                while (in.next()) {
                    at.add(text.take().row());
                    notes.add(in.tags().get("note"));
                    assertNull(in.rejection(), () -> in.rejection().message());
                }
            }
            assertEquals(List.of(tag, "\"a, b\"\n\"c\""), notes);
            assertEquals(List.of(7L, 9L), at);
        });
    }
}
