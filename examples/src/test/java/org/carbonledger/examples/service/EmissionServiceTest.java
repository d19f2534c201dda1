package org.carbonledger.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/**
 * The service's totals equal a single-threaded run's, to the last bit, for any worker count; bad
 * readings are counted as rejections and never stop a worker (the example used to lose the whole
 * inventory on an unknown activity, and to block forever after four bad readings).
 */
class EmissionServiceTest {
    private static final FactorRegistry REGISTRY = FactorRegistry.discover();
    private static final InventoryRun RUN = InventoryRun.builder(
            CalculationSettings.of(REGISTRY, BuiltInTables.defaultChain(REGISTRY))).build();

    private static List<Activity> readings(int bad) {
        List<Activity> readings = new ArrayList<>();
        Random random = new Random(7);
        String[] fuels = {"fuel/natural_gas", "fuel/lpg", "fuel/gas_diesel_oil"};
        for (int i = 0; i < bad; i++) {
            readings.add(Activity.builder(ActivityId.of("fuel/no_such_fuel"), 1, UnitParser.standard().parse("GJ"))
                    .build());
        }
        for (int i = 0; i < 20_000; i++) {
            readings.add(Activity.builder(ActivityId.of(fuels[i % 3]), random.nextDouble() * 100,
                    UnitParser.standard().parse(i % 2 == 0 ? "kWh" : "GJ")).site("line-" + (i % 5))
                    .period(Period.parse("2025-0" + (1 + i % 9))).build());
        }
        return readings;
    }

    @Test
    void totalsDoNotDependOnWorkersOrArrivalOrder() throws Exception {
        List<Activity> readings = readings(0);
        InventoryResult single = RUN.run(readings);
        for (int threads : new int[] {1, 2, 4}) {
            List<Activity> shuffled = new ArrayList<>(readings);
            Collections.shuffle(shuffled, new Random(threads));
            EmissionService service = new EmissionService(RUN, threads);
            for (Activity a : shuffled) {
                service.submit(a);
            }
            InventoryResult merged = service.finish();
            assertEquals(0, merged.counts().rejected());
            assertEquals(Double.doubleToLongBits(single.totals().co2eKg()),
                    Double.doubleToLongBits(merged.totals().co2eKg()), "threads " + threads);
            assertEquals(single.bySite().keySet(), merged.bySite().keySet());
        }
    }

    @Test
    void badReadingsThenManyGoodOnes_areCountedAsRejections_andNothingHangs() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            List<Activity> readings = readings(4);
            EmissionService service = new EmissionService(RUN, 4);
            for (Activity a : readings) {
                service.submit(a);
            }
            InventoryResult result = service.finish();
            assertEquals(4, result.counts().rejected());
            assertEquals(20_000, result.counts().accepted());
            assertEquals(Double.doubleToLongBits(RUN.run(readings.subList(4, readings.size())).totals().co2eKg()),
                    Double.doubleToLongBits(result.totals().co2eKg()));
        });
    }
}
