package org.carbonledger.examples.custom;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.factors.user.UserTable;
import org.carbonledger.factors.user.UserTableReader;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.quantity.UnitParser;

/**
 * Custom factor tables three ways: a CSV file, a JSON file, and a plug-in on the class path
 * ({@link SupplierTables}), chained before the built-in tables.
 *
 * <p>Run through its smoke test ({@code mvn -pl examples test}); the tables are
 * {@code examples/data/supplier-factors.csv} and {@code examples/data/supplier-factors.json}.
 */
public final class CustomTablesExample {
    private CustomTablesExample() {
    }

    /**
     * Prices three activities with custom tables first in the chain.
     *
     * @param dataDir the folder holding supplier-factors.csv and supplier-factors.json
     * @param out where to print
     * @return the results
     */
    public static List<ActivityResult> run(Path dataDir, PrintStream out) {
        FactorRegistry registry = FactorRegistry.discover();            // built-in tables and SupplierTables
        UserTableReader reader = new UserTableReader(registry::findActivityType);
        UserTable csv = reader.read(dataDir.resolve("supplier-factors.csv"));
        UserTable json = reader.read(dataDir.resolve("supplier-factors.json"));
        List<FactorTable> mine = List.of(csv, json);
        List<org.carbonledger.activity.ActivityType> defined = new ArrayList<>(csv.newActivities());
        defined.addAll(json.newActivities());
        registry = registry.with(mine, defined);
        List<String> chain = new ArrayList<>(List.of(csv.info().id(), json.info().id(), "example-suppliers"));
        chain.addAll(BuiltInTables.DEFAULT_CHAIN);
        EmissionCalculator calc = new EmissionCalculator(CalculationSettings.of(registry, registry.chain(chain)));

        UnitParser u = UnitParser.standard();
        List<ActivityResult> results = List.of(
                calc.calculate(Activity.builder(ActivityId.of("material/steel_coil"), 40, u.parse("t"))
                        .period(Period.parse("2025-04")).build()),
                calc.calculate(Activity.builder(ActivityId.of("material/cement"), 120, u.parse("t"))
                        .period(Period.parse("2025-04")).build()),
                calc.calculate(Activity.builder(SupplierTables.ALUMINIUM, 2500, u.parse("kg"))
                        .period(Period.parse("2025-04")).region(Region.parse("GB")).build()));
        for (ActivityResult r : results) {
            out.printf("%-28s %12.1f kg CO2e  from %s%n", r.activity().activity(), r.co2eKg(), r.factor().table().id());
        }
        return results;
    }

    /**
     * Runs the example from the repository root.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(Path.of("examples/data"), System.out);
    }
}
