package org.carbonledger.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.inventory.InventoryAccumulator;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.inventory.RecordOutcome;

/**
 * Prices a partition's inputs into one accumulator, lazily: each rejected row (and, if kept, each
 * priced record) as it is met, then the partition's accumulator as the last row. The same calls
 * as the command's streaming run ({@link InventoryRun#add(InventoryAccumulator, ActivityCsvReader)}),
 * so the same rows are priced or rejected, in the same words. Not thread-safe.
 */
final class PricedRows implements Iterator<Row> {
    /** One input of a partition: a reader and the identity of the row it is on. */
    interface Input extends AutoCloseable {
        /** @return the reader, positioned before its first row */
        ActivityCsvReader reader();

        /** @return the identity of the row the reader has just read */
        RowsAsCsv.Identity identity();

        @Override
        void close();
    }

    /** Opens the inputs of a partition one at a time. */
    interface Inputs {
        /** @return the next input, or null after the last */
        Input next();
    }

    private final InventoryRun run;
    private final boolean keepRecords;
    private final Inputs inputs;
    private final InventoryAccumulator acc;
    private Input current;
    private Row next;
    private boolean done;

    PricedRows(InventoryRun run, boolean keepRecords, Inputs inputs) {
        this.run = run;
        this.keepRecords = keepRecords;
        this.inputs = inputs;
        this.acc = run.newAccumulator();
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            if (current == null) {
                current = inputs.next();
                if (current == null) {
                    next = Outcomes.accumulator(acc);
                    done = true;
                }
                continue;
            }
            ActivityCsvReader in = current.reader();
            if (!in.next()) {
                current.close();
                current = null;
                continue;
            }
            RowsAsCsv.Identity at = current.identity();
            RecordOutcome o = run.add(acc, in);
            if (!o.isPriced()) {
                next = Outcomes.rejection(at, o);
            } else if (keepRecords) {
                next = Outcomes.record(at, o);
            }
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
    }
}
