package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.ContractualInstrument;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.InventoryAccumulator;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link InventoryRun} on generated ledgers priced with the default chain: partial results
 * (accumulators) merged in any grouping and order give the single run's result to the last bit
 * (totals, every breakdown, scope 2 both ways); they survive serialization; and a row whose
 * emissions overflow is a rejection that leaves every other row's totals as they were.
 */
class InventoryRunProperties {
    private static final FactorRegistry REGISTRY = FactorRegistry.discover();
    private static final UnitParser U = UnitParser.standard();
    private static final InventoryRun RUN = InventoryRun.builder(
            CalculationSettings.of(REGISTRY, BuiltInTables.defaultChain(REGISTRY)))
            .instruments(List.of(new ContractualInstrument("PPA-1", ContractualInstrument.Type.parse("contract"), "Leeds",
                    null, Region.parse("GB"), 500.0, 0.0, "", "ref", 2)))
            .build();
    private static final String[][] ROWS = {
        {"fuel/natural_gas", "GJ", "GB"}, {"fuel/natural_gas", "kWh", "GB"}, {"fuel/gas_diesel_oil", "t", ""},
        {"fuel/lpg", "kg", ""}, {"electricity/grid", "kWh", "GB"}, {"electricity/grid", "MWh", "CN"},
        {"fuel/wood_wood_waste", "t", ""}, {"fuel/other_bituminous_coal", "t", ""}, {"fuel/natural_gas", "mmBtu", "US"},
        {"fuel/unknown_fuel", "GJ", ""}, {"electricity/grid", "kWh", "FR"}};
    private static final String[] SITES = {"Leeds", "Shenzhen", "Ohio", ""};

    private static List<Activity> ledger(long seed, int n) {
        Random r = new Random(seed);
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] row = ROWS[r.nextInt(ROWS.length)];
            double amount = r.nextInt(10) == 0 ? r.nextDouble() * 1e-3 : r.nextDouble() * Math.pow(10, r.nextInt(7));
            Activity.Builder b = Activity.builder(ActivityId.of(row[0]), amount, U.parse(row[1]))
                    .site(SITES[r.nextInt(SITES.length)]).process("p" + r.nextInt(3))
                    .period(Period.parse("2025-0" + (1 + r.nextInt(9))));
            if (!row[2].isEmpty()) {
                b.region(Region.parse(row[2]));
            }
            out.add(b.build());
        }
        return out;
    }

    private static void assertSame(EmissionTotals a, EmissionTotals b) {
        assertEquals(a.records(), b.records());
        assertEquals(Double.doubleToRawLongBits(a.co2eKg()), Double.doubleToRawLongBits(b.co2eKg()));
        assertEquals(Double.doubleToRawLongBits(a.biogenicCo2Kg()), Double.doubleToRawLongBits(b.biogenicCo2Kg()));
        assertEquals(a.gasesKg(), b.gasesKg());
    }

    private static void assertSameMaps(Map<String, EmissionTotals> a, Map<String, EmissionTotals> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, t) -> assertSame(t, b.get(k)));
    }

    static void assertSameResult(InventoryResult whole, InventoryResult merged) {
        assertEquals(whole.counts(), merged.counts());
        assertSame(whole.totals(), merged.totals());
        assertSameMaps(whole.bySite(), merged.bySite());
        assertSameMaps(whole.byProcess(), merged.byProcess());
        assertSameMaps(whole.byPeriod(), merged.byPeriod());
        assertSameMaps(whole.byActivity(), merged.byActivity());
        assertEquals(whole.scope2(), merged.scope2());
        assertEquals(whole.notCovered(), merged.notCovered());
        assertEquals(Set.copyOf(whole.factors()), Set.copyOf(merged.factors()));
    }

    private static InventoryAccumulator roundTrip(InventoryAccumulator acc) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (InventoryAccumulator) in.readObject();
        }
    }

    @Test
    void partialResultsMergedInAnyGroupingAndOrder_equalTheSingleRunToTheBit() {
        qt().withExamples(40).forAll(integers().all(), integers().between(1, 400), integers().between(1, 7))
                .checkAssert((seed, n, parts) -> {
                    List<Activity> rows = ledger(seed, n);
                    InventoryAccumulator one = RUN.newAccumulator();
                    rows.forEach(a -> RUN.add(one, a));
                    InventoryResult whole = RUN.result(one);
                    List<Activity> shuffled = new ArrayList<>(rows);
                    Random r = new Random(seed + 1L);
                    Collections.shuffle(shuffled, r);
                    List<InventoryAccumulator> partials = new ArrayList<>();
                    for (int p = 0; p < parts; p++) {
                        partials.add(RUN.newAccumulator());
                    }
                    for (Activity a : shuffled) {
                        RUN.add(partials.get(r.nextInt(parts)), a);
                    }
                    // merge in a random tree: pick two, merge one into the other, until one is left
                    while (partials.size() > 1) {
                        InventoryAccumulator a = partials.remove(r.nextInt(partials.size()));
                        InventoryAccumulator b = partials.remove(r.nextInt(partials.size()));
                        partials.add(b.merge(a));
                    }
                    assertSameResult(whole, RUN.result(partials.get(0)));
                });
    }

    @Test
    void aSerializedPartialResult_mergesAsTheOriginal() throws Exception {
        List<Activity> rows = ledger(42, 300);
        InventoryAccumulator a = RUN.newAccumulator();
        InventoryAccumulator b = RUN.newAccumulator();
        for (int i = 0; i < rows.size(); i++) {
            RUN.add(i % 2 == 0 ? a : b, rows.get(i));
        }
        InventoryResult direct = RUN.result(RUN.newAccumulator().merge(a).merge(b));
        InventoryResult shipped = RUN.result(roundTrip(a).merge(roundTrip(b)));
        assertSameResult(direct, shipped);
    }

    @Test
    void aRowThatOverflows_isRejected_andTheOtherRowsTotalsAreUnchanged() {
        qt().withExamples(30).forAll(integers().all(), integers().between(0, 200), integers().between(0, 3))
                .checkAssert((seed, n, kind) -> {
                    List<Activity> rows = ledger(seed, n);
                    InventoryResult clean = RUN.run(rows);
                    Activity bad = switch (kind) {
                        case 0 -> Activity.builder(ActivityId.of("fuel/natural_gas"), 1e308, U.parse("GJ")).site("Leeds")
                                .build();
                        case 1 -> Activity.builder(ActivityId.of("fuel/natural_gas"), Double.MAX_VALUE, U.parse("TJ"))
                                .build();
                        case 2 -> Activity.builder(ActivityId.of("fuel/gas_diesel_oil"), 1e-320, U.parse("kg")).build();
                        default -> Activity.builder(ActivityId.of("electricity/grid"), 1e307, U.parse("MWh"))
                                .region(Region.parse("GB")).period(Period.parse("2025")).build();
                    };
                    List<Activity> with = new ArrayList<>(rows);
                    int at = new Random(seed).nextInt(rows.size() + 1);
                    with.add(at, bad);
                    InventoryResult dirty = RUN.run(with);
                    RecordOutcome o = dirty.records().get(at);
                    assertFalse(o.isPriced(), "the out-of-range row is rejected");
                    assertEquals("amount", o.rejection().column());
                    assertTrue(o.rejection().reason().contains("out of the range of a double"), o.rejection().reason());
                    assertEquals(clean.counts().rejected() + 1, dirty.counts().rejected());
                    assertSame(clean.totals(), dirty.totals());
                    assertSameMaps(clean.bySite(), dirty.bySite());
                    assertEquals(clean.scope2(), dirty.scope2());
                });
    }

    /** An accumulator that keeps records refuses one that does not: its records would be missing (a review found it). */
    @Test
    void mergingAnAccumulatorWithoutRecordsIntoOneWithThem_isRefused() {
        InventoryRun keeping = InventoryRun.builder(CalculationSettings.of(REGISTRY, BuiltInTables.defaultChain(REGISTRY)))
                .keepRecords(true).build();
        InventoryAccumulator with = keeping.newAccumulator();
        InventoryAccumulator without = RUN.newAccumulator();
        RUN.add(without, ledger(1, 1).get(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> with.merge(without));
    }
}
