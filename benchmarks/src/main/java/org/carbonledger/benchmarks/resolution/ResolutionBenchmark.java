package org.carbonledger.benchmarks.resolution;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carbonledger.activity.Activity;
import org.carbonledger.benchmarks.emissions.Ledgers;
import org.carbonledger.factor.FactorQuery;
import org.carbonledger.factor.FactorResolver;
import org.carbonledger.inventory.EmissionCalculator;
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
 * Factor resolution through the built-in default chain (docs/design.md §4), per record:
 * <ul>
 *   <li>{@code cold}: a new {@link FactorResolver} per query, so every query walks the chain
 *       (tables, regions, validity, sectors, conversions), tables already loaded;</li>
 *   <li>{@code cached}: the shared resolver's cache, the normal case;</li>
 *   <li>{@code priced}: {@link EmissionCalculator#price}, the cached resolution plus its unit,
 *       GWP and multipliers: what each record of the record and streaming batch paths costs.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ResolutionBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ResolutionBenchmark {
    private static final int N = 1024;

    @Param({"cold", "cached", "priced"})
    public String impl;

    private EmissionCalculator calculator;
    private FactorResolver shared;
    private List<Activity> activities;
    private FactorQuery[] queries;

    /** Builds the queries and warms the caches. */
    @Setup
    public void setup() {
        calculator = Ledgers.calculator();
        shared = new FactorResolver(calculator.settings().chain(), calculator.settings().registry()::netGrossRatio);
        activities = Ledgers.generate(N, 4, 7);
        queries = new FactorQuery[N];
        for (int i = 0; i < N; i++) {
            queries[i] = FactorQuery.of(activities.get(i), calculator.settings().defaultSector());
            shared.resolve(queries[i]);
            calculator.price(activities.get(i));
        }
    }

    /** @return the last factor */
    @Benchmark
    @OperationsPerInvocation(N)
    public Object resolve() {
        Object last = null;
        switch (impl) {
            case "cold" -> {
                for (FactorQuery q : queries) {
                    last = new FactorResolver(calculator.settings().chain(), calculator.settings().registry()::netGrossRatio).resolve(q);
                }
            }
            case "cached" -> {
                for (FactorQuery q : queries) {
                    last = shared.resolve(q);
                }
            }
            case "priced" -> {
                for (Activity a : activities) {
                    last = calculator.price(a);
                }
            }
            default -> throw new IllegalArgumentException(impl);
        }
        return last;
    }
}
