package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format xlsx}: the workbook read back with Apache POI and checked against the JSON result
 * of the same run, cell by cell: every record's numbers (as numbers, not text), its calculation
 * columns, a formula that recomputes its kg CO2e (evaluated by POI's FormulaEvaluator), the
 * factors with their references, the rejected rows and the activities not covered; frozen header
 * rows; text a spreadsheet would run neutralised.
 */
class XlsxResultWriterTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        StringWriter err = new StringWriter();
        int status = CarbonLedgerCommand.execute(args, new PrintStream(PrintStream.nullOutputStream()),
                new PrintWriter(err));
        assertTrue(status == 0 || status == 3, "exit " + status + ": " + err);
        return status;
    }

    private Map<String, Integer> columns(Sheet s) {
        Map<String, Integer> c = new HashMap<>();
        for (Cell cell : s.getRow(0)) {
            c.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return c;
    }

    private static double number(Row r, Integer column) {
        Cell c = r.getCell(column);
        assertEquals(CellType.NUMERIC, c.getCellType(), "a number, not text: column " + column);
        return c.getNumericCellValue();
    }

    private static String text(Row r, int column) {
        Cell c = r.getCell(column);
        return c == null ? "" : c.getStringCellValue();
    }

    /** @param own options of {@code command} alone, not given to {@code inventory} for the JSON */
    private void checkAgainstJson(String command, List<String> own, Path ledger, String... more) throws Exception {
        Path xlsx = dir.resolve(command + ".xlsx");
        Path json = dir.resolve(command + ".json");
        List<String> common = new ArrayList<>(List.of("--activities", ledger.toString()));
        common.addAll(List.of(more));
        List<String> a = new ArrayList<>(List.of(command, "--format", "xlsx", "--output", xlsx.toString()));
        a.addAll(common);
        a.addAll(own);
        run(a.toArray(String[]::new));
        List<String> b = new ArrayList<>(List.of("inventory", "--output", json.toString()));
        b.addAll(common);
        run(b.toArray(String[]::new));
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        try (Workbook book = new XSSFWorkbook(xlsx.toFile())) {
            assertEquals(List.of("Summary", "Records", "Factors", "Rejected", "Not covered"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                            book.getSheetName(4)));
            for (Sheet s : book) {
                assertTrue(s.getPaneInformation() != null && s.getPaneInformation().isFreezePane()
                        && s.getPaneInformation().getHorizontalSplitPosition() == 1, "header row frozen: " + s.getSheetName());
                // every column as wide as its heading (10 to 60 characters), set after the rows are written
                for (Cell h : s.getRow(0)) {
                    int chars = Math.min(60, Math.max(10, h.getStringCellValue().length() + 2));
                    assertEquals(chars * 256, s.getColumnWidth(h.getColumnIndex()), s.getSheetName() + " " + h);
                }
            }
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Sheet records = book.getSheet("Records");
            Map<String, Integer> col = columns(records);
            JsonNode jsonRecords = result.get("records");
            assertEquals(jsonRecords.size(), records.getLastRowNum(), "one row per record");
            Sheet factors = book.getSheet("Factors");
            Map<String, Set<String>> factorValues = new HashMap<>();
            for (Row r : factors) {
                if (r.getRowNum() > 0) {
                    factorValues.computeIfAbsent(text(r, 0), k -> new HashSet<>()).add(text(r, 7) + " "
                            + number(r, 8) + " " + text(r, 9) + " " + text(r, 11));
                }
            }
            for (int i = 0; i < jsonRecords.size(); i++) {
                JsonNode j = jsonRecords.get(i);
                Row r = records.getRow(i + 1);
                assertEquals(j.get("row").asDouble(), number(r, col.get("Row")));
                assertEquals(j.get("id").asText(), text(r, col.get("Id")).replaceFirst("^'(?=[=+\\-@])", ""));
                assertEquals(j.get("site").asText(), text(r, col.get("Site")).replaceFirst("^'(?=[=+\\-@])", ""));
                assertEquals(j.get("activity").asText(), text(r, col.get("Activity")));
                assertEquals(j.get("scope").asText(), text(r, col.get("Scope")));
                JsonNode calc = j.get("calculation");
                assertEquals(calc.get("amount").asDouble(), number(r, col.get("Amount")));
                assertEquals(calc.get("unit").asText(), text(r, col.get("Unit")));
                assertEquals(calc.get("canonical_amount").asDouble(), number(r, col.get("Canonical amount")));
                assertEquals(calc.get("canonical_unit").asText(), text(r, col.get("Canonical unit")));
                calc.get("multipliers").fields().forEachRemaining(m -> {
                    String gas = m.getKey().equals("CO2_biogenic") ? "CO2 biogenic" : m.getKey();
                    assertEquals(m.getValue().get("value").asDouble(),
                            number(r, col.get(gas + " multiplier (kg per canonical unit)")), gas);
                    if (!gas.equals("CO2 biogenic")) {
                        assertEquals(calc.get("gwp").get(m.getKey()).asDouble(), number(r, col.get(gas + " GWP")), gas);
                        assertEquals(j.get("gases_kg").get(gas).asDouble(), number(r, col.get(gas + " (kg)")), gas);
                    }
                });
                assertEquals(j.get("biogenic_co2_kg").asDouble(), r.getCell(col.get("CO2 biogenic (kg, not in CO2e)"))
                        == null ? 0 : number(r, col.get("CO2 biogenic (kg, not in CO2e)")));
                double co2e = j.get("co2e_kg").asDouble();
                assertEquals(co2e, number(r, col.get("CO2e (kg)")));
                Cell formula = r.getCell(col.get("CO2e recomputed (kg, formula)"));
                assertEquals(CellType.FORMULA, formula.getCellType());
                double recomputed = evaluator.evaluate(formula).getNumberValue();
                assertEquals(co2e, recomputed, Math.abs(co2e) * 1e-12 + 1e-12, "row " + j.get("row") + ": "
                        + formula.getCellFormula());
                // the record's factor in the Factors sheet: the JSON factor's values and references
                JsonNode f = result.get("factors").get(j.get("factor").asText());
                Set<String> expected = new HashSet<>();
                f.get("gases").fields().forEachRemaining(g -> expected.add(g.getKey() + " " + g.getValue().get("value")
                        .asDouble() + " " + g.getValue().get("unit").asText() + " " + g.getValue().get("reference").asText()));
                f.get("conversions").forEach(c -> expected.add("conversion " + c.get("value").asDouble() + " "
                        + c.get("unit").asText() + " " + c.get("reference").asText()));
                assertEquals(expected, factorValues.get(text(r, col.get("Factor"))), "factor of row " + j.get("row"));
            }
            Sheet summary = book.getSheet("Summary");
            Map<String, Double> items = new HashMap<>();
            for (Row r : summary) {
                if (r.getRowNum() > 0 && r.getCell(1).getCellType() == CellType.NUMERIC) {
                    items.put(text(r, 0), r.getCell(1).getNumericCellValue());
                }
            }
            JsonNode totals = result.get("totals");
            assertEquals(totals.get("co2e_kg").asDouble(), items.get("Total CO2e"));
            assertEquals(totals.get("by_scope_co2e_kg").get("1").asDouble(), items.get("Scope 1 (ISO 14064-1 category 1)"));
            assertEquals(totals.get("biogenic_co2_kg").asDouble(), items.get("Biogenic CO2 (not in CO2e)"));
            assertEquals(result.get("counts").get("rejected").asDouble(), items.get("Rows rejected"));
            Sheet rejected = book.getSheet("Rejected");
            JsonNode jsonRejected = result.get("rejected");
            assertEquals(jsonRejected.size(), rejected.getLastRowNum());
            for (int i = 0; i < jsonRejected.size(); i++) {
                Row r = rejected.getRow(i + 1);
                assertEquals(jsonRejected.get(i).get("row").asDouble(), number(r, 1));
                assertEquals(jsonRejected.get(i).get("column").asText(), text(r, 2));
                assertEquals(jsonRejected.get(i).get("value").asText(), text(r, 3).replaceFirst("^'(?=[=+\\-@])", ""));
            }
            Sheet notCovered = book.getSheet("Not covered");
            JsonNode gaps = result.get("not_covered");
            assertEquals(gaps.size(), notCovered.getLastRowNum());
            for (int i = 0; i < gaps.size(); i++) {
                assertEquals(gaps.get(i).get("activity").asText(), text(notCovered.getRow(i + 1), 0));
                assertEquals(gaps.get(i).get("rows").asDouble(), number(notCovered.getRow(i + 1), 3));
            }
        }
    }

    @Test
    void exampleLedger_inventoryWorkbook_equalsTheJson_andEveryFormulaRecomputesItsRecord() throws Exception {
        checkAgainstJson("inventory", List.of(), Path.of("../examples/data/example-ledger.csv"), "--production",
                "../examples/data/example-production.csv");
    }

    @Test
    void reportWorkbook_equalsTheJson_withRejectedRowsAndActivitiesNotCovered() throws Exception {
        Path ledger = Files.writeString(dir.resolve("mixed.csv"), "id,site,activity,amount,unit,period\n"
                + "a,\"=HYPERLINK(\"\"http://x\"\")\",fuel/natural_gas,1615.5,GJ,2025-01\n"
                + "b,@SUM(A1),fuel/wood_wood_waste,85,t,2025\n"
                + "c,site,fuel/natural_gas,abc,GJ,2025\n"
                + "+d,site,fuel/unobtainium,1,GJ,2025\n"
                + "e,site,electricity/grid,2450000,kWh,2025\n");
        checkAgainstJson("report", List.of("--organisation", "=cmd|' /C calc'!A0"), ledger);
    }

    @Test
    void formulaLikeText_isNeutralised_andStaysText() throws Exception {
        Path ledger = Files.writeString(dir.resolve("f.csv"), "id,site,activity,amount,unit\n"
                + "-1+1,=1+2,fuel/natural_gas,1,GJ\n");
        Path xlsx = dir.resolve("f.xlsx");
        run("report", "--activities", ledger.toString(), "--format", "xlsx", "--output", xlsx.toString(),
                "--organisation", "@org");
        try (Workbook book = new XSSFWorkbook(xlsx.toFile())) {
            Row r = book.getSheet("Records").getRow(1);
            Map<String, Integer> col = columns(book.getSheet("Records"));
            assertEquals(CellType.STRING, r.getCell(col.get("Site")).getCellType());
            assertEquals("'=1+2", r.getCell(col.get("Site")).getStringCellValue());
            assertEquals("'-1+1", r.getCell(col.get("Id")).getStringCellValue());
            assertEquals("'@org", book.getSheet("Summary").getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void xlsxToADirectory_isRefused_andNothingIsWritten() throws Exception {
        Path target = Files.createDirectory(dir.resolve("out.xlsx"));
        StringWriter err = new StringWriter();
        int status = CarbonLedgerCommand.execute(new String[] {"inventory", "--activities",
            "../examples/data/example-ledger.csv", "--format", "xlsx", "--output", target.toString()},
                new PrintStream(PrintStream.nullOutputStream()), new PrintWriter(err));
        assertEquals(1, status, err.toString());
        assertTrue(err.toString().contains("is a directory"), err.toString());
    }
}
