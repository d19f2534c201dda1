package org.carbonledger.examples.service;

import java.io.PrintStream;
import java.nio.file.Path;
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
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
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
 *
 * <p>Run from the repository root: {@code java -cp "examples/target/classes:$(ls
 * cli/target/carbonledger-cli-*-all.jar)" org.carbonledger.examples.service.EmissionService}, which
 * feeds the bundled ledger through four workers.
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

    /**
     * Feeds an activities CSV through a service with four workers and prints the merged totals.
     *
     * @param args optional path of an activities CSV (default: examples/data/example-ledger.csv)
     * @throws Exception if a worker fails or the thread is interrupted
     */
    public static void main(String[] args) throws Exception {
        run(Path.of(args.length > 0 ? args[0] : "examples/data/example-ledger.csv"), 4, System.out);
    }

    /**
     * Feeds the accepted rows of an activities CSV through a service and prints the merged totals.
     *
     * @param ledger the activities CSV
     * @param threads how many workers
     * @param out where to print
     * @return the merged inventory
     * @throws Exception if a worker fails or the thread is interrupted
     */
    public static Inventory run(Path ledger, int threads, PrintStream out) throws Exception {
        FactorRegistry registry = FactorRegistry.discover();
        EmissionService service = new EmissionService(CalculationSettings.of(registry,
                BuiltInTables.defaultChain(registry)), threads);
        long rejected = 0;
        try (ActivityCsvReader in = ActivityCsvReader.open(ledger)) {
            while (in.next()) {
                if (in.rejection() != null) {
                    rejected++; // a real service would route these to a review queue, as unpriced readings
                    continue;
                }
                service.submit(in.activity());
            }
        }
        Inventory total = service.finish();
        out.printf("%d readings priced by %d workers, %.1f kg CO2e; %d rejected, %d unpriced%n", total.records(),
                threads, total.totals().co2eKg(), rejected, service.unpriced());
        return total;
    }

    /** @return readings that no table could price */
    public long unpriced() {
        return unpriced.get();
    }
}
