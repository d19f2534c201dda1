package org.carbonledger.benchmarks.dea;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.carbonledger.productivity.Dea;
import org.carbonledger.productivity.DeaModel;
import org.carbonledger.productivity.DeaResult;
import org.carbonledger.productivity.Orientation;
import org.carbonledger.productivity.Panel;
import org.carbonledger.productivity.ReturnsToScale;
import org.carbonledger.productivity.lp.CommonsMathLpSolver;
import org.carbonledger.productivity.lp.SimplexLpSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full run of SBM with undesirable outputs (Tone 2004; non-oriented, CRS) over n units with
 * 4 inputs, 1 good and 1 bad output (docs/design.md §7): the default solver ({@code simplex}: revised
 * simplex with column generation and the frontier shared across the n problems) against the
 * baseline ({@code commons-math}: Commons Math's {@code SimplexSolver} solving each of the n
 * LPs cold, with every unit as a column).
 *
 * <p>Data: a Cobb–Douglas technology y = 10·Π xᵢ^0.2 with labour near 1e3, capital near 1e7,
 * energy near 1e5 and materials near 1e4, half-normal inefficiency, and CO2 near 1e8 in
 * proportion to energy with unit-specific intensity; generated in {@code @Setup} from a fixed
 * seed.
 *
 * <p>Run (single shot: each iteration is one full run over the n units):
 * <pre>
 * mvnl -o -q -pl core,factors,benchmarks -DskipTests package
 * flock /tmp/carbonledger-mvn.lock java -jar benchmarks/target/benchmarks.jar SbmBenchmark \
 *     -p n=100,1000,2000 -wi 1 -i 3 -f 1
 * flock /tmp/carbonledger-mvn.lock java -jar benchmarks/target/benchmarks.jar SbmBenchmark \
 *     -p n=10000 -p impl=simplex -wi 0 -i 1 -f 1
 * </pre>
 * The baseline at n = 10,000 takes many minutes and is not part of the target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SbmBenchmark {

    /** Number of units. */
    @Param({"100", "1000", "2000", "10000"})
    public int n;

    /** Implementation: {@code simplex} (default solver) or {@code commons-math} (cold baseline). */
    @Param({"simplex", "commons-math"})
    public String impl;

    private Panel panel;
    private Dea dea;

    /** Builds the panel and the calculator. */
    @Setup
    public void setUp() {
        panel = panel(n, 20_240_101L);
        DeaModel model = DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS);
        dea = impl.equals("simplex") ? Dea.of(model).withSolver(new SimplexLpSolver())
                : Dea.of(model).withSolver(new CommonsMathLpSolver());
    }

    /**
     * Evaluates every unit.
     *
     * @return the results, to the blackhole
     */
    @Benchmark
    public List<DeaResult> sbmWithUndesirableOutputs() {
        return dea.evaluate(panel);
    }

    /**
     * The benchmark's data.
     *
     * @param n units
     * @param seed random seed
     * @return the panel
     */
    public static Panel panel(int n, long seed) {
        Random random = new Random(seed);
        Panel.Builder b = Panel.builder().inputs("x_labour", "x_capital", "x_energy", "x_materials")
                .goods("y_output").bads("b_co2");
        double[] scale = {1e3, 1e7, 1e5, 1e4};
        for (int j = 0; j < n; j++) {
            double[] x = new double[4];
            double frontier = 10;
            for (int i = 0; i < 4; i++) {
                x[i] = scale[i] * Math.exp(random.nextGaussian() * 0.5);
                frontier *= Math.pow(x[i], 0.2);
            }
            double inefficiency = Math.abs(random.nextGaussian()) * 0.3;
            double y = frontier * Math.exp(-inefficiency);
            double co2 = 1e3 * x[2] * Math.exp(random.nextGaussian() * 0.2);
            b.add("U" + j, null, x, new double[] {y}, new double[] {co2});
        }
        return b.build();
    }
}
