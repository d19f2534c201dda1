package org.carbonledger.examples.mes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.InventoryAccumulator;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.json.CarbonLedgerModule;

/**
 * What an MES does with Carbon Ledger: readings arrive one at a time, each is priced into the
 * shift's partial result (a row that cannot be priced is a rejection, never an exception), and at
 * the end of the shift the result is written as JSON with the library's Jackson module: the same
 * document, byte for byte, as {@code carbonledger inventory} writes for the same ledger.
 *
 * <pre>{@code
 * java -cp ... org.carbonledger.examples.mes.MesInventory examples/data/example-ledger.csv > inventory.json
 * }</pre>
 */
public final class MesInventory {
    private MesInventory() {
    }

    /**
     * Computes the inventory of an activities CSV through the library.
     *
     * @param ledger the activities CSV
     * @return the result, with every record
     */
    public static InventoryResult inventory(Path ledger) {
        FactorRegistry registry = FactorRegistry.discover();
        CalculationSettings settings = CalculationSettings.of(registry, BuiltInTables.defaultChain(registry));
        InventoryRun run = InventoryRun.builder(settings).chainIsDefault(true).keepRecords(true).build();
        InventoryAccumulator shift = run.newAccumulator();
        try (ActivityCsvReader readings = ActivityCsvReader.open(ledger)) {
            while (readings.next()) {
                RecordOutcome o = readings.rejection() != null
                        ? run.reject(shift, readings.rejection(), java.util.Map.of())
                        : run.add(shift, readings.row(), readings.activity());
                if (!o.isPriced()) {
                    System.err.println("rejected: " + o.rejection().message());
                }
            }
        }
        return run.result(shift);
    }

    /**
     * Writes a result as JSON.
     *
     * @param result the result
     * @param out where to
     * @throws IOException if writing fails
     */
    public static void write(InventoryResult result, OutputStream out) throws IOException {
        new ObjectMapper().registerModule(new CarbonLedgerModule()).writeValue(out, result);
    }

    /**
     * Prints the JSON inventory of a ledger.
     *
     * @param args the activities CSV (default: the bundled example ledger)
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Path ledger = Path.of(args.length > 0 ? args[0] : "examples/data/example-ledger.csv");
        write(inventory(ledger), System.out);
        System.out.flush();
    }
}
