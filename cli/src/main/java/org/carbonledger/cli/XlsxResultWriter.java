package org.carbonledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.activity.Scope;
import org.carbonledger.csv.CsvWriter;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.Calculation;
import org.carbonledger.inventory.CoverageGap;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.FactorUse;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.PricedFactor;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.inventory.ResultWriter;
import org.carbonledger.report.Figures;

/**
 * Writes an inventory as an Excel workbook ({@code --format xlsx}): sheets Summary, Records,
 * Factors, Rejected and Not covered. Numbers are numbers (the doubles of the result, never
 * text), units are in the headers, header rows are frozen, and text a spreadsheet would read as a
 * formula is neutralised as in CSV ({@link CsvWriter#neutralise(String)}).
 *
 * <p>Each record's calculation is in columns (amount, unit ratio, canonical amount, and per gas
 * the multiplier, the GWP and the mass), and a formula cell recomputes its kg CO2e from them:
 * {@code amount × unit ratio × Σ multiplier × GWP} ({@link Calculation} states the laws; the
 * library sums exactly and rounds once, the spreadsheet in doubles, so the two agree to about
 * 1e-15 relative). Biogenic CO2 has its own columns and no GWP: it is reported apart.
 *
 * <p>Apache POI's SXSSF streams the rows to compressed temporary files (a window of
 * {@value #WINDOW} rows in memory), so a million records are written in a bounded heap;
 * measured in benchmarks/README.md. Past the 1,048,575 data rows a sheet holds, records continue
 * on "Records 2", "Records 3" ...
 */
final class XlsxResultWriter implements ResultWriter {
    /** Rows of each sheet kept in memory. */
    static final int WINDOW = 100;
    /** Data rows a sheet holds below its header: Excel's 1,048,576 rows less one. */
    static final int MAX_ROWS = 1_048_575;
    /** Gases other than CO2, CH4, N2O and biogenic CO2 a record may have, each with columns of its own. */
    static final int OTHER_GASES = 3;

    /** The Records sheet's columns, in order. */
    static final List<String> RECORD_COLUMNS;
    private static final int AMOUNT;
    private static final int RATIO;
    private static final int FIRST_GAS;
    private static final int CO2E;

    static {
        List<String> c = new ArrayList<>(List.of("Row", "Id", "Site", "Process", "Period", "Activity", "Region", "Scope",
                "ISO 14064-1 category", "Amount", "Unit", "Unit ratio (canonical unit per unit)", "Canonical amount",
                "Canonical unit"));
        for (String g : List.of("CO2", "CH4", "N2O")) {
            c.addAll(List.of(g + " multiplier (kg per canonical unit)", g + " GWP", g + " (kg)"));
        }
        c.addAll(List.of("CO2 biogenic multiplier (kg per canonical unit)", "CO2 biogenic (kg, not in CO2e)"));
        for (int i = 1; i <= OTHER_GASES; i++) {
            c.addAll(List.of("Other gas " + i, "Other gas " + i + " multiplier (kg per canonical unit)",
                    "Other gas " + i + " GWP", "Other gas " + i + " (kg)"));
        }
        c.addAll(List.of("CO2e (kg)", "CO2e recomputed (kg, formula)", "Table", "Edition", "Factor"));
        RECORD_COLUMNS = List.copyOf(c);
        AMOUNT = c.indexOf("Amount");
        RATIO = c.indexOf("Unit ratio (canonical unit per unit)");
        FIRST_GAS = c.indexOf("CO2 multiplier (kg per canonical unit)");
        CO2E = c.indexOf("CO2e (kg)");
    }

    private final OutputStream out;
    private final ReportDetails details;
    private final SXSSFWorkbook book = new SXSSFWorkbook(null, WINDOW, true, false);
    private final SXSSFSheet summary;
    private SXSSFSheet records;
    private final SXSSFSheet factors;
    private final SXSSFSheet rejected;
    private final SXSSFSheet notCovered;
    private final CellStyle header;
    private final Map<SXSSFSheet, List<String>> headings = new LinkedHashMap<>();
    private final IdentityHashMap<FactorUse, String> factorKeys = new IdentityHashMap<>();
    private final Map<String, FactorUse> factorsByKey = new LinkedHashMap<>();
    private int recordRow;
    private int recordSheets = 1;
    private int rejectedRow;
    private long rejectedNotListed;
    private final String formulaTemplate;

    /**
     * @param out where the workbook goes (closed by {@link #close()})
     * @param details the report's statement, written on the Summary sheet; null for {@code inventory}
     */
    XlsxResultWriter(OutputStream out, ReportDetails details) {
        this.out = out;
        this.details = details;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        summary = sheet("Summary", List.of("Item", "Value", "Unit"));
        records = sheet("Records", RECORD_COLUMNS);
        factors = sheet("Factors", List.of("Factor", "Activity", "Table", "Edition", "Document", "Sector", "Basis",
                "Gas or conversion", "Value", "Unit", "Region", "Reference", "Source name", "Confidence", "Why"));
        rejected = sheet("Rejected", List.of("File", "Row", "Column", "Value", "Reason"));
        notCovered = sheet("Not covered", List.of("Activity", "Region", "Column", "Rows", "Reason"));
        formulaTemplate = formula();
    }

    /** amount × ratio × (Σ multiplier × GWP) over the CO2, CH4, N2O and other-gas columns, for row {@code #}. */
    private static String formula() {
        List<String> terms = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            terms.add(col(FIRST_GAS + 3 * g) + "#*" + col(FIRST_GAS + 3 * g + 1) + "#");
        }
        int other = FIRST_GAS + 9 + 2;
        for (int i = 0; i < OTHER_GASES; i++) {
            terms.add(col(other + 4 * i + 1) + "#*" + col(other + 4 * i + 2) + "#");
        }
        return col(AMOUNT) + "#*" + col(RATIO) + "#*(" + String.join("+", terms) + ")";
    }

    private static String col(int i) {
        return CellReference.convertNumToColString(i);
    }

    private SXSSFSheet sheet(String name, List<String> columns) {
        SXSSFSheet s = book.createSheet(name);
        Row r = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            r.createCell(i).setCellValue(columns.get(i));
            r.getCell(i).setCellStyle(header);
        }
        s.createFreezePane(0, 1);
        headings.put(s, columns);
        return s;
    }

    /**
     * Sets each sheet's column widths from its headings, once its rows are written: while a sheet
     * has column definitions, POI looks up a column's default style through them for every cell
     * it creates, which was 45 % of the time of a large workbook (JFR, 200,000 records).
     */
    private void widths() {
        headings.forEach((s, columns) -> {
            for (int i = 0; i < columns.size(); i++) {
                s.setColumnWidth(i, Math.min(60, Math.max(10, columns.get(i).length() + 2)) * 256);
            }
        });
    }

    private static void text(Row r, int i, String s) {
        if (s != null && !s.isEmpty()) {
            r.createCell(i).setCellValue(CsvWriter.neutralise(s));
        }
    }

    /** Writes a count: exact as a double below 2^53, which no count of rows reaches. */
    private static void number(Row r, int i, long v) {
        number(r, i, (double) v);
    }

    private static void number(Row r, int i, double v) {
        r.createCell(i).setCellValue(v);
    }

    @Override
    public void record(RecordOutcome o) {
        if (!o.isPriced()) {
            rejected(o.rejection());
            return;
        }
        if (recordRow == MAX_ROWS) {
            records = sheet("Records " + ++recordSheets, RECORD_COLUMNS);
            recordRow = 0;
        }
        int n = ++recordRow;
        Row r = records.createRow(n);
        ActivityResult a = o.result();
        var act = a.activity();
        Calculation c = a.calculation();
        PricedFactor p = a.priced();
        number(r, 0, o.row());
        text(r, 1, act.id());
        text(r, 2, act.site());
        text(r, 3, act.process());
        text(r, 4, act.period() == null ? "" : act.period().text());
        text(r, 5, act.activity().id());
        text(r, 6, act.region().id());
        text(r, 7, a.scope().code());
        text(r, 8, Figures.isoCategory(a.scope()).category());
        number(r, AMOUNT, c.amount());
        text(r, AMOUNT + 1, c.unit());
        number(r, RATIO, p.unitRatio());
        number(r, RATIO + 1, c.canonicalAmount());
        text(r, RATIO + 2, c.canonicalUnit());
        int other = 0;
        for (int i = 0; i < p.gasCount(); i++) {
            String key = p.key(i);
            int at;
            if (p.isBiogenic(i)) {
                number(r, FIRST_GAS + 9, p.multiplier(i));
                number(r, FIRST_GAS + 10, a.massKg(i));
                continue;
            } else if (key.equals(Gas.CO2.id()) || key.equals(Gas.CH4.id()) || key.equals(Gas.N2O.id())) {
                at = FIRST_GAS + 3 * List.of("CO2", "CH4", "N2O").indexOf(key);
            } else {
                if (other == OTHER_GASES) {
                    throw new FatalException("row " + o.row() + ": the workbook has columns for " + OTHER_GASES
                            + " gases beyond CO2, CH4 and N2O, and this record has more; use --format json");
                }
                at = FIRST_GAS + 11 + 4 * other++;
                text(r, at++, key);
            }
            number(r, at, p.multiplier(i));
            number(r, at + 1, p.appliedGwp(i));
            number(r, at + 2, a.massKg(i));
        }
        number(r, CO2E, a.co2eKg());
        r.createCell(CO2E + 1).setCellFormula(formulaTemplate.replace("#", Integer.toString(n + 1)));
        text(r, CO2E + 2, o.factor().table());
        text(r, CO2E + 3, o.factor().edition());
        text(r, CO2E + 4, factorKey(o.factor()));
    }

    private String factorKey(FactorUse f) {
        String k = factorKeys.get(f);
        if (k == null) {
            FactorUse same = null;
            for (Map.Entry<String, FactorUse> e : factorsByKey.entrySet()) {
                if (e.getValue().equals(f)) {
                    same = e.getValue();
                    k = e.getKey();
                }
            }
            if (same == null) {
                k = "F" + (factorsByKey.size() + 1);
                factorsByKey.put(k, f);
            }
            factorKeys.put(f, k);
        }
        return k;
    }

    private void rejected(RejectedRow x) {
        if (rejectedRow == MAX_ROWS) {
            rejectedNotListed++; // counted on the Summary sheet; the JSON lists all
            return;
        }
        Row r = rejected.createRow(++rejectedRow);
        text(r, 0, x.source());
        number(r, 1, x.row());
        text(r, 2, x.column());
        text(r, 3, x.value());
        text(r, 4, x.reason() + (x.problems().isEmpty() ? "" : "; " + String.join("; ", x.problems())));
    }

    @Override
    public void finish(InventoryResult result) {
        result.productionRejected().forEach(this::rejected);
        int n = 0;
        EmissionTotals t = result.totals();
        InventoryResult.Counts k = result.counts();
        if (details != null) {
            n = item(n, "Organisation", details.organisation(), "");
            n = item(n, "Reporting period", details.reportingPeriod(), "");
            n = item(n, "Base year", details.baseYear(), "");
            n = item(n, "Boundary", details.boundary(), "");
            n = item(n, "Prepared by", details.preparer(), "");
            n = item(n, "Generated", details.generated().toString(), "");
        }
        n = item(n, "Carbon Ledger version", org.carbonledger.CarbonLedgerVersion.current(), "");
        n = item(n, "GWP set", result.settings().gwp() + " (" + result.settings().gwpSource() + ")", "");
        n = item(n, "Factor tables, first tried first", String.join(" > ", result.settings().chain()), "");
        n = value(n, "Rows", k.rows(), "rows");
        n = value(n, "Rows used", k.accepted(), "rows");
        n = value(n, "Rows rejected", k.rejected(), "rows");
        n = value(n, "Production rows rejected", k.productionRejected(), "rows");
        if (rejectedNotListed > 0) {
            n = value(n, "Rejected rows beyond the Rejected sheet's capacity (listed in --format json)",
                    rejectedNotListed, "rows");
        }
        n = value(n, "Total CO2e", t.co2eKg(), "kg CO2e");
        for (Scope s : Scope.values()) {
            Figures.IsoCategory c = Figures.isoCategory(s);
            n = value(n, "Scope " + s.code() + " (ISO 14064-1 category " + c.category() + ")", result.co2eKg(s),
                    "kg CO2e");
        }
        n = value(n, "Scope 2 location-based", result.scope2().locationCo2eKg(), "kg CO2e");
        n = value(n, "Scope 2 market-based", result.scope2().marketCo2eKg(), "kg CO2e");
        for (var e : t.gasesKg().entrySet()) {
            n = value(n, e.getKey().id(), e.getValue(), "kg");
        }
        n = value(n, "Biogenic CO2 (not in CO2e)", t.biogenicCo2Kg(), "kg");
        n = value(n, "Activities not covered", result.notCovered().size(), "activities");
        n = value(n, "Rows priced by a flagged factor (in the totals)", result.counts().flagged(), "rows");
        for (InventoryResult.Flagged fl : result.flagged()) {
            n = value(n, "Flagged " + fl.flag() + ": " + fl.factor().activity() + " by " + fl.factor().table(),
                    fl.records(), "rows");
        }
        int f = 0;
        for (Map.Entry<String, FactorUse> e : factorsByKey.entrySet()) {
            FactorUse u = e.getValue();
            List<FactorUse.Value> values = new ArrayList<>(u.gases());
            values.addAll(u.conversions());
            for (FactorUse.Value v : values) {
                Row r = factors.createRow(++f);
                text(r, 0, e.getKey());
                text(r, 1, u.activity());
                text(r, 2, u.table());
                text(r, 3, u.edition());
                text(r, 4, u.document());
                text(r, 5, u.sector());
                text(r, 6, v.basis() != null ? v.basis() : u.basis());
                text(r, 7, v.gas() == null ? "conversion" : v.gas());
                number(r, 8, v.value());
                text(r, 9, v.unit());
                text(r, 10, v.region());
                text(r, 11, v.reference());
                text(r, 12, v.sourceName());
                text(r, 13, v.confidence());
                text(r, 14, u.why());
            }
        }
        int g = 0;
        for (CoverageGap gap : result.notCovered()) {
            Row r = notCovered.createRow(++g);
            text(r, 0, gap.activity());
            text(r, 1, gap.region());
            text(r, 2, gap.column());
            number(r, 3, gap.rows());
            text(r, 4, gap.reason());
        }
        widths();
        try {
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int item(int n, String name, String value, String unit) {
        Row r = summary.createRow(n + 1);
        text(r, 0, name);
        text(r, 1, value == null ? "not stated" : value);
        text(r, 2, unit);
        return n + 1;
    }

    /** A count: exact as a double below 2^53, which no count of rows reaches. */
    private int value(int n, String name, long value, String unit) {
        return value(n, name, (double) value, unit);
    }

    private int value(int n, String name, double value, String unit) {
        Row r = summary.createRow(n + 1);
        text(r, 0, name);
        number(r, 1, value);
        text(r, 2, unit);
        return n + 1;
    }

    @Override
    public void close() {
        try {
            try {
                book.close(); // also deletes its temporary files (since POI 5.3, bug 68183)
            } finally {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
