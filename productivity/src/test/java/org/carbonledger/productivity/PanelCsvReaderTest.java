package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import org.carbonledger.csv.CsvFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PanelCsvReaderTest {

    static Panel read(String text) {
        return PanelCsvReader.read(new StringReader(text), "panel.csv");
    }

    @Test
    void read_panelWithPeriodsBadsAndPrices() {
        Panel p = read("\uFEFFDMU,Period,x_labour,x_energy,y_output,b_co2,price_x_labour,"
                + "price_x_energy\r\nA,2020,10,1e6,5,2.5e8,3,0.1\r\nA,2021,11,2e6,6,2e8,3,0.1\r\n"
                + "\"B, Ltd\",2020,12,3e6,7,1.5e8,3,0.1\r\n");
        assertEquals(java.util.List.of("x_labour", "x_energy"), p.inputNames());
        assertEquals(java.util.List.of("b_co2"), p.badNames());
        assertEquals(java.util.List.of("2020", "2021"), p.periods());
        assertTrue(p.hasPrices());
        Observation b = p.period("2020").get(1);
        assertEquals("B, Ltd", b.dmu());
        assertArrayEquals(new double[] {12, 3e6}, b.inputs());
        assertArrayEquals(new double[] {3, 0.1}, b.prices().orElseThrow());
    }

    static Stream<Arguments> badPanels() {
        return Stream.of(
                Arguments.of("missing dmu", "name,x_1,y_1\nA,1,2", 1L, "dmu"),
                Arguments.of("no input", "dmu,y_1\nA,2", 1L, "no input"),
                Arguments.of("no output", "dmu,x_1,b_1\nA,2,3", 1L, "no desirable output"),
                Arguments.of("unknown column", "dmu,x_1,y_1,labour\nA,1,2,3", 1L, "labour"),
                Arguments.of("non-numeric", "dmu,x_1,y_1\nA,1,2\nB,abc,2", 3L, "'abc'"),
                Arguments.of("comma decimal", "dmu,x_1,y_1\nA,\"1,5\",2", 2L, "'1,5'"),
                Arguments.of("negative", "dmu,x_1,y_1\nA,-1,2", 2L, "'-1'"),
                Arguments.of("NaN", "dmu,x_1,y_1\nA,NaN,2", 2L, "'NaN'"),
                Arguments.of("blank value", "dmu,x_1,y_1\nA,,2", 2L, "column x_1"),
                Arguments.of("duplicate unit", "dmu,x_1,y_1\nA,1,2\nA,3,4", 3L, "listed twice"),
                Arguments.of("duplicate in period", "dmu,period,x_1,y_1\nA,1,1,2\nA,1,3,4", 3L, "in period 1"),
                Arguments.of("blank period", "dmu,period,x_1,y_1\nA,,1,2", 2L, "blank period"),
                Arguments.of("price of no input", "dmu,x_1,y_1,price_x_1,price_x_9\nA,1,2,3,4", 1L, "price_x_9"),
                Arguments.of("missing price", "dmu,x_1,x_2,y_1,price_x_1\nA,1,1,2,3", 1L, "price_x_2"),
                Arguments.of("header only", "dmu,x_1,y_1", 0L, "no units"),
                Arguments.of("fiscal-year period", "dmu,period,x_1,y_1\nA,2024,1,2\nA,FY23,1,2",
                        3L, "column period, value 'FY23'"),
                Arguments.of("mixed granularities", "dmu,period,x_1,y_1\nA,2023,1,2\n"
                        + "B,2023,1,2\nA,2023-06,1,2", 4L, "is a month"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPanels")
    void read_rejectsBadInputNamingRowColumnAndValue(String name, String text, long row,
            String mention) {
        InvalidPanelException e = assertThrows(InvalidPanelException.class,
                () -> read(text));
        assertEquals(row, e.row(), e.getMessage());
        assertTrue(e.getMessage().contains(mention), e.getMessage());
        assertTrue(e.getMessage().startsWith("panel.csv"), e.getMessage());
    }

    @Test
    void read_semicolonFileIsAFormatError() {
        assertThrows(CsvFormatException.class, () -> read("dmu;x_1;y_1\nA;1;2\n"));
    }

    /** No text makes the reader throw anything but its two documented exceptions. */
    @Test
    void read_arbitraryTextFailsOnlyWithDocumentedExceptions() {
        qt().withExamples(500).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 60))
                .checkAssert(tail -> {
                    String text = "dmu,period,x_1,y_1,b_1\n" + tail.replace('|', '\n');
                    try {
                        read(text);
                    } catch (InvalidPanelException | CsvFormatException expected) {
                        // documented
                    }
                });
    }
}
