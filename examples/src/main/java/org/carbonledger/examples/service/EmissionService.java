package org.carbonledger.examples.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.carbonledger.activity.Activity;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.Inventory;

/**
 * Carbon Ledger embedded in a service, as an MES would: meter readings arrive on a bounded queue,
 * worker threads price them with one shared, thread-safe {@link EmissionCalculator}, each worker
 * keeps its own {@link Inventory}, and the inventories are merged at the end. Because sums are
 * exact, the totals are the same to the last bit whatever the number of workers or the order in
 * which readings arrive.
 *
 * <pre>{@code
 * EmissionService service = new EmissionService(settings, 4);
 * service.submit(activity);            // blocks when the queue is full (back-pressure)
 * Inventory total = service.finish();  // drains, stops the workers, merges
 * }</pre>
 */
public final class EmissionService {
    private final EmissionCalculator calculator;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(10_000);
    private final ExecutorService workers;
    private final List<Future<Inventory>> partials = new ArrayList<>();
    private final AtomicLong unpriced = new AtomicLong();
    private final int threads;

    /**
     * Starts the workers.
     *
     * @param settings the chain, GWP set and defaults
     * @param threads how many workers
     */
    public EmissionService(CalculationSettings settings, int threads) {
        this.calculator = new EmissionCalculator(settings);
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            partials.add(workers.submit(this::work));
        }
    }

    private static final Object END = new Object();

    private Inventory work() throws InterruptedException {
        Inventory mine = new Inventory();
        while (true) {
            Object next = queue.take();
            if (next == END) {
                return mine;
            }
            try {
                mine.add(calculator.calculate((Activity) next));
            } catch (FactorNotFoundException e) {
                unpriced.incrementAndGet(); // a real service would route these to a review queue
            }
        }
    }

    /**
     * Submits a reading; blocks while the queue is full.
     *
     * @param activity the reading
     * @throws InterruptedException if interrupted while waiting
     */
    public void submit(Activity activity) throws InterruptedException {
        queue.put(java.util.Objects.requireNonNull(activity, "activity"));
    }

    /**
     * Drains the queue, stops the workers and merges their inventories.
     *
     * @return the merged inventory
     * @throws InterruptedException if interrupted
     * @throws ExecutionException if a worker failed
     */
    public Inventory finish() throws InterruptedException, ExecutionException {
        for (int i = 0; i < threads; i++) {
            queue.put(END);
        }
        Inventory total = new Inventory();
        for (Future<Inventory> f : partials) {
            total.merge(f.get());
        }
        workers.shutdown();
        return total;
    }

    /** @return readings that no table could price */
    public long unpriced() {
        return unpriced.get();
    }
}
