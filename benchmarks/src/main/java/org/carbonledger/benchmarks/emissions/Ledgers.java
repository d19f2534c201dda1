package org.carbonledger.benchmarks.emissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.quantity.UnitParser;

/**
 * Generated ledgers for the benchmarks: six IPCC 2006 fuels (natural gas in GJ, MJ or kWh; the
 * others in t or kg, through their net calorific values; wood with biogenic CO2), spread over
 * sites, processes and months. Deterministic (fixed seed).
 */
public final class Ledgers {
    /** The activity ids used, all priced by the built-in {@code ipcc-2006} table. */
    public static final List<String> ACTIVITIES = List.of("fuel/natural_gas", "fuel/gas_diesel_oil", "fuel/lpg",
            "fuel/other_bituminous_coal", "fuel/residual_fuel_oil", "fuel/wood_wood_waste");

    private Ledgers() {
    }

    /** @return a calculator over the built-in default chain, AR5 */
    public static EmissionCalculator calculator() {
        FactorRegistry registry = FactorRegistry.discover();
        return new EmissionCalculator(CalculationSettings.of(registry, BuiltInTables.defaultChain(registry)));
    }

    /**
     * Generates records.
     *
     * @param n how many
     * @param sites distinct sites (with 2 processes, 12 months and 6 activities: up to sites × 144 groups)
     * @param seed random seed
     * @return the records
     */
    public static List<Activity> generate(int n, int sites, long seed) {
        Random random = new Random(seed);
        UnitParser units = UnitParser.standard();
        String[] gasUnits = {"GJ", "MJ", "kWh"};
        String[] massUnits = {"t", "kg"};
        Period[] months = new Period[12];
        for (int m = 0; m < 12; m++) {
            months[m] = Period.parse(String.format("2024-%02d", m + 1));
        }
        List<Activity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int a = random.nextInt(ACTIVITIES.size());
            String unit = a == 0 ? gasUnits[random.nextInt(3)] : massUnits[random.nextInt(2)];
            double amount = Math.round(random.nextDouble() * 1_000_000) / 1000.0;
            out.add(Activity.builder(ActivityId.of(ACTIVITIES.get(a)), amount, units.parse(unit))
                    .site("site" + random.nextInt(sites)).process(random.nextBoolean() ? "boilers" : "kilns")
                    .period(months[random.nextInt(12)]).build());
        }
        return out;
    }
}
