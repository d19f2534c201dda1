package org.carbonledger.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import org.junit.jupiter.api.Test;

/** Energy data sets and their CSV reader: bad input is an error naming file, row, column and value. */
class EnergyDataTest {
    private static EnergyData read(String text) {
        return EnergyDataCsvReader.read(CsvReader.of(new StringReader(text), "e.csv"), "kwh", List.of("tonnes"));
    }

    @Test
    void reads_periodsEnergyAndVariables() {
        EnergyData d = read("period,kwh,tonnes,note\n2024-01,100,10,x\n2024-02,120.5,12,\n");
        assertEquals(List.of("2024-01", "2024-02"), d.periods());
        assertEquals(120.5, d.energy()[1]);
        assertEquals(12, d.variable("tonnes")[1]);
    }

    @Test
    void missingPeriod_isAnErrorNamingIt() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> read("period,kwh,tonnes\n2024-01,100,10\n2024-03,120,12\n"));
        assertEquals(3, e.row());
        assertEquals("2024-03", e.value());
        assertTrue(e.getMessage().contains("missing period"), e.getMessage());
    }

    @Test
    void repeatedPeriod_isAnError() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> read("period,kwh,tonnes\n2024-01,100,10\n2024-01,120,12\n"));
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void blankValue_isNotAZero() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> read("period,kwh,tonnes\n2024-01,100,10\n2024-02,,12\n"));
        assertEquals(3, e.row());
        assertEquals("kwh", e.column());
        assertTrue(e.getMessage().contains("e.csv, row 3, column kwh"), e.getMessage());
    }

    @Test
    void nonNumericAndDecimalComma_areErrors() {
        assertEquals("ten", assertThrows(InvalidEnergyDataException.class,
                () -> read("period,kwh,tonnes\n2024-01,100,ten\n")).value());
        assertTrue(assertThrows(InvalidEnergyDataException.class,
                () -> read("period,kwh,tonnes\n2024-01,\"100,5\",1\n")).getMessage().contains("decimal comma"));
    }

    @Test
    void badPeriod_isAnError() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> read("period,kwh,tonnes\n2024-13,100,10\n"));
        assertEquals("2024-13", e.value());
    }

    @Test
    void missingColumn_isAFileError() {
        assertThrows(CsvFormatException.class, () -> read("period,kwh\n2024-01,100\n"));
    }

    @Test
    void mixedGranularity_isAnError() {
        assertThrows(InvalidEnergyDataException.class, () -> EnergyData.of("x", List.of("2024-01", "2024-02-01"),
                "e", new double[] {1, 2}, Map.of()));
    }

    @Test
    void nonFinite_isAnError() {
        assertThrows(InvalidEnergyDataException.class, () -> EnergyData.of("x", List.of("a", "b"), "e",
                new double[] {1, Double.NaN}, Map.of()));
    }

    /** Issue 12 item 9: a negative energy reading was accepted into the baseline. */
    @Test
    void negativeEnergy_isRefusedNamingFileRowColumnAndValue() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> read("period,kwh,tonnes\n2024-01,100,10\n2024-02,-5,12\n"));
        assertEquals(3, e.row());
        assertEquals("kwh", e.column());
        assertEquals("-5", e.value());
        assertTrue(e.getMessage().startsWith("e.csv, row 3, column kwh, value '-5'"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be negative"), e.getMessage());
    }

    @Test
    void negativeEnergy_isRefusedByTheDataSetItself() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class, () -> EnergyData.of("x",
                List.of("2024-01", "2024-02"), "e", new double[] {1, -0.5}, Map.of()));
        assertEquals("e", e.column());
        assertTrue(e.getMessage().contains("2024-02"), e.getMessage());
    }

    @Test
    void negativeVariables_remainAccepted() {
        EnergyData d = read("period,kwh,tonnes\n2024-01,0,-3\n2024-02,-0,2\n");
        assertEquals(-3, d.variable("tonnes")[0]);
        assertEquals(0.0, d.energy()[1]);
    }
}
