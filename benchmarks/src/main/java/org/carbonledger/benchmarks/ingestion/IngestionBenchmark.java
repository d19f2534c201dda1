package org.carbonledger.benchmarks.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityCsvReader;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CSV ingestion to an inventory, per row (rows per second = 10^9 / score): an activities CSV
 * of N rows (docs/design.md §6 columns), parsed by {@link ActivityCsvReader} and summed
 * <ul>
 *   <li>{@code record}: with {@code EmissionCalculator.calculate} + {@code Inventory.add};</li>
 *   <li>{@code batch}: with {@link BatchCalculator#add} into a {@link BatchInventory}.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IngestionBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IngestionBenchmark {
    private static final int N = 100_000;

    @Param({"record", "batch"})
    public String impl;

    private Path file;
    private EmissionCalculator calculator;
    private BatchCalculator batch;

    /** Writes the CSV. */
    @Setup
    public void setup() throws IOException {
        calculator = Ledgers.calculator();
        batch = new BatchCalculator(calculator);
        file = Files.createTempFile("carbonledger-ingestion-", ".csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("id,site,process,period,activity,amount,unit,sector,region,note\n");
            int i = 0;
            for (Activity a : Ledgers.generate(N, 4, 3)) {
                w.write("R-" + i++ + "," + a.site() + "," + a.process() + "," + a.period().text() + ","
                        + a.activity().id() + "," + a.amount() + "," + a.unit().symbol() + ",manufacturing,,meter\n");
            }
        }
    }

    /** Removes the CSV. */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** @return the inventory */
    @Benchmark
    @OperationsPerInvocation(N)
    public Object ingest() {
        try (ActivityCsvReader in = ActivityCsvReader.open(file)) {
            if (impl.equals("record")) {
                Inventory inv = new Inventory();
                while (in.next()) {
                    inv.add(calculator.calculate(in.activity()));
                }
                return inv;
            }
            BatchInventory inv = batch.newInventory();
            while (in.next()) {
                batch.add(inv, in.activity());
            }
            return inv;
        } catch (UncheckedIOException e) {
            throw e;
        }
    }
}
