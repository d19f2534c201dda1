package org.carbonledger.factors;

import java.util.List;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.quantity.UnitParser;

/** Small helpers for the table tests: one activity record through a chain, and factor look-ups. */
final class Ledger {
    static final FactorRegistry REGISTRY = FactorRegistry.discover();

    private Ledger() {
    }

    /** One record through a chain (null chain: the default chain), AR5. */
    static ActivityResult calculate(List<String> chain, String activity, double amount, String unit, String region,
            String period, Sector sector, CalorificBasis basis) {
        CalculationSettings s = CalculationSettings.of(REGISTRY,
                chain == null ? BuiltInTables.defaultChain(REGISTRY) : REGISTRY.chain(chain)).withGwp(GwpSet.of("AR5"));
        Activity.Builder b = Activity.builder(ActivityId.of(activity), amount, UnitParser.standard().parse(unit));
        if (region != null) {
            b.region(Region.parse(region));
        }
        if (period != null) {
            b.period(Period.parse(period));
        }
        if (sector != null) {
            b.sector(sector);
        }
        if (basis != null) {
            b.basis(basis);
        }
        return new EmissionCalculator(s).calculate(b.build());
    }

    /** The one factor of a table for an activity, gas, region, activity unit symbol and basis. */
    static EmissionFactor factor(FactorTable table, String activity, Gas gas, String region, String unitSymbol,
            CalorificBasis basis) {
        List<EmissionFactor> found = table.factors(ActivityId.of(activity)).stream()
                .filter(f -> f.gas().equals(gas) && f.region().equals(Region.parse(region))
                        && f.unit().activity().symbol().equals(unitSymbol) && f.basis() == basis)
                .toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " factors in " + table.info().id() + " for " + activity + " " + gas
                    + " " + region + " per " + unitSymbol + " " + basis + ": " + found);
        }
        return found.get(0);
    }
}
