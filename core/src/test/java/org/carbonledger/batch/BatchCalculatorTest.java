package org.carbonledger.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;
import org.carbonledger.inventory.UnknownActivityException;
import org.junit.jupiter.api.Test;

class BatchCalculatorTest {
    private static final EmissionCalculator CALC = TestLedger.calculator("AR5");

    private static List<Activity> ledger(int n) {
        Random random = new Random(11);
        return IntStream.range(0, n).mapToObj(i -> TestLedger.activity(random.nextInt(4), random.nextDouble() * 1e4,
                random.nextInt(6), random.nextInt(3), random.nextInt(13), random.nextInt(4))).toList();
    }

    private static Inventory recordPath(List<Activity> ledger) {
        Inventory inv = new Inventory();
        ledger.forEach(a -> inv.add(CALC.calculate(a)));
        return inv;
    }

    @Test
    void inventory_ofAnIteratorEqualsTheRecordPath() {
        List<Activity> ledger = ledger(5000);
        assertEquals(recordPath(ledger).byKey(), new BatchCalculator(CALC).inventory(ledger.iterator())
                .toInventory().byKey());
    }

    @Test
    void inventory_ofAParallelStreamEqualsTheSequentialOne() {
        List<Activity> ledger = ledger(20_000);
        BatchCalculator batch = new BatchCalculator(CALC);
        assertEquals(batch.inventory(ledger.stream()).toInventory().byKey(),
                batch.inventory(ledger.parallelStream()).toInventory().byKey());
    }

    @Test
    void key_isTheRecordPathsKey() {
        Activity a = TestLedger.activity(0, 5, 0, 1, 3, 0);
        assertEquals(InventoryKey.of(CALC.calculate(a)), BatchCalculator.key(a, CALC.price(a)));
        Activity scoped = TestLedger.activity(1, 5, 0, 2, 0, 3);
        assertEquals(InventoryKey.of(CALC.calculate(scoped)), BatchCalculator.key(scoped, CALC.price(scoped)));
    }

    @Test
    void add_rejectsAnUnknownActivity() {
        BatchCalculator batch = new BatchCalculator(CALC);
        Activity lignite = Activity.builder(ActivityId.of("fuel/lignite"), 1, TestLedger.U.parse("t")).build();
        BatchInventory inv = batch.newInventory();
        assertThrows(UnknownActivityException.class, () -> batch.add(inv, lignite));
        assertEquals(0, inv.records());
    }

    @Test
    void calculator_isTheOneGiven() {
        assertSame(CALC, new BatchCalculator(CALC).calculator());
    }
}
