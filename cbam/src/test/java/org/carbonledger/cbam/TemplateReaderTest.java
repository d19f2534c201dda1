package org.carbonledger.cbam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input in the communication template is an error naming the sheet, the cell and the reason:
 * the Commission's Steel 2 EAF alloys example, altered one cell at a time.
 */
class TemplateReaderTest {

    static InvalidCbamInputException refused(Consumer<Workbook> change) throws Exception {
        try (InputStream in = Files.newInputStream(TemplateExamplesTest.example("steel2-eaf-alloys.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            change.accept(wb);
            return assertThrows(InvalidCbamInputException.class,
                    () -> SeeCalculator.calculate(TemplateReader.read(wb, "plant.xlsx")));
        }
    }

    static void set(Workbook wb, String sheet, String ref, Object value) {
        CellReference cr = new CellReference(ref);
        var row = wb.getSheet(sheet).getRow(cr.getRow());
        Cell c = row.getCell(cr.getCol());
        if (c == null) {
            c = row.createCell(cr.getCol());
        }
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue((String) value);
        }
    }

    @Test
    void missingSheet() throws Exception {
        InvalidCbamInputException e = refused(wb -> wb.removeSheetAt(wb.getSheetIndex("E_PurchPrec")));
        assertEquals("plant.xlsx: sheet E_PurchPrec", e.location());
        assertTrue(e.reason().contains("missing"), e.getMessage());
    }

    /** Crude steel with all its routes at 0 t (D_Processes L16:L23). */
    @Test
    void processWithoutOutput() throws Exception {
        InvalidCbamInputException e = refused(wb -> {
            set(wb, "D_Processes", "L17", 0);
            set(wb, "D_Processes", "L27", 0);
            set(wb, "D_Processes", "L32", 0);
        });
        assertEquals("plant.xlsx: sheet D_Processes, cell L24", e.location());
        assertTrue(e.reason().contains("no output"), e.getMessage());
    }

    /** The rolling mill sends 10 t back to the furnace (D_Processes L97), which feeds it: a loop. */
    @Test
    void precursorLoop() throws Exception {
        InvalidCbamInputException e = refused(wb -> {
            set(wb, "D_Processes", "L97", 10);
            set(wb, "D_Processes", "L92", 1132990);
        });
        assertTrue(e.getMessage().contains("precursor loop"), e.getMessage());
        assertTrue(e.location().startsWith("plant.xlsx: sheet D_Processes, cell L"), e.location());
    }

    @Test
    void cnCodeOutsideTheAnnex() throws Exception {
        InvalidCbamInputException e = refused(wb -> set(wb, "Summary_Products", "F10", 84011000));
        assertEquals("plant.xlsx: sheet Summary_Products, cell F10", e.location());
        assertTrue(e.reason().contains("84011000") && e.reason().contains("Annex I"), e.getMessage());
    }

    @Test
    void productionNotBalanced() throws Exception {
        InvalidCbamInputException e = refused(wb -> set(wb, "D_Processes", "L27", 1000000));
        assertEquals("plant.xlsx: sheet D_Processes, cell L42", e.location());
        assertTrue(e.reason().contains("control"), e.getMessage());
    }

    @Test
    void textWhereANumberBelongs() throws Exception {
        InvalidCbamInputException e = refused(wb -> set(wb, "D_Processes", "L54", "about 171 kt"));
        assertEquals("plant.xlsx: sheet D_Processes, cell L54", e.location());
        assertTrue(e.reason().contains("about 171 kt"), e.getMessage());
    }

    @Test
    void unknownCategory() throws Exception {
        InvalidCbamInputException e = refused(wb -> set(wb, "E_PurchPrec", "L14", "Scrap"));
        assertEquals("plant.xlsx: sheet E_PurchPrec, cell L14", e.location());
    }

    @Test
    void notAWorkbook(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("plant.xlsx");
        Files.writeString(f, "id,amount\n");
        InvalidCbamInputException e = assertThrows(InvalidCbamInputException.class, () -> TemplateReader.read(f));
        assertTrue(e.getMessage().contains("not a readable .xlsx"), e.getMessage());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        InvalidCbamInputException e = assertThrows(InvalidCbamInputException.class,
                () -> TemplateReader.read(dir.resolve("nothing.xlsx")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    /** What is read: installation data and the purchased precursors' bases (FeMn is a default value). */
    @Test
    void readsInstallationAndPrecursors() {
        Installation i = TemplateReader.read(TemplateExamplesTest.example("steel2-eaf-alloys.xlsx"));
        assertEquals("Example EAF Steelworks", i.name());
        assertEquals("United States", i.country());
        assertEquals("2023-01-01/2023-12-31", i.reportingPeriod());
        assertEquals(4, i.purchased().size());
        assertEquals(PurchasedPrecursor.Basis.DEFAULT, i.purchased().get(3).directBasis());
        assertEquals("CN", i.purchased().get(3).country());
        assertEquals(4, i.products().size());
    }
}
