package org.carbonledger.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.carbonledger.activity.Activity;
import org.carbonledger.activity.Period;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/**
 * A meter is priced once, without a made-up record, for a period of any length (a shift); its
 * readings added as a column give the record path's inventory to the last bit.
 */
class MeterTest {
    private static final EmissionCalculator AR5 = TestLedger.calculator("AR5");

    @Test
    void aMetersReadingsOverAShift_giveTheRecordPathsInventory() {
        Activity first = TestLedger.activity(0, 1, 0, 0, 0, 0);
        Meter meter = Meter.of(first.activity(), first.unit()).withSite(first.site()).withProcess(first.process())
                .withPeriod(Period.parse("2024-03-04T06:00/2024-03-04T14:00"));
        BatchCalculator batch = new BatchCalculator(AR5);
        double[] readings = {12.5, 11.75, 0, 13.0, 1e-3, 250};
        BatchInventory columns = batch.newInventory();
        int f = columns.factor(batch.price(meter));
        int g = columns.group(batch.key(meter));
        columns.addColumn(f, g, readings, 0, readings.length);
        Inventory records = new Inventory();
        for (double r : readings) {
            records.add(AR5.calculate(Activity.builder(first.activity(), r, first.unit()).site(first.site())
                    .process(first.process()).period(meter.period()).build()));
        }
        assertEquals(records.byKey(), columns.toInventory().byKey());
        assertEquals("2024-03-04T06:00/2024-03-04T14:00", batch.key(meter).period());
    }

    @Test
    void aMeter_isPricedAsItsRecordsAre() {
        Activity a = TestLedger.activity(1, 3, 0, 1, 0, 0);
        Meter meter = Meter.of(a.activity(), a.unit()).withSite(a.site()).withProcess(a.process());
        assertSame(AR5.price(a), new BatchCalculator(AR5).price(meter), "one priced factor, cached once");
        assertEquals(UnitParser.standard().parse(a.unit().symbol()), meter.unit());
    }
}
