package org.carbonledger.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.MarketBasedScope2;

/**
 * Streams the CSV result of {@code carbonledger inventory}: one row per input record with the
 * contract's columns (DESIGN.md §6), then {@code status} and {@code reason}, which list rejected
 * rows too. Text cells that a spreadsheet would execute are neutralised (DESIGN.md §8).
 */
final class CsvInventoryWriter implements InventoryCommand.InventoryWriter {
    static final String HEADER = "row,id,site,process,period,activity,amount,unit,scope,table,edition,reference,"
            + "co2_kg,ch4_kg,n2o_kg,biogenic_co2_kg,co2e_kg,status,reason";

    private final Writer out;

    CsvInventoryWriter(Path file) {
        out = new OutputStreamWriter(InventoryCommand.open(file), StandardCharsets.UTF_8);
        write(HEADER + "\n");
    }

    @Override
    public void record(long row, ActivityResult r) {
        var a = r.activity();
        Map<Gas, Double> gases = r.gasesKg();
        StringBuilder b = new StringBuilder(256);
        b.append(row).append(',');
        text(b, a.id());
        text(b, a.site());
        text(b, a.process());
        text(b, a.period() == null ? "" : a.period().text());
        text(b, a.activity().id());
        b.append(number(a.amount())).append(',');
        text(b, a.unit().symbol());
        b.append(r.scope().code()).append(',');
        text(b, r.factor().table().id());
        text(b, r.factor().table().edition());
        StringBuilder refs = new StringBuilder();
        for (var f : r.factor().factors()) {
            refs.append(refs.length() == 0 ? "" : "; ").append(f.gas()).append(": ").append(f.source().reference());
        }
        for (var c : r.factor().conversions()) {
            refs.append("; conversion: ").append(c.source().reference());
        }
        text(b, refs.toString());
        b.append(number(gases.get(Gas.CO2))).append(',');
        b.append(number(gases.get(Gas.CH4))).append(',');
        b.append(number(gases.get(Gas.N2O))).append(',');
        b.append(number(r.biogenicCo2Kg())).append(',');
        b.append(number(r.co2eKg())).append(',');
        b.append("accepted,\n");
        write(b.toString());
    }

    @Override
    public void rejected(RejectedRow r, ActivityCsvReader in) {
        StringBuilder b = new StringBuilder(256);
        b.append(r.row()).append(',');
        text(b, in.field("id"));
        text(b, in.field("site"));
        text(b, in.field("process"));
        text(b, in.field("period"));
        text(b, in.field("activity"));
        text(b, in.field("amount"));
        text(b, in.field("unit"));
        text(b, in.field("scope"));
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
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
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
