package org.carbonledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.intensity.IntensityCalculator;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.MarketBasedScope2;

/**
 * Runs a result writer on a thread of its own, so that formatting and writing the result (most
 * of a JSON inventory's time: a trace per record) proceeds beside reading and computing the
 * rows. The calls reach the writer in the order they were made, in chunks through a bounded
 * queue, so memory stays bounded (at most {@value #CHUNKS} chunks of {@value #CHUNK} calls in
 * flight) whatever the number of rows. {@link #intensities} and {@link #finish} wait until the
 * writer has taken every call before, then run on the caller's thread; a failure of the writer
 * (a full disk) is rethrown to the caller at its next call.
 *
 * <p>For use by one producing thread.
 */
final class WriterThread implements InventoryCommand.InventoryWriter {
    static final int CHUNK = 1024;
    static final int CHUNKS = 8;
    private static final List<Consumer<InventoryCommand.InventoryWriter>> END = List.of();

    private final InventoryCommand.InventoryWriter writer;
    private final BlockingQueue<List<Consumer<InventoryCommand.InventoryWriter>>> queue =
            new ArrayBlockingQueue<>(CHUNKS);
    private final Thread thread;
    private List<Consumer<InventoryCommand.InventoryWriter>> chunk = new ArrayList<>(CHUNK);
    private volatile Throwable failure;
    /** Set by {@link #close} before {@link #finish}: the writer's remaining work is skipped. */
    private volatile boolean abandoned;
    private boolean ended;

    WriterThread(InventoryCommand.InventoryWriter writer) {
        this.writer = writer;
        thread = new Thread(this::drain, "carbonledger-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private void drain() {
        try {
            while (true) {
                List<Consumer<InventoryCommand.InventoryWriter>> calls = queue.take();
                if (calls == END) {
                    return;
                }
                if (failure == null && !abandoned) {
                    try {
                        for (Consumer<InventoryCommand.InventoryWriter> call : calls) {
                            call.accept(writer);
                        }
                    } catch (RuntimeException | Error e) {
                        // keep taking chunks so that the producer never waits on a full queue
                        failure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void call(Consumer<InventoryCommand.InventoryWriter> c) {
        chunk.add(c);
        if (chunk.size() == CHUNK) {
            hand(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }

    private void hand(List<Consumer<InventoryCommand.InventoryWriter>> calls) {
        rethrow();
        try {
            queue.put(calls);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FatalException("interrupted while writing the result");
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /** Hands over the calls made so far and waits until the writer has made them (or failed). */
    private void await() {
        if (ended) {
            return;
        }
        ended = true;
        end(chunk.isEmpty() ? null : chunk);
        rethrow();
    }

    /**
     * Queues the last calls, if any, and the end, then waits for the thread. The queue always
     * takes them: the thread keeps taking chunks after a failure or once abandoned, so it ends
     * whatever happened, and it is never interrupted (an interrupt would close the writer's
     * file channel under it).
     */
    private void end(List<Consumer<InventoryCommand.InventoryWriter>> last) {
        boolean interrupted = false;
        while (true) {
            try {
                if (last != null) {
                    queue.put(last);
                    last = null;
                }
                queue.put(END);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether the writer's thread is still running, for tests */
    boolean running() {
        return thread.isAlive();
    }

    @Override
    public void record(long row, ActivityResult r) {
        Object prepared = writer.prepare(r);
        call(w -> w.record(row, r, prepared));
    }

    @Override
    public void record(long row, ActivityResult r, Object prepared) {
        call(w -> w.record(row, r, prepared));
    }

    @Override
    public void rejected(RejectedRow r, InventoryCommand.RowText row) {
        call(w -> w.rejected(r, row));
    }

    @Override
    public void notCovered(FactorNotFoundException e) {
        call(w -> w.notCovered(e));
    }

    @Override
    public void intensities(IntensityCalculator.Result result, List<RejectedRow> rejectedProduction) {
        await();
        writer.intensities(result, rejectedProduction);
    }

    @Override
    public void finish(Inventory inventory, MarketBasedScope2.Result market, long rows, long rejected) {
        await();
        writer.finish(inventory, market, rows, rejected);
    }

    @Override
    public void close() {
        try {
            if (!ended) {
                // an early end (a fatal row under --strict): the work still queued is skipped
                ended = true;
                abandoned = true;
                end(null);
            }
        } finally {
            writer.close();
        }
    }
}
