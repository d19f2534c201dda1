package org.carbonledger.energy;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fuzz harness of the energy verdicts (issue 12, items 9 and 12): data sets whose values are drawn
 * from the edges of double precision and of the domain (zero, negative zero, tiny, huge, repeated,
 * negative variables) are fitted and used for savings. Invariants:
 * <ul>
 * <li>no exception escapes but the documented {@link InvalidEnergyDataException};
 * <li>a fitted baseline has every coefficient finite, and RMSE, CV(RMSE) and NMBE finite with
 * CV(RMSE) ≥ 0; R² is NaN exactly when the baseline is flagged {@code energy_constant};
 * <li>a savings report has every adjusted baseline and total finite, a positive adjusted baseline
 * total, and its flags agree with its data: {@code outside_baseline_range} exactly when some
 * reporting value lies outside the baseline's range, {@code negative_adjusted_baseline} exactly
 * when some adjusted baseline is negative.
 * </ul>
 * Bounded and deterministic: a fixed seed and a fixed number of examples
 * ({@code -Dcarbonledger.fuzz.examples} raises it).
 */
class BaselineFitterFuzzTest {
    private static final long SEED = 0xBA5E_11E5L;
    private static final int EXAMPLES = Integer.getInteger("carbonledger.fuzz.examples", 300);

    private static final List<Double> EDGES = List.of(0.0, -0.0, 1.0, 2.0, 3.0, 7.5, 10.0, 100.0, 350.0, 1e3, 1e6,
            1e-3, 1e-170, 2e-170, 1e-320, 1e150, 1e154, 1e155, 1e200, 1e300, 1e308, Double.MAX_VALUE,
            Double.MIN_VALUE, -1.0, -15.0, -1e300);

    /**
     * A data set from a seed: energy = a + b·x + c·(15 − t)⁺ + noise over n periods, then spoilt in
     * one of several ways: some values replaced by edge values, the whole of a column scaled by
     * an edge magnitude, energy made constant or zero, the variables stretched (for a reporting
     * period, 100 times the baseline's range or negative).
     */
    private static double[][] generate(long seed, int n) {
        Random r = new Random(seed);
        double[] e = new double[n];
        double[] x = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 40 + 20 * r.nextDouble();
            t[i] = -5 + 35 * r.nextDouble();
            e[i] = 100 + 5 * x[i] + 4 * Math.max(0, 15 - t[i]) + 5 * r.nextGaussian();
        }
        double[][] cols = {e, x, t};
        switch (r.nextInt(8)) {
            case 0, 1 -> { } // ordinary data
            case 2 -> {
                for (int k = r.nextInt(3) + 1; k > 0; k--) {
                    cols[r.nextInt(3)][r.nextInt(n)] = EDGES.get(r.nextInt(EDGES.size()));
                }
            }
            case 3 -> {
                double scale = EDGES.get(r.nextInt(EDGES.size()));
                double[] c = cols[r.nextInt(3)];
                for (int i = 0; i < n; i++) {
                    c[i] *= scale;
                }
            }
            case 4 -> java.util.Arrays.fill(e, r.nextBoolean() ? 0.0 : 350.0);
            case 5 -> {
                for (int i = 0; i < n; i++) {
                    x[i] *= 100;
                }
            }
            case 6 -> {
                for (int i = 0; i < n; i++) {
                    t[i] = -t[i] * 50;
                }
            }
            default -> cols[r.nextInt(3)][r.nextInt(n)] = r.nextBoolean() ? 1e308 : 1e-320;
        }
        for (int i = 0; i < n; i++) {
            // energy is never negative in an EnergyData (that refusal is EnergyDataTest's); keep the magnitude
            e[i] = Double.isFinite(e[i]) ? Math.abs(e[i]) : 0;
            x[i] = Double.isFinite(x[i]) ? x[i] : 0;
            t[i] = Double.isFinite(t[i]) ? t[i] : 0;
        }
        return cols;
    }

    private static EnergyData data(String source, int startMonth, double[][] cols) {
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("x", cols[1]);
        v.put("t", cols[2]);
        return EnergyData.of(source, SavingsProperties.months(startMonth, cols[0].length), "energy", cols[0], v);
    }

    private static void checkBaseline(Baseline b) {
        b.coefficients().forEach((k, v) -> {
            if (!Double.isFinite(v)) {
                throw new AssertionError("coefficient " + k + " = " + v + " in " + b);
            }
        });
        GoodnessOfFit f = b.fit();
        if (!Double.isFinite(f.rmse()) || !Double.isFinite(f.cvRmse()) || !Double.isFinite(f.nmbe())
                || f.cvRmse() < 0) {
            throw new AssertionError("fit " + f + " of " + b);
        }
        if (Double.isNaN(f.r2()) != b.flags().contains(EnergyFlag.ENERGY_CONSTANT)) {
            throw new AssertionError("R² " + f.r2() + " with flags " + b.flags() + " in " + b);
        }
    }

    private static void checkSavings(Baseline b, EnergyData reporting, SavingsReport r) {
        double[] e = r.adjustedBaseline();
        boolean negative = false;
        for (double v : e) {
            if (!Double.isFinite(v)) {
                throw new AssertionError("adjusted baseline " + v);
            }
            negative |= v < 0;
        }
        if (!(r.totalAdjustedBaseline() > 0) || !Double.isFinite(r.totalAdjustedBaseline())
                || !Double.isFinite(r.totalSavings()) || !Double.isFinite(r.totalActual())) {
            throw new AssertionError("totals " + r);
        }
        boolean outside = false;
        for (Map.Entry<String, Baseline.Range> range : b.ranges().entrySet()) {
            for (double x : reporting.variable(range.getKey())) {
                outside |= !range.getValue().contains(x);
            }
        }
        if (outside != r.flags().contains(EnergyFlag.OUTSIDE_BASELINE_RANGE)
                || outside == r.extrapolations().isEmpty()) {
            throw new AssertionError("outside the range: " + outside + ", flags " + r.flags() + ", "
                    + r.extrapolations());
        }
        if (negative != r.flags().contains(EnergyFlag.NEGATIVE_ADJUSTED_BASELINE)) {
            throw new AssertionError("negative adjusted baseline: " + negative + ", flags " + r.flags());
        }
    }

    /**
     * Fails if a harness never reached the accepted path, so that it cannot pass by refusing
     * everything.
     */
    private static void requireReached(String what, AtomicInteger count) {
        if (count.get() == 0) {
            throw new AssertionError("no example reached " + what + "; the generator no longer exercises it");
        }
    }

    @Test
    void olsOnEdgeValues_fitsFiniteNumbersOrRefusesWithTheDocumentedException() {
        AtomicInteger fitted = new AtomicInteger();
        AtomicInteger reported = new AtomicInteger();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(longs().all(), integers().between(3, 24), integers().between(1, 12))
                .checkAssert((seed, n, m) -> {
                    Baseline b;
                    try {
                        b = BaselineFitter.ols(data("base", 0, generate(seed, n)), List.of("x", "t"));
                    } catch (InvalidEnergyDataException refused) {
                        return;
                    }
                    checkBaseline(b);
                    fitted.incrementAndGet();
                    EnergyData reporting = data("rep", 24, generate(seed + 1, m));
                    SavingsReport r;
                    try {
                        r = Savings.avoidedEnergyUse(b, reporting, Ashrae14Criteria.monthly());
                    } catch (InvalidEnergyDataException refused) {
                        return;
                    }
                    checkSavings(b, reporting, r);
                    reported.incrementAndGet();
                });
        requireReached("a fitted baseline", fitted);
        requireReached("a savings report", reported);
    }

    @Test
    void heatingChangePointOnEdgeValues_fitsFiniteNumbersOrRefusesWithTheDocumentedException() {
        AtomicInteger fitted = new AtomicInteger();
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES / 3)
                .forAll(longs().all(), integers().between(6, 24))
                .checkAssert((seed, n) -> {
                    Baseline b;
                    try {
                        b = BaselineFitter.fit(data("base", 0, generate(seed, n)), BaselineModel.THREE_P_HEATING,
                                List.of(), "t");
                    } catch (InvalidEnergyDataException refused) {
                        return;
                    }
                    checkBaseline(b);
                    fitted.incrementAndGet();
                });
        requireReached("a fitted change-point baseline", fitted);
    }
}
