package org.carbonledger.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/** Smoke test: the service's totals equal a single-threaded run's, to the last bit, for any worker count. */
class EmissionServiceTest {
    @Test
    void totalsDoNotDependOnWorkersOrArrivalOrder() throws Exception {
        FactorRegistry registry = FactorRegistry.discover();
        CalculationSettings settings = CalculationSettings.of(registry, BuiltInTables.defaultChain(registry));
        List<Activity> readings = new ArrayList<>();
        Random random = new Random(7);
        String[] fuels = {"fuel/natural_gas", "fuel/lpg", "fuel/gas_diesel_oil"};
        for (int i = 0; i < 20_000; i++) {
            readings.add(Activity.builder(ActivityId.of(fuels[i % 3]), random.nextDouble() * 100,
                    UnitParser.standard().parse(i % 2 == 0 ? "kWh" : "GJ")).site("line-" + (i % 5))
                    .period(Period.parse("2025-0" + (1 + i % 9))).build());
        }
        Inventory single = new Inventory();
        EmissionCalculator calc = new EmissionCalculator(settings);
        readings.forEach(a -> single.add(calc.calculate(a)));
        for (int threads : new int[] {1, 2, 4}) {
            List<Activity> shuffled = new ArrayList<>(readings);
            Collections.shuffle(shuffled, new Random(threads));
            EmissionService service = new EmissionService(settings, threads);
            for (Activity a : shuffled) {
                service.submit(a);
            }
            Inventory merged = service.finish();
            assertEquals(0, service.unpriced());
            assertEquals(Double.doubleToLongBits(single.totals().co2eKg()),
                    Double.doubleToLongBits(merged.totals().co2eKg()), "threads " + threads);
            assertEquals(single.byKey().keySet(), merged.byKey().keySet());
        }
    }

    /** The service runs as a program on the bundled ledger, with the totals of a one-thread run (it had no main). */
    @Test
    void main_runsOnTheBundledLedger_withTheSingleThreadTotals() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Inventory merged = EmissionService.run(Path.of("data/example-ledger.csv"), 4, new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        Inventory single = EmissionService.run(Path.of("data/example-ledger.csv"), 1, new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(14, merged.records(), bytes.toString(StandardCharsets.UTF_8));
        assertEquals(Double.doubleToLongBits(single.totals().co2eKg()), Double.doubleToLongBits(merged.totals().co2eKg()));
        assertEquals(true, bytes.toString(StandardCharsets.UTF_8).startsWith("14 readings priced by 4 workers"));
    }
}
