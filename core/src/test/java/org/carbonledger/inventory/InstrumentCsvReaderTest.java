package org.carbonledger.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonledger.csv.CsvFormatException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The instruments CSV: numbers read one way or refused, units never guessed, every row readable. */
class InstrumentCsvReaderTest {
    private static final String HEADER = "id,type,amount,unit,factor,factor_unit\n";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("instruments.csv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void reads_aCertificate() throws IOException {
        var list = InstrumentCsvReader.read(write(HEADER + "r1,certificate,500,MWh,0,kg/kWh\n"));
        assertEquals(1800, list.get(0).coveredGj(), 1e-9);
    }

    /**
     * Issue 12 item 10: a factor of "Infinity" (and NaN, hexadecimal, a type suffix, an underflow to
     * 0, a negative rate) was taken by Double.parseDouble; each is now refused naming the column.
     */
    @ParameterizedTest
    @CsvSource({"Infinity, factor", "NaN, factor", "0x1p3, factor", "5d, factor", "1E-400, factor", "-0.2, factor"})
    void nonDecimalOrNegativeFactor_isRefusedNamingTheColumn(String factor, String column) throws IOException {
        Path p = write(HEADER + "r1,supplier,,," + factor + ",kg/kWh\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> InstrumentCsvReader.read(p));
        assertTrue(e.getMessage().contains("row 2: column " + column + ", value '" + factor + "'"), e.getMessage());
    }

    /** Issue 12 item 1: "500 mwh" of certificates was read as 500 MWh; it could be 500 mWh. */
    @Test
    void ambiguousUnit_isRefusedNamingBothReadings() throws IOException {
        Path p = write(HEADER + "r1,certificate,500,mwh,0,kg/kWh\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> InstrumentCsvReader.read(p));
        assertTrue(e.getMessage().contains("MWh (3.6 GJ) or mWh"), e.getMessage());
    }

    /** A row over the size bound is a fault of its own row, named, not a loss of the file's place. */
    @Test
    void unreadableRow_isRefusedNamingItsRow() throws IOException {
        Path p = write(HEADER + "r1,certificate,500,MWh,0,kg/kWh\nr2,certificate,\"" + "9".repeat(70_000)
                + "\",MWh,0,kg/kWh\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> InstrumentCsvReader.read(p));
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("field 3 (amount) is longer than 65536 characters"), e.getMessage());
    }
}
