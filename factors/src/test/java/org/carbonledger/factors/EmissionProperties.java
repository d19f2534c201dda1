package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.UnitKind;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the calculation on generated ledgers priced with {@code ipcc-2006}: unit invariance,
 * homogeneity, additivity, merge associativity and commutativity, and totals identical to the
 * last bit whatever the order or partitioning of the records. Amounts reach zero, tiny and huge.
 */
class EmissionProperties {
    private static final FactorRegistry REGISTRY = FactorRegistry.discover();
    private static final EmissionCalculator CALC = new EmissionCalculator(
            CalculationSettings.of(REGISTRY, BuiltInTables.defaultChain(REGISTRY)));
    private static final UnitParser U = UnitParser.standard();
    private static final List<String> FUELS = List.of("fuel/natural_gas", "fuel/gas_diesel_oil", "fuel/lpg",
            "fuel/other_bituminous_coal", "fuel/wood_wood_waste", "fuel/residual_fuel_oil", "fuel/anthracite");
    private static final List<String> ENERGY_UNITS = List.of("GJ", "kWh", "MJ", "TJ", "MWh", "mmBtu", "therm", "tce", "toe");
    private static final List<String> MASS_UNITS = List.of("kg", "t", "lb", "short ton", "g");
    private static final List<Sector> SECTORS = List.of(Sector.values());

    private static Gen<Double> amounts() {
        return doubles().between(0, 1e6).mix(doubles().between(0, 1e-6), 15).mix(doubles().between(1e6, 1e12), 15)
                .mix(integers().between(0, 0).map(i -> 0.0), 5);
    }

    /** A record; an energy amount on the net basis of IPCC's factors, stated, as mmBtu and therm are gross unless said. */
    private static Activity activity(String fuel, double amount, String unit, Sector sector) {
        ActivityUnit u = U.parse(unit);
        return Activity.builder(ActivityId.of(fuel), amount, u).sector(sector)
                .basis(u.kind() == UnitKind.ENERGY ? CalorificBasis.NET : null).build();
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.max(Math.abs(expected) * tolerance, Double.MIN_NORMAL));
    }

    @Test
    void theSameEnergyInAnyUnit_givesTheSameEmissions() {
        qt().forAll(integers().between(0, FUELS.size() - 1), amounts(), integers().between(0, ENERGY_UNITS.size() - 1),
                integers().between(0, 3)).checkAssert((f, gj, u, s) -> {
                    ActivityUnit unit = U.parse(ENERGY_UNITS.get(u));
                    double inUnit = gj / unit.toCanonical();
                    ActivityResult a = CALC.calculate(activity(FUELS.get(f), gj, "GJ", SECTORS.get(s)));
                    ActivityResult b = CALC.calculate(activity(FUELS.get(f), inUnit, unit.symbol(), SECTORS.get(s)));
                    assertRelative(a.co2eKg(), b.co2eKg(), 1e-13);
                    assertRelative(a.biogenicCo2Kg(), b.biogenicCo2Kg(), 1e-13);
                });
    }

    /**
     * An amount in mmBtu or therm with no basis stated is gross (the units' convention), and is
     * priced as the same energy stated on the gross basis: converted to IPCC's net basis by the
     * fuel's published calorific values (DESNZ 2025 'Fuel properties'). A fuel without published
     * values is not priced from a gross amount.
     */
    @Test
    void btuAndThermWithoutBasis_arePricedAsTheSameEnergyOnTheGrossBasis() {
        qt().forAll(integers().between(0, FUELS.size() - 1), amounts(), integers().between(0, 1)).checkAssert((f, gj, u) -> {
            ActivityUnit unit = U.parse(u == 0 ? "mmBtu" : "therm");
            ActivityId fuel = ActivityId.of(FUELS.get(f));
            Activity plain = Activity.builder(fuel, gj / unit.toCanonical(), unit).build();
            Activity gross = Activity.builder(fuel, gj, U.parse("GJ")).basis(CalorificBasis.GROSS).build();
            if (REGISTRY.netGrossRatio(fuel).isEmpty()) {
                assertThrows(FactorNotFoundException.class, () -> CALC.calculate(plain));
                assertThrows(FactorNotFoundException.class, () -> CALC.calculate(gross));
                return;
            }
            assertRelative(CALC.calculate(gross).co2eKg(), CALC.calculate(plain).co2eKg(), 1e-13);
            assertTrue(String.join("\n", CALC.calculate(plain).trace()).contains("'Fuel properties'!"), () -> String.join("\n", CALC.calculate(plain).trace()));
        });
    }

    @Test
    void theSameMassInAnyUnit_givesTheSameEmissions() {
        qt().forAll(integers().between(0, FUELS.size() - 1), amounts(), integers().between(0, MASS_UNITS.size() - 1))
                .checkAssert((f, kg, u) -> {
                    ActivityUnit unit = U.parse(MASS_UNITS.get(u));
                    ActivityResult a = CALC.calculate(activity(FUELS.get(f), kg, "kg", Sector.MANUFACTURING));
                    ActivityResult b = CALC.calculate(activity(FUELS.get(f), kg / unit.toCanonical(), unit.symbol(),
                            Sector.MANUFACTURING));
                    assertRelative(a.co2eKg(), b.co2eKg(), 1e-13);
                });
    }

    @Test
    void kTimesTheActivity_givesKTimesTheEmissions() {
        qt().forAll(integers().between(0, FUELS.size() - 1), amounts(), doubles().between(0, 1000),
                integers().between(0, ENERGY_UNITS.size() - 1)).checkAssert((f, x, k, u) -> {
                    String unit = ENERGY_UNITS.get(u);
                    ActivityResult one = CALC.calculate(activity(FUELS.get(f), x, unit, Sector.COMMERCIAL));
                    ActivityResult many = CALC.calculate(activity(FUELS.get(f), k * x, unit, Sector.COMMERCIAL));
                    assertRelative(k * one.co2eKg(), many.co2eKg(), 1e-13);
                });
    }

    private static Gen<List<ActivityResult>> ledgers() {
        Gen<ActivityResult> record = integers().between(0, FUELS.size() - 1).zip(amounts(),
                integers().between(0, ENERGY_UNITS.size() + MASS_UNITS.size() - 1), integers().between(0, 5),
                (f, x, u, site) -> {
                    String unit = u < ENERGY_UNITS.size() ? ENERGY_UNITS.get(u) : MASS_UNITS.get(u - ENERGY_UNITS.size());
                    ActivityUnit parsed = U.parse(unit);
                    return CALC.calculate(Activity.builder(ActivityId.of(FUELS.get(f)), x, parsed)
                            .basis(parsed.kind() == UnitKind.ENERGY ? CalorificBasis.NET : null)
                            .site("site" + site).period(Period.parse("2025-0" + (1 + site % 3))).build());
                });
        return lists().of(record).ofSizeBetween(0, 60);
    }

    private static Inventory inventoryOf(List<ActivityResult> rs) {
        Inventory inv = new Inventory();
        rs.forEach(inv::add);
        return inv;
    }

    private static void assertBitIdentical(EmissionTotals a, EmissionTotals b) {
        assertEquals(Double.doubleToLongBits(a.co2eKg()), Double.doubleToLongBits(b.co2eKg()));
        assertEquals(Double.doubleToLongBits(a.biogenicCo2Kg()), Double.doubleToLongBits(b.biogenicCo2Kg()));
        assertEquals(a.gasesKg(), b.gasesKg());
        assertEquals(a.records(), b.records());
    }

    @Test
    void shuffledOrRepartitionedLedgers_giveIdenticalTotals() {
        qt().forAll(ledgers(), integers().all(), integers().between(1, 6)).checkAssert((rs, seed, parts) -> {
            Inventory whole = inventoryOf(rs);
            List<ActivityResult> shuffled = new ArrayList<>(rs);
            Collections.shuffle(shuffled, new Random(seed));
            List<Inventory> partials = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                partials.add(new Inventory());
            }
            for (int i = 0; i < shuffled.size(); i++) {
                partials.get(Math.floorMod(seed + i, parts)).add(shuffled.get(i));
            }
            Inventory merged = new Inventory();
            partials.forEach(merged::merge);
            assertBitIdentical(whole.totals(), merged.totals());
            assertEquals(whole.totalsBy(InventoryKey::site).keySet(), merged.totalsBy(InventoryKey::site).keySet());
            var mergedByKey = merged.byKey();
            whole.byKey().forEach((k, t) -> assertBitIdentical(t, mergedByKey.get(k)));
        });
    }

    @Test
    void mergeIsAssociativeAndCommutative() {
        qt().forAll(ledgers(), ledgers(), ledgers()).checkAssert((a, b, c) -> {
            Inventory left = inventoryOf(a).merge(inventoryOf(b)).merge(inventoryOf(c));
            Inventory right = inventoryOf(a).merge(inventoryOf(b).merge(inventoryOf(c)));
            Inventory swapped = inventoryOf(c).merge(inventoryOf(a)).merge(inventoryOf(b));
            assertBitIdentical(left.totals(), right.totals());
            assertBitIdentical(left.totals(), swapped.totals());
        });
    }

    @Test
    void totalIsAdditiveOverDisjointLedgers() {
        qt().forAll(ledgers(), ledgers()).checkAssert((a, b) -> {
            List<ActivityResult> both = new ArrayList<>(a);
            both.addAll(b);
            double sum = inventoryOf(a).totals().co2eKg() + inventoryOf(b).totals().co2eKg();
            assertRelative(sum, inventoryOf(both).totals().co2eKg(), 1e-15);
        });
    }
}
