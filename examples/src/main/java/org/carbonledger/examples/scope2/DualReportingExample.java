package org.carbonledger.examples.scope2;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.ContractualInstrument;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.InstrumentCsvReader;
import org.carbonledger.inventory.MarketBasedScope2;
import org.carbonledger.inventory.Scope2Ledger;

/**
 * Scope 2 dual reporting (GHG Protocol Scope 2 Guidance, 2015): the location-based total from
 * grid-average factors, and the market-based total from contractual instruments, then residual-mix
 * factors, then, flagged, location factors where no residual mix exists.
 *
 * <p>Data: the bundled ledger's UK electricity and {@code examples/data/leeds-energy-certificates.csv}
 * (REGO certificates covering part of it). Run it through its smoke test ({@code mvn -pl examples
 * test}) or from the repository root.
 */
public final class DualReportingExample {
    private DualReportingExample() {
    }

    /**
     * Computes both scope 2 totals and prints how the market-based one was priced.
     *
     * @param ledger the activities CSV
     * @param instruments the instruments CSV
     * @param out where to print
     * @return the market-based result
     */
    public static MarketBasedScope2.Result run(Path ledger, Path instruments, PrintStream out) {
        FactorRegistry registry = FactorRegistry.discover();
        CalculationSettings settings = CalculationSettings.of(registry, BuiltInTables.defaultChain(registry));
        EmissionCalculator calculator = new EmissionCalculator(settings);
        Scope2Ledger electricity = new Scope2Ledger();
        try (ActivityCsvReader in = ActivityCsvReader.open(ledger)) {
            while (in.next()) {
                if (in.activity() != null) {
                    ActivityResult r = calculator.calculate(in.activity());
                    electricity.add(r); // keeps scope 2 grid electricity only
                }
            }
        }
        List<ContractualInstrument> contracts = InstrumentCsvReader.read(instruments);
        MarketBasedScope2.Result r = MarketBasedScope2.compute(electricity, contracts,
                MarketBasedScope2.residualMixFrom(settings));
        out.printf("scope 2 location-based: %.1f t CO2e%n", r.locationCo2eKg() / 1000);
        out.printf("scope 2 market-based:   %.1f t CO2e%s%n", r.marketCo2eKg() / 1000,
                r.anyFallback() ? " (includes location factors where no residual mix exists: flagged)" : "");
        for (MarketBasedScope2.Allocation a : r.allocations()) {
            out.printf("  %s %s %s: %.0f MWh by %s (%s) -> %.1f t%n", a.group().site(), a.group().period(),
                    a.group().region(), a.energyGj() / 3.6, a.method(), a.source(), a.co2eKg() / 1000);
        }
        return r;
    }

    /**
     * Runs the example from the repository root.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(Path.of("examples/data/example-ledger.csv"), Path.of("examples/data/leeds-energy-certificates.csv"),
                System.out);
    }
}
