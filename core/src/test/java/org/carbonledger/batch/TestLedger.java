package org.carbonledger.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorChain;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.NetGrossRatio;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factor.spi.FactorTableProvider;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.ghg.MethaneOrigin;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.quantity.UnitParser;

/**
 * A small in-memory factor table for the batch tests (IPCC 2006 Vol. 2 Table 1.4 and 2.3 style
 * values): natural gas per energy, diesel per mass through a calorific value, biogenic wood, and
 * a refrigerant leak with a gas beyond CO2, CH4 and N2O. Public for the tests of other packages.
 */
public final class TestLedger {
    static final UnitParser U = UnitParser.standard();
    static final ActivityId GAS = ActivityId.of("fuel/natural_gas");
    static final ActivityId DIESEL = ActivityId.of("fuel/gas_diesel_oil");
    static final ActivityId WOOD = ActivityId.of("fuel/wood_wood_waste");
    static final ActivityId LEAK = ActivityId.of("refrigerant/hfc_134a");
    static final List<ActivityId> IDS = List.of(GAS, DIESEL, WOOD, LEAK);
    static final List<String> UNITS_GAS = List.of("GJ", "MJ", "kWh", "MWh", "TJ", "therm");
    static final List<String> UNITS_MASS = List.of("t", "kg", "lb", "g");

    private TestLedger() {
    }

    private static final class Table implements FactorTable {
        final TableInfo info = new TableInfo("test", "test", "test", "1", "doc", "CC0", "", LocalDate.of(2006, 1, 1),
                null, CalorificBasis.NET, "test table");
        final List<EmissionFactor> factors = new ArrayList<>();
        final List<Conversion> conversions = new ArrayList<>();

        Table factor(ActivityId a, String gas, double value, String unit, CalorificBasis basis) {
            factors.add(new EmissionFactor(a, Gas.parse(gas), value, U.parseRate(unit), basis, Region.GLOBAL, null,
                    null, null, new FactorSource("test", "1", "doc", gas + " " + a, a.id(), ""), ""));
            return this;
        }

        Table conversion(ActivityId a, double value, String unit) {
            conversions.add(new Conversion(a, value, U.parseRatio(unit), CalorificBasis.NET, Region.GLOBAL, null, null,
                    new FactorSource("test", "1", "doc", "NCV " + a, a.id(), "")));
            return this;
        }

        @Override
        public TableInfo info() {
            return info;
        }

        @Override
        public Set<ActivityId> activities() {
            Set<ActivityId> out = new LinkedHashSet<>();
            factors.forEach(f -> out.add(f.activity()));
            return out;
        }

        @Override
        public List<EmissionFactor> factors(ActivityId activity) {
            return factors.stream().filter(f -> f.activity().equals(activity)).toList();
        }

        @Override
        public List<Conversion> conversions(ActivityId activity) {
            return conversions.stream().filter(c -> c.activity().equals(activity)).toList();
        }
    }

    public static EmissionCalculator calculator(String gwp) {
        return calculator(gwp, false);
    }

    /**
     * @param gwp the GWP set
     * @param sf6 whether natural gas also emits SF6 (a made-up factor, 0.001 kg/TJ): its records
     *     then fill a gas that the same group's records of the plain table do not
     * @return a calculator over the test table
     */
    public static EmissionCalculator calculator(String gwp, boolean sf6) {
        return calculator(gwp, sf6, 1);
    }

    /**
     * @param gwp the GWP set
     * @param sf6 see {@link #calculator(String, boolean)}
     * @param leak the refrigerant leak's factor, kg of HFC-134a per kg (1 in the usual table)
     * @return a calculator over the test table
     */
    static EmissionCalculator calculator(String gwp, boolean sf6, double leak) {
        Table t = new Table()
                .factor(GAS, "CO2", 56100, "kg/TJ", CalorificBasis.NET)
                .factor(GAS, "CH4", 1, "kg/TJ", CalorificBasis.NET)
                .factor(GAS, "N2O", 0.1, "kg/TJ", CalorificBasis.NET)
                .factor(DIESEL, "CO2", 74100, "kg/TJ", CalorificBasis.NET)
                .factor(DIESEL, "CH4", 3, "kg/TJ", CalorificBasis.NET)
                .factor(DIESEL, "N2O", 0.6, "kg/TJ", CalorificBasis.NET)
                .conversion(DIESEL, 43.0, "TJ/Gg")
                .factor(WOOD, "CO2", 112000, "kg/TJ", CalorificBasis.NET)
                .factor(WOOD, "CH4", 30, "kg/TJ", CalorificBasis.NET)
                .factor(WOOD, "N2O", 4, "kg/TJ", CalorificBasis.NET)
                .conversion(WOOD, 15.6, "TJ/Gg")
                .factor(LEAK, "HFC-134a", leak, "kg/kg", null);
        if (sf6) {
            t.factor(GAS, "SF6", 0.001, "kg/TJ", CalorificBasis.NET);
        }
        List<ActivityType> types = List.of(
                new ActivityType(GAS, "Natural gas", Scope.SCOPE_1, false, MethaneOrigin.COMBUSTION, ""),
                new ActivityType(DIESEL, "Gas/diesel oil", Scope.SCOPE_1, false, MethaneOrigin.COMBUSTION, ""),
                new ActivityType(WOOD, "Wood", Scope.SCOPE_1, true, MethaneOrigin.BIOGENIC, ""),
                new ActivityType(LEAK, "HFC-134a leak", Scope.SCOPE_1, false, MethaneOrigin.FOSSIL_FUGITIVE, ""));
        FactorTableProvider provider = new FactorTableProvider() {
            @Override
            public List<FactorTable> tables() {
                return List.of(t);
            }

            @Override
            public List<ActivityType> activityTypes() {
                return types;
            }

            // therm is gross by convention and the table's factors are net: converted by these values
            @Override
            public List<NetGrossRatio> netGrossRatios() {
                return List.of(new NetGrossRatio(GAS, 45.745, 50.678, U.parseRatio("GJ/t"),
                        new FactorSource("test", "1", "doc", "CV " + GAS, GAS.id(), "")));
            }
        };
        FactorRegistry registry = FactorRegistry.of(List.of(provider));
        return new EmissionCalculator(CalculationSettings.of(registry, new FactorChain(List.of(t)))
                .withGwp(GwpSet.of(gwp)));
    }

    /**
     * Makes a record.
     *
     * @param which activity 0..3
     * @param amount the amount
     * @param unit unit position (in the list of the activity's units)
     * @param site site position
     * @param month 0 for no period, 1..12
     * @param scope 0 for none, 1..3
     */
    public static Activity activity(int which, double amount, int unit, int site, int month, int scope) {
        ActivityId id = IDS.get(which);
        List<String> units = which == 0 ? UNITS_GAS : UNITS_MASS;
        Activity.Builder b = Activity.builder(id, amount, U.parse(units.get(Math.floorMod(unit, units.size()))))
                .site("site" + site).process(site % 2 == 0 ? "boilers" : "kilns");
        if (month > 0) {
            b.period(Period.parse(String.format("2024-%02d", month)));
        }
        if (scope > 0) {
            b.scope(Scope.parse(Integer.toString(scope)));
        }
        return b.build();
    }
}
