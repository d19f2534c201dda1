package org.carbonledger.benchmarks.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carbonledger.activity.Activity;
import org.carbonledger.batch.BatchCalculator;
import org.carbonledger.batch.BatchInventory;
import org.carbonledger.benchmarks.emissions.Ledgers;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.Inventory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merging K partial inventories (as threads or Spark/Flink partitions produce them), per
 * partial, each over the same 576 groups (4 sites × 2 processes × 12 months × 6 activities):
 * <ul>
 *   <li>{@code inventory}: {@link Inventory#merge} of record-path inventories;</li>
 *   <li>{@code batch}: {@link BatchInventory#merge} of batch inventories;</li>
 *   <li>{@code batch-to-inventory}: {@link BatchInventory#addTo} into one record-path inventory.</li>
 * </ul>
 * All three are exact; the score includes rounding nothing (totals are read once, later).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MergeBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MergeBenchmark {
    private static final int K = 8;

    @Param({"inventory", "batch", "batch-to-inventory"})
    public String impl;

    private final List<Inventory> inventories = new ArrayList<>();
    private final List<BatchInventory> batches = new ArrayList<>();

    /** Builds the partials. */
    @Setup
    public void setup() {
        EmissionCalculator calculator = Ledgers.calculator();
        BatchCalculator batch = new BatchCalculator(calculator);
        for (int k = 0; k < K; k++) {
            List<Activity> part = Ledgers.generate(20_000, 4, 100 + k);
            Inventory inv = new Inventory();
            part.forEach(a -> inv.add(calculator.calculate(a)));
            inventories.add(inv);
            batches.add(batch.inventory(part.iterator()));
        }
    }

    /** @return the merged inventory */
    @Benchmark
    @OperationsPerInvocation(K)
    public Object merge() {
        switch (impl) {
            case "inventory" -> {
                Inventory all = new Inventory();
                inventories.forEach(all::merge);
                return all;
            }
            case "batch" -> {
                BatchInventory all = new BatchInventory();
                batches.forEach(all::merge);
                return all;
            }
            case "batch-to-inventory" -> {
                Inventory all = new Inventory();
                batches.forEach(b -> b.addTo(all));
                return all;
            }
            default -> throw new IllegalArgumentException(impl);
        }
    }
}
