package org.carbonledger.cbam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Commission's three filled examples of the CBAM communication template v2.1.1 ("CBAM SEE
 * V2.1 Example Cement final", "... Steel 2 EAF alloys final", "... Aluminium final"; European
 * Commission, DG TAXUD; © European Union, re-used under Commission Decision 2011/833/EU), read
 * through {@link TemplateReader}: every product's SEE direct and indirect, computed by
 * {@link SeeCalculator} from the operator's inputs alone, equals the workbook's own cached result
 * ({@code Summary_Products}, columns I and J, rows 10 on) to 1e-6 relative, and so do the share
 * of default values (column M) and the embedded electricity (column O).
 */
class TemplateExamplesTest {

    /** The examples ship under examples/data/cbam (their reuse terms: NOTICE and docs/cbam.md). */
    static Path example(String name) {
        return Path.of("..", "examples", "data", "cbam", name);
    }

    /** The workbook's cached product results, read here independently of the reader under test. */
    record Cached(int row, String process, double direct, double indirect, double share, double electricity) {
    }

    static List<Cached> cached(Path file) throws Exception {
        List<Cached> out = new ArrayList<>();
        try (InputStream in = java.nio.file.Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("Summary_Products");
            for (int r = 10; r <= 109; r++) {
                Row row = s.getRow(r - 1);
                if (row == null || text(row.getCell(3)).isEmpty()) {
                    continue;
                }
                out.add(new Cached(r, text(row.getCell(3)), number(row.getCell(8)), number(row.getCell(9)),
                        number(row.getCell(12)), number(row.getCell(14))));
            }
        }
        return out;
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.STRING ? c.getStringCellValue().strip() : "";
    }

    private static double number(Cell c) {
        return c.getNumericCellValue();
    }

    static void assertRelative(double expected, BigDecimal actual, String what) {
        double a = actual.doubleValue();
        double tol = 1e-6 * Math.max(Math.abs(expected), 1e-300);
        assertTrue(Math.abs(a - expected) <= tol || expected == 0 && a == 0,
                what + ": expected " + expected + ", computed " + actual.toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cement.xlsx", "steel2-eaf-alloys.xlsx", "aluminium.xlsx"})
    void everyProduct_matchesTheWorkbooksOwnResults(String name) throws Exception {
        Path file = example(name);
        CbamResult result = SeeCalculator.calculate(TemplateReader.read(file));
        List<Cached> expected = cached(file);
        assertFalse(expected.isEmpty(), name + " has products");
        assertEquals(expected.size(), result.products().size(), name + ": products read");
        for (int i = 0; i < expected.size(); i++) {
            Cached c = expected.get(i);
            CbamResult.ProductResult p = result.products().get(i);
            assertEquals(c.process(), p.product().process(), name + " row " + c.row());
            assertRelative(c.direct(), p.result().seeDirect().value(), name + " row " + c.row() + " SEE direct");
            assertRelative(c.indirect(), p.result().seeIndirect().value(), name + " row " + c.row() + " SEE indirect");
            assertEquals(c.share(), p.result().shareFromDefaults().doubleValue(), 1e-9,
                    name + " row " + c.row() + " share from defaults");
            assertRelative(c.electricity(), p.result().embeddedElectricity().value(),
                    name + " row " + c.row() + " embedded electricity");
        }
    }

    /**
     * Steel 2 EAF alloys: the four results the example publishes (Summary_Processes H102/J102 and
     * H103/J103): crude steel 1.001490412 / 1.378424429, rolled products 1.439606488 / 1.731481513
     * t CO2e/t.
     */
    @Test
    void steel2EafAlloys_publishedResults() {
        CbamResult r = SeeCalculator.calculate(TemplateReader.read(example("steel2-eaf-alloys.xlsx")));
        ProcessResult eaf = r.process("EAF incl. continuous casting");
        ProcessResult rolling = r.process("Rolling mill and finishing");
        assertRelative(1.001490412, eaf.seeDirect().value(), "crude steel direct");
        assertRelative(1.378424429, eaf.seeIndirect().value(), "crude steel indirect");
        assertRelative(1.439606488, rolling.seeDirect().value(), "rolled direct");
        assertRelative(1.731481513, rolling.seeIndirect().value(), "rolled indirect");
        assertEquals(AggregatedGoods.CRUDE_STEEL, eaf.process().goods());
        assertEquals("(AttrEm,dir + Σ Mi × SEEi,dir) / AL", eaf.seeDirect().equation());
        assertTrue(eaf.seeDirect().reference().contains("Equations 59 to 63"));
        // the rolling mill's direct SEE names the crude steel it consumed (1 227 000 t, D_Processes!L32)
        assertTrue(rolling.seeDirect().terms().stream().anyMatch(t -> t.source().endsWith("cell L32")
                && t.value().compareTo(new BigDecimal("1227000")) == 0));
    }
}
