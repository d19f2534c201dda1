package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carbonledger cbam} end to end: the Commission's example "Steel 2 EAF alloys" (communication
 * template v2.1.1; © European Union, re-used under Commission Decision 2011/833/EU), whose published
 * results are crude steel 1.001490412 / 1.378424429 and rolled products 1.439606488 / 1.731481513
 * t CO2e/t (Summary_Processes H102:J103), and the example ledger's kiln.
 */
class CbamCommandTest {
    private static final String STEEL = "../examples/data/cbam/steel2-eaf-alloys.xlsx";

    @Test
    void template_json() {
        Cli.Run run = Cli.run("cbam", "--template", STEEL);
        assertEquals(0, run.status(), run.toString());
        JsonNode products = run.json().get("products");
        assertEquals(4, products.size());
        JsonNode crude = products.get(0);
        assertEquals("EAF incl. continuous casting", crude.get("process").asText());
        assertEquals("72189911", crude.get("cn_code").asText());
        assertEquals("Crude steel", crude.get("good").asText());
        assertEquals(1.001490412, crude.get("see_direct").asDouble(), 1e-9);
        assertEquals(1.378424429, crude.get("see_indirect").asDouble(), 1e-9);
        assertEquals(crude.get("see_direct").asDouble() + crude.get("see_indirect").asDouble(),
                crude.get("see_total").asDouble(), 1e-12);
        assertEquals("t CO2e/t", crude.get("unit").asText());
        assertEquals(0.03520871519393244, crude.get("share_from_defaults").asDouble(), 1e-9);
        JsonNode rolled = products.get(1);
        assertEquals(1.439606488, rolled.get("see_direct").asDouble(), 1e-9);
        assertEquals(1.731481513, rolled.get("see_indirect").asDouble(), 1e-9);
        JsonNode calc = rolled.get("calculation").get("see_direct");
        assertTrue(calc.get("reference").asText().contains("Equations 59 to 63"), calc.toString());
        assertEquals("(AttrEm,dir + Σ Mi × SEEi,dir) / AL", calc.get("equation").asText());
        assertTrue(calc.get("terms").get(0).get("terms").get(0).get("source").asText()
                .endsWith("sheet D_Processes, cell L119"), calc.toString());
        assertTrue(run.err().startsWith("carbonledger: 4 products of 2 production processes"), run.err());
    }

    @Test
    void installation_kiln() {
        Cli.Run run = Cli.run("cbam", "--installation", "../examples/data/cbam-installation.csv", "--activities",
                "../examples/data/example-ledger.csv", "--production", "../examples/data/cbam-production.csv");
        assertEquals(0, run.status(), run.toString());
        JsonNode kiln = run.json().get("products").get(0);
        assertEquals("Leeds / kiln", kiln.get("process").asText());
        assertEquals("Cement clinker", kiln.get("good").asText());
        JsonNode process = run.json().get("processes").get(0);
        assertEquals(process.get("attributed_direct").asDouble() / 3000, kiln.get("see_direct").asDouble(), 1e-12);
        assertTrue(kiln.get("see_direct").asDouble() > 0.1, kiln.toString());
    }

    @Test
    void xlsx_summaryCommunication(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("summary.xlsx");
        Cli.Run run = Cli.run("cbam", "--template", STEEL, "--format", "xlsx", "--output", out.toString());
        assertEquals(0, run.status(), run.toString());
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("Summary_Communication");
            assertEquals("Production process from which the products arise", s.getRow(24).getCell(3).getStringCellValue());
            assertEquals("SEE (direct)", s.getRow(24).getCell(8).getStringCellValue());
            assertEquals("EAF incl. continuous casting", s.getRow(25).getCell(3).getStringCellValue());
            assertEquals("72189911", s.getRow(25).getCell(5).getStringCellValue());
            assertEquals(1.001490412, s.getRow(25).getCell(8).getNumericCellValue(), 1e-9);
            assertEquals(1.731481513, s.getRow(26).getCell(9).getNumericCellValue(), 1e-9);
            assertEquals("Example EAF Steelworks", s.getRow(11).getCell(6).getStringCellValue());
        }
    }

    @Test
    void xlsxWithoutOutput_isAUsageError() {
        Cli.Run run = Cli.run("cbam", "--template", STEEL, "--format", "xlsx");
        assertEquals(2, run.status(), run.toString());
        assertTrue(run.err().contains("--output"), run.err());
    }

    @Test
    void neitherWayIn_isAUsageError() {
        Cli.Run run = Cli.run("cbam");
        assertEquals(2, run.status(), run.toString());
        assertTrue(run.err().contains("--template") && run.err().contains("--installation"), run.err());
    }

    @Test
    void badTemplate_isOneLineNamingSheetAndCell(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("plant.xlsx");
        try (InputStream in = Files.newInputStream(Path.of(STEEL)); Workbook wb = WorkbookFactory.create(in)) {
            wb.getSheet("Summary_Products").getRow(9).getCell(5).setCellValue(84011000);
            try (var os = Files.newOutputStream(bad)) {
                wb.write(os);
            }
        }
        Cli.Run run = Cli.run("cbam", "--template", bad.toString());
        assertEquals(1, run.status(), run.toString());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("sheet Summary_Products, cell F10") && run.err().contains("84011000"), run.err());
        assertEquals("", run.out());
    }

    /** Annex I, sheet Türkiye row 6 reads "–": the Other-countries row 6 (1.37 / 0.05 / 1.41, (A)) is used whole. */
    @Test
    void defaults_annexIWithFallback() {
        Cli.Run run = Cli.run("cbam", "defaults", "--country", "Türkiye", "--code", "2523 10 00 90");
        assertEquals(0, run.status(), run.toString());
        JsonNode v = run.json();
        assertTrue(v.get("fallback").asBoolean());
        assertEquals("Other Countries and Territories", v.get("country").asText());
        assertEquals(1.41, v.get("total").asDouble(), 0);
        assertEquals(1.551, v.get("marked_up_total").get("2026").asDouble(), 0);
        assertEquals(1.833, v.get("marked_up_total").get("2028_onwards").asDouble(), 0);
        assertEquals("(A)", v.get("route").asText());
    }

    /** Annex IV (OJ L, 31.12.2025): 7606 4,986 with 5,485 / 5,984 / 6,482 as printed. */
    @Test
    void defaults_annexIV() {
        JsonNode v = Cli.run("cbam", "defaults", "--code", "7606").json();
        assertEquals("Annex IV", v.get("annex").asText());
        assertTrue(v.get("direct").isNull());
        assertEquals(4.986, v.get("total").asDouble(), 0);
        assertEquals(5.984, v.get("marked_up_total").get("2027").asDouble(), 0);
    }

    @Test
    void defaults_userValuesWin(@TempDir Path dir) {
        Path file = Cli.write(dir, "corrected.csv", "country,cn_code,description,direct,indirect,total\n"
                + "Algeria,2523 29 00,Grey Portland cement,1.20,0.06,1.26\n");
        JsonNode v = Cli.run("cbam", "defaults", "--country", "Algeria", "--code", "25232900", "--values",
                file.toString()).json();
        assertEquals(1.26, v.get("total").asDouble(), 0);
        assertTrue(v.get("edition").asText().startsWith("user file corrected.csv"), v.toString());
    }

    @Test
    void defaults_bareClinkerCodeIsOneLine() {
        Cli.Run run = Cli.run("cbam", "defaults", "--country", "China", "--code", "25231000");
        assertEquals(1, run.status(), run.toString());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("2523100090"), run.err());
    }
}
