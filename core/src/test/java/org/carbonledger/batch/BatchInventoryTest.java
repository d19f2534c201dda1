package org.carbonledger.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.carbonledger.activity.Activity;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;
import org.carbonledger.inventory.PricedFactor;
import org.junit.jupiter.api.Test;

class BatchInventoryTest {
    private static final EmissionCalculator CALC = TestLedger.calculator("AR5");
    private static final InventoryKey LEEDS = new InventoryKey(org.carbonledger.activity.Scope.SCOPE_1, "Leeds", "boilers", "2025-01", "fuel/natural_gas");

    private static PricedFactor gasInGJ() {
        return CALC.price(TestLedger.activity(0, 1, 0, 0, 0, 0));
    }

    /** IPCC 2006 Vol. 2 Tables 1.4 and 2.3: 1850 GJ × 56100, 1 and 0.1 kg/TJ; AR5 CH4 28, N2O 265. */
    @Test
    void add_computesTheWorkedExample() {
        BatchInventory inv = new BatchInventory();
        inv.add(inv.factor(gasInGJ()), inv.group(LEEDS), 1850);
        EmissionTotals t = inv.totals();
        assertEquals(1, t.records());
        assertEquals(1850 * 56.1, t.gasesKg().get(Gas.CO2), 1e-9);
        assertEquals(103785 + 1.85 * 28 + 0.185 * 265, t.co2eKg(), 1e-9);
        assertEquals("AR5", inv.gwp());
    }

    @Test
    void factorAndGroup_returnTheSameIndexForTheSameArgument() {
        BatchInventory inv = new BatchInventory();
        PricedFactor p = gasInGJ();
        assertEquals(inv.factor(p), inv.factor(p));
        assertEquals(inv.group(LEEDS), inv.group(new InventoryKey(org.carbonledger.activity.Scope.SCOPE_1, "Leeds", "boilers", "2025-01",
                "fuel/natural_gas")));
        assertEquals(1, inv.factorCount());
        assertEquals(1, inv.groupCount());
    }

    @Test
    void addColumns_equalsTheRecordPathOverManyFlushes() {
        Random random = new Random(7);
        BatchInventory inv = new BatchInventory();
        Inventory expected = new Inventory();
        int n = 10_000;
        int[] factors = new int[n];
        int[] groups = new int[n];
        double[] amounts = new double[n];
        for (int r = 0; r < n; r++) {
            Activity a = TestLedger.activity(random.nextInt(4), random.nextDouble() * Math.pow(10, random.nextInt(12)),
                    random.nextInt(6), random.nextInt(2), 0, 0);
            PricedFactor p = CALC.price(a);
            factors[r] = inv.factor(p);
            groups[r] = inv.group(BatchCalculator.key(a, p));
            amounts[r] = a.amount();
            expected.add(CALC.calculate(a));
        }
        inv.addColumns(factors, groups, amounts, 0, n);
        assertEquals(expected.byKey(), inv.toInventory().byKey());
        assertEquals(n, inv.records());
    }

    @Test
    void clear_keepsTheIndicesAndForgetsTheGasesOfThePeriodBefore() {
        BatchInventory inv = new BatchInventory();
        Activity gas = TestLedger.activity(0, 12.5, 0, 0, 0, 0);
        EmissionCalculator withSf6 = TestLedger.calculator("AR5", true);
        int sf6 = inv.factor(withSf6.price(gas));
        int g = inv.group(BatchCalculator.key(gas, withSf6.price(gas)));
        inv.addColumns(new int[] {sf6, sf6}, new int[] {g, g}, new double[] {12.5, 3}, 0, 2);
        assertTrue(inv.totals().gasesKg().containsKey(new Gas("SF6")));
        inv.clear();
        assertEquals(0, inv.records());
        assertEquals(new Inventory().totals(), inv.totals());
        // the same group, now priced by the table without SF6: SF6 is not in this period
        int plain = inv.factor(CALC.price(gas));
        assertEquals(g, inv.group(BatchCalculator.key(gas, CALC.price(gas))));
        inv.addColumns(new int[] {plain}, new int[] {g}, new double[] {7.25}, 0, 1);
        Inventory expected = new Inventory().add(CALC.calculate(TestLedger.activity(0, 7.25, 0, 0, 0, 0)));
        assertEquals(expected.byKey(), inv.toInventory().byKey());
        assertFalse(inv.totals().gasesKg().containsKey(new Gas("SF6")));
        // and the factor registered before the clear is still valid
        inv.addColumns(new int[] {sf6}, new int[] {g}, new double[] {12.5}, 0, 1);
        assertEquals(expected.add(withSf6.calculate(gas)).byKey(), inv.toInventory().byKey());
    }

    @Test
    void addColumns_addsTheRecordsBeforeOneBeyondTheRangeOfDoubleAndNoOther() {
        // 20,000 records over 18 groups: buckets fill (256 records) and are added before the bad record, others not yet
        Random random = new Random(11);
        int n = 20_000;
        int bad = 17_000;
        BatchInventory inv = new BatchInventory();
        Inventory expected = new Inventory();
        int[] factors = new int[n];
        int[] groups = new int[n];
        double[] amounts = new double[n];
        for (int r = 0; r < n; r++) {
            Activity a = r == bad ? TestLedger.activity(0, Double.MAX_VALUE, 0, 0, 0, 0)
                    : TestLedger.activity(random.nextInt(3), random.nextDouble() * 1000, random.nextInt(6),
                            random.nextInt(2), random.nextInt(3), 0);
            PricedFactor p = CALC.price(a);
            factors[r] = inv.factor(p);
            groups[r] = inv.group(BatchCalculator.key(a, p));
            amounts[r] = a.amount();
            if (r < bad) {
                expected.add(CALC.calculate(a));
            }
        }
        var e = assertThrows(IllegalArgumentException.class, () -> inv.addColumns(factors, groups, amounts, 0, n));
        assertTrue(e.getMessage().startsWith("record " + bad + ":"), e.getMessage());
        assertEquals(bad, inv.records());
        assertEquals(expected.byKey(), inv.toInventory().byKey());
    }

    /**
     * A factor of a huge multiplier (a table's 1e306 kg/kg, priced per tonne: 1e309 kg per tonne,
     * beyond a double) makes one tonne's mass overflow: the record is refused with the records
     * before it added, and nothing is left half-added for the next call. (The multiplier is per
     * canonical unit, kg, so an amount of zero is priced at zero, as the record path prices it.)
     */
    @Test
    void addColumns_refusesARecordOfAFactorWhoseMultiplierOverflows() {
        EmissionCalculator huge = TestLedger.calculator("AR5", false, 1e306);
        Activity tonnes = TestLedger.activity(3, 0, 0, 0, 0, 0);   // 0 t of HFC-134a
        BatchInventory inv = new BatchInventory();
        int f = inv.factor(huge.price(tonnes));
        int g = inv.group(BatchCalculator.key(tonnes, huge.price(tonnes)));
        int gas = inv.factor(gasInGJ());
        int leeds = inv.group(LEEDS);
        int[] factors = new int[600];
        int[] groups = new int[600];
        double[] amounts = new double[600];
        Arrays.fill(factors, gas);
        Arrays.fill(groups, leeds);
        Arrays.fill(amounts, 3.0);
        factors[500] = f;
        groups[500] = g;
        amounts[500] = 1;
        var e = assertThrows(IllegalArgumentException.class, () -> inv.addColumns(factors, groups, amounts, 0, 600));
        assertTrue(e.getMessage().startsWith("record 500:"), e.getMessage());
        assertEquals(500, inv.records());
        inv.addColumns(factors, groups, amounts, 0, 10);
        Inventory expected = new Inventory();
        for (int r = 0; r < 510; r++) {
            expected.add(CALC.calculate(TestLedger.activity(0, 3.0, 0, 0, 0, 0)));
        }
        assertEquals(expected.totals(), inv.totals());
    }

    @Test
    void addColumns_addsTheRecordsBeforeAnUnregisteredIndexAndNoOther() {
        BatchInventory inv = new BatchInventory();
        int f = inv.factor(gasInGJ());
        int g = inv.group(LEEDS);
        int[] factors = new int[100];
        int[] groups = new int[100];
        double[] amounts = new double[100];
        Arrays.fill(factors, f);
        Arrays.fill(groups, g);
        Arrays.fill(amounts, 2.0);
        groups[40] = g + 1;
        var e = assertThrows(IndexOutOfBoundsException.class, () -> inv.addColumns(factors, groups, amounts, 0, 100));
        assertTrue(e.getMessage().startsWith("record 40:"), e.getMessage());
        assertEquals(40, inv.records());
        Inventory expected = new Inventory();
        for (int r = 0; r < 40; r++) {
            expected.add(CALC.calculate(TestLedger.activity(0, 2.0, 0, 0, 0, 0)));
        }
        assertEquals(expected.totals(), inv.totals());
    }

    @Test
    void addColumns_overMoreGroupsThanBucketsPayForEqualsTheRecordPath() {
        // 6,000 groups: too many for buckets to pay, so records go in their order
        BatchInventory inv = new BatchInventory();
        Inventory expected = new Inventory();
        int n = 12_000;
        int[] factors = new int[n];
        int[] groups = new int[n];
        double[] amounts = new double[n];
        for (int r = 0; r < n; r++) {
            Activity a = TestLedger.activity(0, r * 0.37 + 1, r % 6, r % 6_000, 0, 0);
            PricedFactor p = CALC.price(a);
            factors[r] = inv.factor(p);
            groups[r] = inv.group(BatchCalculator.key(a, p));
            amounts[r] = a.amount();
            expected.add(CALC.calculate(a));
        }
        assertEquals(6_000, inv.groupCount());
        inv.addColumns(factors, groups, amounts, 0, n);
        assertEquals(expected.byKey(), inv.toInventory().byKey());
    }

    @Test
    void addColumn_addsOneMetersReadings() {
        BatchInventory inv = new BatchInventory();
        double[] readings = {10, 20.5, 0, 3e-7};
        inv.addColumn(inv.factor(gasInGJ()), inv.group(LEEDS), readings, 1, 4);
        Inventory expected = new Inventory();
        for (int i = 1; i < 4; i++) {
            expected.add(CALC.calculate(TestLedger.activity(0, readings[i], 0, 0, 0, 0)));
        }
        assertEquals(expected.totals(), inv.totals());
    }

    @Test
    void add_keepsAGasBeyondTheMainThreeEvenWhenItsSumIsZero() {
        BatchInventory inv = new BatchInventory();
        Activity leak = TestLedger.activity(3, 0, 1, 0, 0, 0);
        new BatchCalculator(CALC).add(inv, leak);
        EmissionTotals t = inv.totals();
        assertEquals(0.0, t.gasesKg().get(new Gas("HFC-134a")));
        assertEquals(new Inventory().add(CALC.calculate(leak)).totals(), t);
    }

    @Test
    void add_reportsBiogenicCo2Apart() {
        BatchInventory inv = new BatchInventory();
        Activity wood = TestLedger.activity(2, 10, 0, 0, 0, 0);   // 10 t
        new BatchCalculator(CALC).add(inv, wood);
        EmissionTotals t = inv.totals();
        assertEquals(10 * 15.6e-3 * 112000, t.biogenicCo2Kg(), 1e-9);
        assertEquals(0.0, t.gasesKg().get(Gas.CO2));
        assertEquals(new Inventory().add(CALC.calculate(wood)).totals(), t);
    }

    @Test
    void add_rejectsUnregisteredIndices() {
        BatchInventory inv = new BatchInventory();
        int f = inv.factor(gasInGJ());
        assertThrows(IndexOutOfBoundsException.class, () -> inv.add(f, 0, 1));
        int g = inv.group(LEEDS);
        assertThrows(IndexOutOfBoundsException.class, () -> inv.add(f + 1, g, 1));
        assertThrows(IndexOutOfBoundsException.class,
                () -> inv.addColumns(new int[] {f}, new int[] {g}, new double[0], 0, 1));
        assertEquals(0, inv.records());
    }

    @Test
    void add_rejectsEmissionsBeyondTheRangeOfDouble() {
        BatchInventory inv = new BatchInventory();
        int f = inv.factor(gasInGJ());
        int g = inv.group(LEEDS);
        var e = assertThrows(IllegalArgumentException.class, () -> inv.add(f, g, Double.MAX_VALUE));
        assertTrue(e.getMessage().contains("out of the range of a double"), e.getMessage());
        assertEquals(0, inv.records());
        assertEquals(0.0, inv.totals().co2eKg());
    }

    @Test
    void factor_rejectsAnotherGwpSet() {
        BatchInventory inv = new BatchInventory();
        inv.factor(gasInGJ());
        PricedFactor ar6 = TestLedger.calculator("AR6").price(TestLedger.activity(0, 1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> inv.factor(ar6));
    }

    @Test
    void merge_addsExactlyAndRefusesItself() {
        Activity gas1 = TestLedger.activity(0, 0.1, 0, 0, 0, 0);
        Activity gas2 = TestLedger.activity(0, 0.2, 0, 0, 0, 0);
        Activity leak = TestLedger.activity(3, 5, 1, 0, 0, 0);
        BatchCalculator batch = new BatchCalculator(CALC);
        BatchInventory a = batch.newInventory();
        BatchInventory b = batch.newInventory();
        batch.add(a, gas1);
        batch.add(b, gas2);
        batch.add(b, leak);
        a.merge(b);
        Inventory expected = new Inventory().add(CALC.calculate(gas1)).add(CALC.calculate(gas2))
                .add(CALC.calculate(leak));
        assertEquals(expected.byKey(), a.toInventory().byKey());
        assertEquals(3, a.records());
        assertEquals(2, b.records());
        assertThrows(IllegalArgumentException.class, () -> a.merge(a));
        assertTrue(a.totals().gasesKg().containsKey(new Gas("HFC-134a")));
    }

    @Test
    void toInventory_ofAnEmptyBatchIsEmpty() {
        BatchInventory inv = new BatchInventory();
        assertEquals(0, inv.toInventory().records());
        assertEquals(new Inventory().totals(), inv.totals());
    }

    /**
     * A record whose masses would be subnormal (a review found it): refused naming its own record,
     * with exactly the records before it added, and the batch usable afterwards (it used to name
     * "record -1", add the record after it, and leave a bucket half-flushed so that every later
     * call failed with ArrayIndexOutOfBoundsException).
     */
    @Test
    void addColumns_aTinyAmount_isRefusedNamingItsRecord_andLeavesTheBatchUsable() {
        BatchInventory inv = new BatchInventory();
        int f = inv.factor(gasInGJ());
        int a = inv.group(LEEDS);
        int b = inv.group(new InventoryKey(org.carbonledger.activity.Scope.SCOPE_1, "Lyon", "boilers", "2025-01",
                "fuel/natural_gas"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> inv.addColumns(new int[] {f, f, f}, new int[] {a, b, a}, new double[] {1, 1e-310, 2}, 0, 3));
        assertTrue(e.getMessage().startsWith("record 1:"), e.getMessage());
        assertEquals(1, inv.records());
        inv.addColumns(new int[] {f}, new int[] {a}, new double[] {5}, 0, 1);
        assertEquals(2, inv.records());
    }

    /** A canonical amount that is subnormal is refused by the batch path as by the record path. */
    @Test
    void add_aSubnormalCanonicalAmount_isRefusedAsTheRecordPathRefusesIt() {
        EmissionCalculator leak = TestLedger.calculator("AR5", false, 1000);
        Activity grams = Activity.builder(TestLedger.activity(3, 1, 0, 0, 0, 0).activity(), 1e-306,
                org.carbonledger.quantity.UnitParser.standard().parse("g")).build();
        assertThrows(org.carbonledger.inventory.EmissionsOutOfRangeException.class, () -> leak.calculate(grams));
        BatchInventory inv = new BatchInventory();
        int f = inv.factor(leak.price(grams));
        int g = inv.group(BatchCalculator.key(grams, leak.price(grams)));
        assertThrows(IllegalArgumentException.class, () -> inv.add(f, g, 1e-306));
        assertEquals(0, inv.records());
    }
}
