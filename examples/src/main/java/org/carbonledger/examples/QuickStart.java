package org.carbonledger.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;

/**
 * Quick start: the inventory of the bundled example ledger, from Java.
 *
 * <p>Run it through its smoke test ({@code mvn -pl examples test}), or from an IDE with the repository root as working directory.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /**
     * Prints the totals by site and the trace of the first record.
     *
     * @param args optional path of an activities CSV (default: examples/data/example-ledger.csv)
     */
    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "examples/data/example-ledger.csv"), "AR6", System.out);
    }

    /**
     * Computes and prints an inventory.
     *
     * @param ledger the activities CSV
     * @param gwp the GWP set id
     * @param out where to print
     * @return the inventory
     */
    public static Inventory run(Path ledger, String gwp, PrintStream out) {
        FactorRegistry registry = FactorRegistry.discover();
        CalculationSettings settings = CalculationSettings.of(registry, BuiltInTables.defaultChain(registry))
                .withGwp(GwpSet.of(gwp));
        EmissionCalculator calculator = new EmissionCalculator(settings);
        Inventory inventory = new Inventory();
        ActivityResult first = null;
        try (ActivityCsvReader in = ActivityCsvReader.open(ledger)) {
            while (in.next()) {
                if (in.rejection() != null) {
                    out.println("rejected: " + in.rejection().message());
                    continue;
                }
                ActivityResult r = calculator.calculate(in.activity());
                inventory.add(r);
                if (first == null) {
                    first = r;
                }
            }
        }
        EmissionTotals total = inventory.totals();
        out.printf("%d records, %.1f kg CO2e (%s), biogenic CO2 %.1f kg%n", total.records(), total.co2eKg(), gwp,
                total.biogenicCo2Kg());
        inventory.totalsBy(InventoryKey::site).forEach((site, t) -> out.printf("  %-10s %14.1f kg CO2e%n", site, t.co2eKg()));
        if (first != null) {
            out.println("trace of the first record:");
            first.trace().forEach(line -> out.println("  " + line));
        }
        return inventory;
    }
}
