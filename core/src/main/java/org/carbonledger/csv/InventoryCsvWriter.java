package org.carbonledger.csv;

import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.carbonledger.activity.Activity;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.FactorUse;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.inventory.ResultWriter;

/**
 * Writes the CSV result of an inventory run: one row per input row with the columns
 * {@value #HEADER}; a rejected row has its fields as read, {@code status} "rejected" and its
 * reason. Totals are in the JSON result and the report; the CSV lists rows. Only writes: every
 * number comes from the record.
 *
 * <p>Not thread-safe.
 */
public final class InventoryCsvWriter implements ResultWriter {
    /** The header row. */
    public static final String HEADER = "row,id,site,process,period,activity,amount,unit,scope,table,edition,reference,"
            + "co2_kg,ch4_kg,n2o_kg,biogenic_co2_kg,co2e_kg,status,reason";
    private static final int FACTOR_CELLS_LIMIT = 4096;

    private final CsvWriter csv;
    /** The table, edition and reference cells of each factor, made once (the reference cell is long). */
    private final IdentityHashMap<FactorUse, String> factorCells = new IdentityHashMap<>();

    /**
     * Starts the CSV: writes the header.
     *
     * @param out the stream, closed by {@link #close}
     */
    public InventoryCsvWriter(OutputStream out) {
        csv = new CsvWriter(out);
        for (String column : HEADER.split(",", -1)) {
            csv.raw(column);
        }
        csv.end();
    }

    /**
     * Writes one row's outcome.
     *
     * @param o the outcome
     */
    @Override
    public void record(RecordOutcome o) {
        csv.number(o.row());
        if (o.isPriced()) {
            ActivityResult r = o.result();
            Activity a = r.activity();
            csv.text(a.id()).text(a.site()).text(a.process()).text(a.period() == null ? "" : a.period().text())
                    .text(a.activity().id()).number(a.amount()).text(a.unit().symbol()).raw(r.scope().code())
                    .raw(factorCells(o.factor()));
            double[] gases = r.mainGasesKg();
            csv.number(gases[0]).number(gases[1]).number(gases[2]).number(r.biogenicCo2Kg()).number(r.co2eKg())
                    .raw("accepted").raw("");
        } else {
            Map<String, String> f = o.fields();
            for (String c : new String[] {"id", "site", "process", "period", "activity", "amount", "unit", "scope"}) {
                csv.text(f.getOrDefault(c, ""));
            }
            csv.raw(",,,,,,,,rejected");
            var r = o.rejection();
            csv.text((r.column().isEmpty() ? "" : "column " + r.column() + ": ") + r.reason());
        }
        csv.end();
    }

    private String factorCells(FactorUse f) {
        String cells = factorCells.get(f);
        if (cells == null) {
            StringBuilder refs = new StringBuilder();
            for (FactorUse.Value v : f.gases()) {
                refs.append(refs.length() == 0 ? "" : "; ").append(v.gas()).append(": ").append(v.reference());
            }
            for (FactorUse.Value c : f.conversions()) {
                refs.append("; conversion: ").append(c.reference());
            }
            cells = CsvWriter.cell(f.table()) + "," + CsvWriter.cell(f.edition()) + "," + CsvWriter.cell(refs.toString());
            if (factorCells.size() >= FACTOR_CELLS_LIMIT) {
                factorCells.clear();
            }
            factorCells.put(f, cells);
        }
        return cells;
    }

    /** Writes nothing: totals are in the JSON result and the report; the CSV lists rows. */
    @Override
    public void finish(InventoryResult result) {
    }

    /** Flushes and closes the stream. */
    @Override
    public void close() {
        csv.close();
    }
}
