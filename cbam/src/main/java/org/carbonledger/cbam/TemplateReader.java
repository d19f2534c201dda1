package org.carbonledger.cbam;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads an installation from the Commission's CBAM communication template for installations
 * (v2.1.1 of 2024-12-13, the layout of its three published examples): the operator's inputs only,
 * never the template's own results, so that {@link SeeCalculator} computes the SEE independently.
 *
 * <p>What is read, by sheet (rows are those of v2.1.1; each of the ten production process blocks
 * of {@code D_Processes} is 65 rows from row 11, each of the twenty purchased-precursor blocks of
 * {@code E_PurchPrec} 44 rows from row 14):
 * <ul>
 *   <li>{@code A_InstData}: installation name (I20), country (I26), reporting period (I9, L9);
 *   <li>{@code D_Processes}: name (G), aggregated good (L), production by route (L+5 to L+12, their
 *       sum is AL), produced for the market (L+16), quantities delivered to other processes (E/L+21 to
 *       +29), consumed for non-CBAM goods (L+30), which must add up to AL, DirEm* (L+43), heat
 *       imported/exported and factors (L/M+46, L/M+47), waste gases imported/exported (L/M+50),
 *       electricity consumed and factor (L+54, L+55, source L+56), electricity exported and factor
 *       (L+60, L+61);
 *   <li>{@code E_PurchPrec}: name (G), aggregated good (L), quantities consumed per process
 *       (E/L+14 to +23), SEE direct and its basis (L/M+35), embedded electricity and basis
 *       (L/M+36), its factor and source (L/M+37);
 *   <li>{@code Summary_Products}, rows 10 to 109: process (D), CN code (F), CN name (G), product name (H).
 * </ul>
 * A blank heat, waste-gas or electricity cell counts as zero, as the template's own formulas
 * ({@code SUM}) count it; a blank production or DirEm* of a named process is an error.
 *
 * <p>Stateless and thread-safe.
 */
public final class TemplateReader {

    static final String INST = "A_InstData";
    static final String PROC = "D_Processes";
    static final String PREC = "E_PurchPrec";
    static final String PRODUCTS = "Summary_Products";
    private static final int PROC_FIRST = 11;
    private static final int PROC_STRIDE = 65;
    private static final int PROC_COUNT = 10;
    private static final int PREC_FIRST = 14;
    private static final int PREC_STRIDE = 44;
    private static final int PREC_COUNT = 20;
    private static final int PRODUCT_FIRST = 10;
    private static final int PRODUCT_LAST = 109;

    private TemplateReader() {
    }

    /**
     * Reads a filled communication template.
     *
     * @param file the .xlsx workbook
     * @return the installation it describes
     * @throws InvalidCbamInputException if the file cannot be read as a workbook, a sheet is
     *     missing, or a value is missing or not what the template accepts; the message names the
     *     file, sheet and cell
     */
    public static Installation read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new InvalidCbamInputException(file.toString(), "no such file; give the path of a filled"
                    + " communication template (.xlsx)");
        }
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not a workbook with several unchecked exceptions
            throw new InvalidCbamInputException(file.toString(), "not a readable .xlsx communication template ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        try (wb) {
            return read(wb, file.getFileName().toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads a filled communication template already open.
     *
     * @param wb the workbook
     * @param fileName the file name, for messages
     * @return the installation it describes
     * @throws InvalidCbamInputException as {@link #read(Path)}
     */
    public static Installation read(Workbook wb, String fileName) {
        Cells c = new Cells(wb, fileName);
        Sheet inst = c.sheet(INST);
        Sheet proc = c.sheet(PROC);
        Sheet prec = c.sheet(PREC);
        Sheet prod = c.sheet(PRODUCTS);
        String name = c.text(inst, "I20");
        String country = c.text(inst, "I26");
        String period = c.date(inst, "I9") + "/" + c.date(inst, "L9");

        Map<String, ProductionProcess.Builder> builders = new LinkedHashMap<>();
        Map<String, List<String[]>> deliveries = new LinkedHashMap<>();
        for (int k = 0; k < PROC_COUNT; k++) {
            int r = PROC_FIRST + k * PROC_STRIDE;
            String pname = c.text(proc, "G" + r);
            if (pname.isEmpty()) {
                continue;
            }
            AggregatedGoods goods = c.goods(proc, "L" + r);
            ProductionProcess.Builder b = ProductionProcess.builder(pname, goods);
            List<TracedValue> routes = new ArrayList<>();
            BigDecimal al = BigDecimal.ZERO;
            for (int i = r + 5; i <= r + 12; i++) {
                TracedValue t = c.optional(proc, "L" + i, goods.unit(), "production by route " + (i - r - 4));
                if (t != null) {
                    routes.add(t);
                    al = al.add(t.value());
                }
            }
            if (routes.isEmpty()) {
                throw c.error(proc, "L" + (r + 5), "production process \"" + pname
                        + "\" has no output: no production level is given in L" + (r + 5) + ":L" + (r + 12)
                        + "; enter the tonnes produced by each route");
            }
            String alCell = c.where(proc, "L" + (r + 13));
            b.activityLevel(TracedValue.computed(al, goods.unit(), "AL of " + pname,
                    "Σ production by route", "IR (EU) 2025/2547 Annex II, point F; template D_Processes (a)",
                    routes).withSource(alCell));
            b.directEmissions(c.required(proc, "L" + (r + 43), "t CO2e", "DirEm* of " + pname));
            b.heat(new ProductionProcess.Heat(c.zeroIfBlank(proc, "L" + (r + 46), "TJ", "Qimp"),
                    c.zeroIfBlank(proc, "L" + (r + 47), "t CO2/TJ", "EFheat,imp"),
                    c.zeroIfBlank(proc, "M" + (r + 46), "TJ", "Qexp"),
                    c.zeroIfBlank(proc, "M" + (r + 47), "t CO2/TJ", "EFheat,exp")));
            b.wasteGases(new ProductionProcess.WasteGases(c.zeroIfBlank(proc, "L" + (r + 50), "TJ", "WG imported"),
                    c.zeroIfBlank(proc, "M" + (r + 50), "TJ", "WG exported")));
            b.electricity(new ProductionProcess.Electricity(
                    c.zeroIfBlank(proc, "L" + (r + 54), "MWh", "electricity consumed"),
                    c.zeroIfBlank(proc, "L" + (r + 55), "t CO2/MWh", "EFel"),
                    c.text(proc, "L" + (r + 56)),
                    c.zeroIfBlank(proc, "L" + (r + 60), "MWh", "electricity exported"),
                    c.zeroIfBlank(proc, "L" + (r + 61), "t CO2/MWh", "EFel,exp")));
            BigDecimal used = c.zeroIfBlank(proc, "L" + (r + 16), goods.unit(), "produced for the market").value()
                    .add(c.zeroIfBlank(proc, "L" + (r + 30), goods.unit(), "consumed for non-CBAM goods").value());
            for (int i = r + 21; i <= r + 29; i++) {
                String consumer = c.text(proc, "E" + i);
                if (!consumer.isEmpty() && c.isNumber(proc, "L" + i)) {
                    deliveries.computeIfAbsent(consumer, x -> new ArrayList<>()).add(new String[] {pname, "L" + i});
                    used = used.add(c.required(proc, "L" + i, goods.unit(), "delivered to " + consumer).value());
                }
            }
            // the template's own control, D_Processes (e): production = market + other processes + non-CBAM goods
            if (al.subtract(used).abs().compareTo(al.abs().scaleByPowerOfTen(-9)) > 0) {
                throw c.error(proc, "L" + (r + 31), "the production of \"" + pname + "\" (" + al.toPlainString()
                        + " " + goods.unit() + ") is not the sum of what went to the market (L" + (r + 16)
                        + "), to other processes (L" + (r + 21) + ":L" + (r + 29) + ") and to non-CBAM goods (L"
                        + (r + 30) + "): " + used.toPlainString() + "; the template's control (e) must be 0");
            }
            if (builders.put(pname, b) != null) {
                throw c.error(proc, "G" + r, "two production processes are named \"" + pname + "\"");
            }
        }
        if (builders.isEmpty()) {
            throw c.error(proc, "G" + PROC_FIRST, "no production process is named; the template needs at least one");
        }
        for (Map.Entry<String, List<String[]>> e : deliveries.entrySet()) {
            ProductionProcess.Builder consumer = builders.get(e.getKey());
            for (String[] d : e.getValue()) {
                if (consumer == null) {
                    throw c.error(proc, d[1], "process \"" + d[0] + "\" delivers to \"" + e.getKey()
                            + "\", which is not a production process of this template");
                }
                TracedValue q = c.required(proc, d[1], "t", "M of " + d[0] + " in " + e.getKey());
                if (q.value().signum() != 0) {
                    consumer.precursor(d[0], q);
                }
            }
        }

        List<PurchasedPrecursor> purchased = new ArrayList<>();
        for (int k = 0; k < PREC_COUNT; k++) {
            int b = PREC_FIRST + k * PREC_STRIDE;
            String pname = c.text(prec, "G" + b);
            if (pname.isEmpty()) {
                continue;
            }
            AggregatedGoods goods = c.goods(prec, "L" + b);
            for (int i = b + 14; i <= b + 23; i++) {
                String consumer = c.text(prec, "E" + i);
                if (consumer.isEmpty() || !c.isNumber(prec, "L" + i)) {
                    continue;
                }
                TracedValue q = c.required(prec, "L" + i, goods.unit(), "M of " + pname + " in " + consumer);
                if (q.value().signum() == 0) {
                    continue;
                }
                ProductionProcess.Builder consumerBuilder = builders.get(consumer);
                if (consumerBuilder == null) {
                    throw c.error(prec, "E" + i, "purchased precursor \"" + pname + "\" is consumed in \"" + consumer
                            + "\", which is not a production process of this template");
                }
                consumerBuilder.precursor(pname, q);
            }
            purchased.add(new PurchasedPrecursor(pname, goods, c.text(inst, "F" + (102 + k)),
                    c.required(prec, "L" + (b + 35), "t CO2e/" + goods.unit(), "SEE,dir of " + pname),
                    c.basis(prec, "M" + (b + 35)),
                    c.zeroIfBlank(prec, "L" + (b + 36), "MWh/" + goods.unit(), "embedded electricity of " + pname),
                    c.basis(prec, "M" + (b + 36)),
                    c.zeroIfBlank(prec, "L" + (b + 37), "t CO2/MWh", "EFel of " + pname),
                    c.text(prec, "M" + (b + 37))));
        }

        List<Product> products = new ArrayList<>();
        for (int r = PRODUCT_FIRST; r <= PRODUCT_LAST; r++) {
            String process = c.text(prod, "D" + r);
            String cn = c.code(prod, "F" + r);
            if (process.isEmpty() && cn.isEmpty()) {
                continue;
            }
            if (process.isEmpty()) {
                throw c.error(prod, "D" + r, "the product with CN code " + cn + " names no production process");
            }
            if (cn.isEmpty()) {
                throw c.error(prod, "F" + r, "the product of \"" + process + "\" has no CN code");
            }
            if (!CnCodes.isCbamGood(cn)) {
                throw c.error(prod, "F" + r, "CN code " + cn + " is not a good of Annex I to Regulation (EU) 2023/956"
                        + " (no heading of the default values of IR (EU) 2025/2621 Annex I covers it); CBAM goods are"
                        + " under the headings " + CnCodes.headingsSummary());
            }
            products.add(new Product(process, cn, c.text(prod, "G" + r), c.text(prod, "H" + r),
                    c.where(prod, "row " + r)));
        }
        List<ProductionProcess> processes = new ArrayList<>();
        for (ProductionProcess.Builder b : builders.values()) {
            processes.add(b.build());
        }
        return new Installation(name, country, period, processes, purchased, products);
    }

    /** Cell access with errors that name the file, sheet and cell. */
    private static final class Cells {
        private final Workbook wb;
        private final String file;

        Cells(Workbook wb, String file) {
            this.wb = wb;
            this.file = file;
        }

        Sheet sheet(String name) {
            Sheet s = wb.getSheet(name);
            if (s == null) {
                throw new InvalidCbamInputException(file + ": sheet " + name, "the sheet is missing; a CBAM"
                        + " communication template v2.1 has the sheets A_InstData, D_Processes, E_PurchPrec and"
                        + " Summary_Products");
            }
            return s;
        }

        String where(Sheet s, String cell) {
            return file + ": sheet " + s.getSheetName() + ", " + (cell.startsWith("row") ? cell : "cell " + cell);
        }

        InvalidCbamInputException error(Sheet s, String cell, String reason) {
            return new InvalidCbamInputException(where(s, cell), reason);
        }

        private Cell cell(Sheet s, String ref) {
            CellReference cr = new CellReference(ref);
            Row row = s.getRow(cr.getRow());
            return row == null ? null : row.getCell(cr.getCol());
        }

        private static CellType type(Cell cell) {
            CellType t = cell.getCellType();
            return t == CellType.FORMULA ? cell.getCachedFormulaResultType() : t;
        }

        String text(Sheet s, String ref) {
            Cell cell = cell(s, ref);
            if (cell == null) {
                return "";
            }
            switch (type(cell)) {
                case STRING:
                    return cell.getStringCellValue().strip();
                case NUMERIC:
                    return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case BOOLEAN:
                    return String.valueOf(cell.getBooleanCellValue());
                default:
                    return "";
            }
        }

        String code(Sheet s, String ref) {
            return text(s, ref).replace(" ", "");
        }

        String date(Sheet s, String ref) {
            Cell cell = cell(s, ref);
            if (cell != null && type(cell) == CellType.NUMERIC) {
                LocalDate d = DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
                return d.toString();
            }
            return text(s, ref);
        }

        boolean isNumber(Sheet s, String ref) {
            Cell cell = cell(s, ref);
            return cell != null && type(cell) == CellType.NUMERIC;
        }

        TracedValue optional(Sheet s, String ref, String unit, String label) {
            Cell cell = cell(s, ref);
            if (cell == null) {
                return null;
            }
            CellType t = type(cell);
            if (t == CellType.BLANK || (t == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return null;
            }
            if (t != CellType.NUMERIC) {
                throw error(s, ref, label + " must be a number, found \"" + text(s, ref) + "\"");
            }
            double d = cell.getNumericCellValue();
            if (!Double.isFinite(d)) {
                throw error(s, ref, label + " must be a finite number");
            }
            return TracedValue.input(BigDecimal.valueOf(d), unit, label, where(s, ref));
        }

        TracedValue required(Sheet s, String ref, String unit, String label) {
            TracedValue t = optional(s, ref, unit, label);
            if (t == null) {
                throw error(s, ref, label + " is missing; enter a number in " + unit);
            }
            return t;
        }

        TracedValue zeroIfBlank(Sheet s, String ref, String unit, String label) {
            TracedValue t = optional(s, ref, unit, label);
            return t != null ? t : TracedValue.input(BigDecimal.ZERO, unit, label + " (blank: 0, as the template's SUM)",
                    where(s, ref));
        }

        AggregatedGoods goods(Sheet s, String ref) {
            String v = text(s, ref);
            return AggregatedGoods.find(v).orElseThrow(() -> error(s, ref, "\"" + v
                    + "\" is not an aggregated goods category; accepted: " + AggregatedGoods.acceptedNames()));
        }

        PurchasedPrecursor.Basis basis(Sheet s, String ref) {
            String v = text(s, ref).toLowerCase(Locale.ROOT);
            switch (v) {
                case "measured":
                    return PurchasedPrecursor.Basis.MEASURED;
                case "default":
                    return PurchasedPrecursor.Basis.DEFAULT;
                case "unknown":
                case "":
                    return PurchasedPrecursor.Basis.UNKNOWN;
                default:
                    throw error(s, ref, "\"" + text(s, ref) + "\" is not a basis; accepted: Measured, Default, Unknown");
            }
        }
    }
}
