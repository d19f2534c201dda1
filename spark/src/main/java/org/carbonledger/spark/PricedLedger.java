package org.carbonledger.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.inventory.InventoryAccumulator;

/**
 * A ledger priced on Spark: the partitions' accumulators merged exactly into one, the rejected
 * rows, and (if kept) the priced records. The priced rows are cached (memory, then disk) until
 * {@link #close()}, so that the rejections and records are not priced twice.
 *
 * <p>Not thread-safe.
 */
public final class PricedLedger implements AutoCloseable {
    private final Dataset<Row> outcomes;
    private final InventoryAccumulator accumulator;
    private final boolean keepsRecords;

    PricedLedger(InventorySpec spec, Dataset<Row> outcomes, boolean keepsRecords) {
        this.keepsRecords = keepsRecords;
        this.outcomes = outcomes.persist(StorageLevel.MEMORY_AND_DISK());
        byte[] empty = Outcomes.serialize(spec.run().newAccumulator());
        JavaRDD<byte[]> partials = this.outcomes.filter(functions.col("kind").equalTo(Outcomes.ACCUMULATOR))
                .select("accumulator").javaRDD().map(r -> (byte[]) r.get(0));
        // the merge is exact: any tree of merges, in any order, gives the same accumulator
        byte[] merged = partials.treeAggregate(empty, PricedLedger::merge, PricedLedger::merge);
        this.accumulator = Outcomes.deserialize(merged);
    }

    private static byte[] merge(byte[] a, byte[] b) {
        return Outcomes.serialize(Outcomes.deserialize(a).merge(Outcomes.deserialize(b)));
    }

    /** @return every partition's accumulator merged: what {@code InventoryRun.result} makes the result of */
    public InventoryAccumulator accumulator() {
        return accumulator;
    }

    /**
     * Gets the rejected rows: {@code source}, {@code row} (the row's identity), {@code id} (as
     * read), {@code column}, {@code value} (as written), {@code reason}, {@code problems}.
     *
     * @return the rejected rows, in no particular order
     */
    public Dataset<Row> rejected() {
        return select(Outcomes.REJECTION, Outcomes.REJECTED.fieldNames());
    }

    /**
     * Gets the rejections in the order the command lists them: by file, then row.
     *
     * @return an iterator that brings one partition at a time to the driver
     */
    public Iterator<RejectedRow> rejections() {
        if (accumulator.rejected() == 0) {
            return java.util.Collections.emptyIterator();
        }
        Iterator<Row> rows = rejected().orderBy("source", "row", "id", "column", "reason").toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public RejectedRow next() {
                return Outcomes.rejectedRow(rows.next());
            }
        };
    }

    /**
     * Gets the priced records: identity ({@code source}, {@code row}, {@code id}), the record
     * as read, the factor's table and edition, the calculation (canonical amount and unit, the
     * multiplier of each gas, the GWPs) and the masses in kg.
     *
     * @return the records
     * @throws IllegalStateException if the ledger was priced without keeping records
     */
    public Dataset<Row> records() {
        if (!keepsRecords) {
            throw new IllegalStateException("the ledger was priced without keeping its records (keepRecords false)");
        }
        return select(Outcomes.RECORD, Outcomes.RECORDS.fieldNames());
    }

    private Dataset<Row> select(byte kind, String[] names) {
        Objects.requireNonNull(names);
        List<Column> columns = new ArrayList<>();
        for (String n : names) {
            columns.add(functions.col(n));
        }
        return outcomes.filter(functions.col("kind").equalTo(kind)).select(columns.toArray(new Column[0]));
    }

    /** Drops the cached rows. */
    @Override
    public void close() {
        outcomes.unpersist();
    }
}
