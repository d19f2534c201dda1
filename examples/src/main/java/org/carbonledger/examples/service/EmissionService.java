package org.carbonledger.examples.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.InventoryAccumulator;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.quantity.UnitParser;

/**
 * Carbon Ledger embedded in a service, as an MES would: meter readings arrive on a bounded queue,
 * worker threads price them with one shared, thread-safe {@link InventoryRun}, each worker keeps
 * its own partial result, and the partial results are merged at the end. A reading that cannot be
 * priced (an unknown activity, no factor, emissions out of range) is a rejection counted in the
 * result, never a dead worker; a worker that fails for any other reason makes {@link #submit} and
 * {@link #finish} fail at once rather than block forever. Because sums are exact, the totals are
 * the same to the last bit whatever the number of workers or the order in which readings arrive.
 *
 * <pre>{@code
 * EmissionService service = new EmissionService(run, 4);
 * service.submit(activity);                    // blocks while the queue is full (back-pressure)
 * InventoryResult result = service.finish();   // drains, stops the workers, merges
 * }</pre>
 */
public final class EmissionService {
    private static final Object END = new Object();

    private final InventoryRun run;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(10_000);
    private final ExecutorService workers;
    private final List<Future<InventoryAccumulator>> partials = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final int threads;

    /**
     * Starts the workers.
     *
     * @param run the run: settings, instruments, production data
     * @param threads how many workers
     */
    public EmissionService(InventoryRun run, int threads) {
        this.run = Objects.requireNonNull(run, "run");
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            partials.add(workers.submit(this::work));
        }
    }

    private InventoryAccumulator work() throws InterruptedException {
        InventoryAccumulator mine = run.newAccumulator();
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    return mine;
                }
                run.add(mine, (Activity) next); // a row fault is a rejection in the result, never an exception
            }
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            throw e;
        }
    }

    /**
     * Submits a reading; blocks while the queue is full.
     *
     * @param activity the reading
     * @throws InterruptedException if interrupted while waiting
     * @throws IllegalStateException if a worker has failed, so that nothing would take the reading
     */
    public void submit(Activity activity) throws InterruptedException {
        Objects.requireNonNull(activity, "activity");
        put(activity);
    }

    private void put(Object item) throws InterruptedException {
        while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
            Throwable f = failure.get();
            if (f != null) {
                workers.shutdownNow();
                throw new IllegalStateException("a worker failed: " + f, f);
            }
        }
    }

    /**
     * Drains the queue, stops the workers and merges their partial results.
     *
     * @return the result: totals, breakdowns and the count of rejected readings
     * @throws InterruptedException if interrupted
     * @throws ExecutionException if a worker failed
     */
    public InventoryResult finish() throws InterruptedException, ExecutionException {
        try {
            for (int i = 0; i < threads; i++) {
                put(END);
            }
            InventoryAccumulator total = run.newAccumulator();
            for (Future<InventoryAccumulator> f : partials) {
                total.merge(f.get());
            }
            return run.result(total);
        } finally {
            workers.shutdown();
        }
    }

    /**
     * Runs a small shift of readings, one of them with an activity no table prices, through four
     * workers, and prints the totals and the rejections.
     *
     * @param args none
     * @throws Exception if the service fails
     */
    public static void main(String[] args) throws Exception {
        FactorRegistry registry = FactorRegistry.discover();
        InventoryRun run = InventoryRun.builder(
                CalculationSettings.of(registry, BuiltInTables.defaultChain(registry))).build();
        EmissionService service = new EmissionService(run, 4);
        UnitParser units = UnitParser.standard();
        String[] fuels = {"fuel/natural_gas", "fuel/lpg", "fuel/gas_diesel_oil", "fuel/not_a_fuel"};
        for (int i = 0; i < 1_000; i++) {
            service.submit(Activity.builder(ActivityId.of(fuels[i % 4 == 3 && i != 3 ? 0 : i % 4]), 10 + i % 7,
                    units.parse("GJ")).site("line-" + (i % 3)).period(Period.parse("2025-03")).build());
        }
        InventoryResult result = service.finish();
        System.out.printf("%d readings, %d rejected, %.1f kg CO2e%n", result.counts().rows(),
                result.counts().rejected(), result.totals().co2eKg());
    }
}
