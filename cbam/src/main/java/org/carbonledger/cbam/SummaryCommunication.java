package org.carbonledger.cbam;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.csv.CsvWriter;

/**
 * Writes the {@code Summary_Communication} sheet of the Commission's CBAM communication template
 * v2.1.1: what an operator sends to importers. The labels sit at the template's own cells (the
 * bundled {@code summary-communication-columns.csv}, read from the Commission's file); the values
 * are written beside them: installation details in column G (rows 12 to 21), one product per row
 * from row 26 in the product columns D to P.
 *
 * <p>Filled: installation name, country and reporting period; per product the process, aggregated
 * good, CN code and name, product name, SEE direct, indirect and total, unit, share of default
 * values, source of the electricity factor, embedded electricity and its factor. Left blank,
 * because the calculation does not model them: street and coordinates, the emissions by monitoring
 * method and the installation totals, data-quality texts, the sector-specific parameters (columns
 * Q to AL) and carbon prices (AM to AZ). Text is neutralised as in CSV (a leading {@code =},
 * {@code +}, {@code -}, {@code @} gets an apostrophe).
 *
 * <p>Stateless and thread-safe.
 */
public final class SummaryCommunication {

    /** The sheet name, part of the format. */
    public static final String SHEET = "Summary_Communication";
    private static final int FIRST_PRODUCT_ROW = 26;

    private SummaryCommunication() {
    }

    /** One labelled field of the sheet. */
    private record Field(String block, String cell, String label, String itemId) {
    }

    private static List<Field> fields() {
        List<Field> out = new ArrayList<>();
        try (InputStream in = SummaryCommunication.class.getResourceAsStream("summary-communication-columns.csv");
                CsvReader csv = CsvReader.of(new InputStreamReader(Objects.requireNonNull(in,
                        "summary-communication-columns.csv"), StandardCharsets.UTF_8),
                        "summary-communication-columns.csv")) {
            int block = csv.header().require("block");
            int cell = csv.header().require("cell");
            int label = csv.header().require("label");
            int item = csv.header().require("item_id");
            while (csv.next()) {
                out.add(new Field(csv.field(block), csv.field(cell), csv.field(label), csv.field(item)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Writes a workbook with the one sheet.
     *
     * @param result the SEE of the installation's goods
     * @param out where to; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(CbamResult result, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(SHEET);
            for (Field f : fields()) {
                text(s, f.cell(), f.label());
            }
            Installation i = result.installation();
            text(s, "G12", i.name());
            text(s, "G16", i.country());
            String[] period = i.reportingPeriod().split("/", -1);
            text(s, "G20", period[0]);
            text(s, "G21", period.length > 1 ? period[1] : "");
            int row = FIRST_PRODUCT_ROW;
            for (CbamResult.ProductResult p : result.products()) {
                ProcessResult r = p.result();
                text(s, "D" + row, p.product().process());
                text(s, "E" + row, r.process().goods().label());
                text(s, "F" + row, p.product().cnCode());
                text(s, "G" + row, p.product().cnName());
                text(s, "H" + row, p.product().name());
                number(s, "I" + row, r.seeDirect().value());
                number(s, "J" + row, r.seeIndirect().value());
                number(s, "K" + row, r.seeTotal().value());
                text(s, "L" + row, r.seeTotal().unit().replace(" ", ""));
                number(s, "M" + row, r.shareFromDefaults().value());
                text(s, "N" + row, r.process().electricity().factorSource());
                number(s, "O" + row, r.embeddedElectricity().value());
                if (r.embeddedElectricity().value().signum() > 0) {
                    number(s, "P" + row, r.seeIndirect().value().divide(r.embeddedElectricity().value(),
                            TracedValue.MATH));
                }
                row++;
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell cell(Sheet s, String ref) {
        CellReference cr = new CellReference(ref);
        Row row = s.getRow(cr.getRow());
        if (row == null) {
            row = s.createRow(cr.getRow());
        }
        return row.createCell(cr.getCol());
    }

    private static void text(Sheet s, String ref, String value) {
        cell(s, ref).setCellValue(CsvWriter.neutralise(value));
    }

    private static void number(Sheet s, String ref, BigDecimal value) {
        cell(s, ref).setCellValue(value.doubleValue());
    }
}
