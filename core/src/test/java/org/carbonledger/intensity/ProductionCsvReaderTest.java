package org.carbonledger.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import org.junit.jupiter.api.Test;

/** The production CSV: accepted rows, per-row rejections naming row, column and value, bad files. */
class ProductionCsvReaderTest {
    private static ProductionCsvReader.Result read(String text) {
        return ProductionCsvReader.read(CsvReader.of(new StringReader(text), "p.csv"));
    }

    @Test
    void reads_outputsAndValueAdded() {
        var r = read("site,process,product,period,quantity,unit,value_added,currency\n"
                + "Leeds,kiln,clinker,2024-01,1200,t,3.5e6,cny\nLeeds,press,tiles,2024-01,50000,m2,,\n");
        assertEquals(2, r.records().size());
        ProductionRecord a = r.records().get(0);
        assertEquals(1200, a.reportQuantity());
        assertEquals("CNY", a.currency());
        assertEquals(3.5e6, a.valueAdded().getAsDouble());
        assertEquals("m2", r.records().get(1).unit().reportUnit());
    }

    @Test
    void badRows_areRejectedWithRowColumnAndValue() {
        var r = read("quantity,unit,period,value_added,currency\n-1,t,,,\n5,,,,\n5,t,2024-13,,\n5,t,,100,\n5,kg,,,\n");
        assertEquals(1, r.records().size());
        assertEquals(4, r.rejected().size());
        assertEquals(2, r.rejected().get(0).row());
        assertEquals("quantity", r.rejected().get(0).column());
        assertEquals("-1", r.rejected().get(0).value());
        assertEquals("unit", r.rejected().get(1).column());
        assertEquals("2024-13", r.rejected().get(2).value());
        assertEquals("currency", r.rejected().get(3).column());
        assertEquals(0.005, r.records().get(0).reportQuantity(), 1e-15);
    }

    @Test
    void missingRequiredColumn_isAFileError() {
        assertThrows(CsvFormatException.class, () -> read("quantity,site\n1,a\n"));
    }

    /** Issue 12: one field over the bound made the file fatal; "mg" of output was read as Mg. */
    @Test
    void hugeField_isARejectedRow_andMgIsMilligrams() {
        var r = read("quantity,unit,site\n1,t,\"" + "x".repeat(70_000) + "\"\n1000000,mg,York\n");
        assertEquals(1, r.rejected().size());
        assertEquals(2, r.rejected().get(0).row());
        assertEquals(0.001, r.records().get(0).reportQuantity(), 1e-18);
    }

    /** Issue 12: MG (Mg or mg?) and gal (US or imperial?) were counted as outputs of their own. */
    @Test
    void ambiguousUnit_isARejectedRow() {
        var r = read("quantity,unit\n5,MG\n5,gal\n");
        assertEquals(0, r.records().size());
        assertEquals("unit", r.rejected().get(0).column());
        assertEquals("MG", r.rejected().get(0).value());
        assertEquals("gal", r.rejected().get(1).value());
    }

    /** Issue 12 item 10: 1E-400 was read as 0. */
    @Test
    void underflowingQuantity_isARejectedRow() {
        var r = read("quantity,unit\n1E-400,t\n");
        assertEquals("quantity", r.rejected().get(0).column());
    }
}
