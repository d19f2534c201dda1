package org.carbonledger.inventory;

/**
 * Writes the result of an {@link InventoryRun} as a run makes it: each row's outcome in row order,
 * then the rest from the result. What every format's writer implements (JSON, CSV, the report),
 * so that a caller streams a run to any of them the same way:
 *
 * <pre>{@code
 * try (ResultWriter out = new InventoryCsvWriter(stream)) {
 *     out.finish(run.run(reader, out::record));
 * }
 * }</pre>
 */
public interface ResultWriter extends AutoCloseable {
    /**
     * Writes one row's outcome.
     *
     * @param o the outcome, in row order
     */
    void record(RecordOutcome o);

    /**
     * Writes what follows the rows, from the run's result.
     *
     * @param result the result
     */
    void finish(InventoryResult result);

    /** Closes the stream. */
    @Override
    void close();
}
