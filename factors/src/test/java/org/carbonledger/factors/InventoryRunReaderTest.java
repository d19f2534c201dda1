package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.InventoryAccumulator;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/**
 * {@link InventoryRun#add(InventoryAccumulator, ActivityCsvReader)}: a reader's rows split between
 * accumulators give the streaming run's result and its rejections, word for word (the source, the
 * row, the column as the file spells it, the value as written), as a distributed engine needs.
 */
class InventoryRunReaderTest {
    private static final FactorRegistry REGISTRY = FactorRegistry.discover();
    private static final InventoryRun RUN = InventoryRun.builder(
            CalculationSettings.of(REGISTRY, BuiltInTables.defaultChain(REGISTRY))).build();
    private static final String CSV = """
            ID,Activity,Amount,Unit,Site,Period,Region
            r1,fuel/natural_gas,1200.5,GJ,Leeds,2025-01,GB
            r2,fuel/natural_gas,-3,GJ,Leeds,2025-01,GB
            r3,fuel/no_such_fuel,1,GJ,Leeds,2025-01,
            r4,electricity/grid,52000,kWh,Leeds,2025-02,GB
            r5,fuel/lpg,12,furlong,Leeds,2025-02,
            r6,electricity/grid,100,kWh,Leeds,2025-02,XX
            r7,fuel/gas_diesel_oil,2.5,t,Ohio,2025-03,
            """;

    private static ActivityCsvReader reader() {
        return ActivityCsvReader.of(CsvReader.of(new StringReader(CSV), "ledger.csv"), UnitParser.standard());
    }

    @Test
    void rowsSplitBetweenAccumulators_giveTheStreamingRunsResultAndRejections() {
        List<RejectedRow> streamed = new ArrayList<>();
        InventoryResult whole;
        try (ActivityCsvReader in = reader()) {
            whole = RUN.run(in, o -> {
                if (!o.isPriced()) {
                    streamed.add(o.rejection());
                }
            });
        }
        List<InventoryAccumulator> parts = List.of(RUN.newAccumulator(), RUN.newAccumulator(), RUN.newAccumulator());
        List<RejectedRow> split = new ArrayList<>();
        try (ActivityCsvReader in = reader()) {
            int i = 0;
            while (in.next()) {
                RecordOutcome o = RUN.add(parts.get(i++ % 3), in);
                if (!o.isPriced()) {
                    split.add(o.rejection());
                    assertEquals(in.field("id"), o.fields().get("id"), "the rejected row's fields as read");
                }
            }
        }
        InventoryResult merged = RUN.result(RUN.newAccumulator().merge(parts.get(2)).merge(parts.get(0))
                .merge(parts.get(1)));
        InventoryRunProperties.assertSameResult(whole, merged);
        assertEquals(streamed, split);
        // the reader's rejections (negative amount, unknown unit) and the pricing's (unknown activity, no factor
        // for region XX) alike, each at its row of the file, the column spelt as the header does
        assertEquals(List.of(3L, 4L, 6L, 7L), split.stream().map(RejectedRow::row).toList());
        assertEquals(List.of("Amount", "Activity", "Unit"), split.subList(0, 3).stream().map(RejectedRow::column)
                .toList());
        assertEquals(4, merged.counts().rejected());
        assertEquals(3, merged.counts().accepted());
    }
}
