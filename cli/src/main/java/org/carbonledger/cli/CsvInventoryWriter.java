package org.carbonledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.MarketBasedScope2;
import org.carbonledger.inventory.PricedFactor;
import org.carbonledger.quantity.NumberText;

/**
 * Streams the CSV result of {@code carbonledger inventory}: one row per input record with the
 * contract's columns (DESIGN.md §6), then {@code status} and {@code reason}, which list rejected
 * rows too. Text cells that a spreadsheet would execute are neutralised (DESIGN.md §8).
 */
final class CsvInventoryWriter implements InventoryCommand.InventoryWriter {
    static final String HEADER = "row,id,site,process,period,activity,amount,unit,scope,table,edition,reference,"
            + "co2_kg,ch4_kg,n2o_kg,biogenic_co2_kg,co2e_kg,status,reason";

    private final Writer out;
    // The table, edition and reference cells depend only on the factor, and the reference cell
    // (every gas's source, then the conversions) is long: building, neutralising and quoting it
    // per record was the writer's largest cost after number formatting (JFR, 1M-row CLI run).
    // Bounded: emptied when full. Keys by identity: the calculator hands out cached factors.
    private static final int FACTOR_CELLS_LIMIT = 4096;
    private final Map<ResolvedFactor, String> factorCells = new IdentityHashMap<>();
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];

    /** @param file where the result goes (closed by {@link #close}) */
    CsvInventoryWriter(OutputStream file) {
        out = new OutputStreamWriter(file, StandardCharsets.UTF_8);
        write(HEADER + "\n");
    }

    @Override
    public void record(long row, ActivityResult r, Object prepared) {
        var a = r.activity();
        StringBuilder b = line;
        b.setLength(0);
        b.append(row).append(',');
        text(b, a.id());
        text(b, a.site());
        text(b, a.process());
        text(b, a.period() == null ? "" : a.period().text());
        text(b, a.activity().id());
        b.append(number(a.amount())).append(',');
        text(b, a.unit().symbol());
        b.append(r.scope().code()).append(',');
        b.append(factorCells(r.factor()));
        // the fossil masses as ActivityResult.gasesKg() sums them (from 0.0, in gas order),
        // without building its map per record
        double co2 = 0.0;
        double ch4 = 0.0;
        double n2o = 0.0;
        PricedFactor p = r.priced();
        for (int i = 0; i < p.gasCount(); i++) {
            if (!p.isBiogenic(i)) {
                Gas g = p.gas(i);
                if (g.equals(Gas.CO2)) {
                    co2 += r.massKg(i);
                } else if (g.equals(Gas.CH4)) {
                    ch4 += r.massKg(i);
                } else if (g.equals(Gas.N2O)) {
                    n2o += r.massKg(i);
                }
            }
        }
        b.append(number(co2)).append(',');
        b.append(number(ch4)).append(',');
        b.append(number(n2o)).append(',');
        b.append(number(r.biogenicCo2Kg())).append(',');
        b.append(number(r.co2eKg())).append(',');
        b.append("accepted,\n");
        write(b);
    }

    /** @return the table, edition and reference cells of a factor, each followed by a comma */
    private String factorCells(ResolvedFactor f) {
        String cells = factorCells.get(f);
        if (cells == null) {
            StringBuilder b = new StringBuilder();
            text(b, f.table().id());
            text(b, f.table().edition());
            StringBuilder refs = new StringBuilder();
            for (var e : f.factors()) {
                refs.append(refs.length() == 0 ? "" : "; ").append(e.gas()).append(": ").append(e.source().reference());
            }
            for (var c : f.conversions()) {
                refs.append("; conversion: ").append(c.source().reference());
            }
            text(b, refs.toString());
            cells = b.toString();
            if (factorCells.size() >= FACTOR_CELLS_LIMIT) {
                factorCells.clear();
            }
            factorCells.put(f, cells);
        }
        return cells;
    }

    @Override
    public void rejected(RejectedRow r, InventoryCommand.RowText in) {
        StringBuilder b = new StringBuilder(256);
        b.append(r.row()).append(',');
        text(b, in.id());
        text(b, in.site());
        text(b, in.process());
        text(b, in.period());
        text(b, in.activity());
        text(b, in.amount());
        text(b, in.unit());
        text(b, in.scope());
        b.append(",,,,,,,,rejected,");
        String reason = (r.column().isEmpty() ? "" : "column " + r.column() + ": ") + r.reason();
        b.append(quote(neutralise(reason))).append('\n');
        write(b.toString());
    }

    @Override
    public void finish(Inventory inventory, MarketBasedScope2.Result market, long rows, long rejected) {
        // totals are in the JSON result and the report; the CSV lists records only
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a line without making a String of it. */
    private void write(StringBuilder b) {
        if (chars.length < b.length()) {
            chars = new char[Math.max(b.length(), chars.length * 2)];
        }
        b.getChars(0, b.length(), chars, 0);
        try {
            out.write(chars, 0, b.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(StringBuilder b, String s) {
        b.append(quote(neutralise(s))).append(',');
    }

    static String number(double v) {
        return NumberText.of(v);
    }

    /**
     * Neutralises a text cell that a spreadsheet would read as a formula (starting with =, +, -,
     * @, tab or carriage return) by prefixing an apostrophe; a cell that is a plain number stays.
     */
    static String neutralise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            if (s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
                return s;
            }
            return "'" + s;
        }
        return s;
    }

    static String quote(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                needs = true;
                break;
            }
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
