package org.carbonledger.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the exact sum: it equals the exact (BigDecimal) sum rounded once; it does not depend on
 * order or on how the values were split and merged, to the last bit. Generators reach zero,
 * subnormals, huge magnitudes, mixed signs and cancellation.
 */
class ExactSumProperties {

    private static Gen<Double> values() {
        return doubles().any().map(d -> Double.isFinite(d) && Math.abs(d) < 1e300 ? d : 1.0)
                .mix(doubles().between(-1e6, 1e6), 50)
                .mix(doubles().fromZeroToOne().map(d -> d * Double.MIN_NORMAL), 10);
    }

    private static double sum(List<Double> xs) {
        ExactSum s = new ExactSum();
        xs.forEach(s::add);
        return s.doubleValue();
    }

    @Test
    void equalsTheExactSumRoundedOnce() {
        qt().forAll(lists().of(values()).ofSizeBetween(0, 200)).checkAssert(xs -> {
            BigDecimal exact = BigDecimal.ZERO;
            for (double x : xs) {
                exact = exact.add(new BigDecimal(x));
            }
            double expected = exact.signum() == 0 ? 0.0 : Double.parseDouble(exact.round(MathContext.UNLIMITED).toString());
            ExactSum s = new ExactSum();
            xs.forEach(s::add);
            assertEquals(0, exact.compareTo(s.toBigDecimal()));
            assertEquals(expected, s.doubleValue());
        });
    }

    @Test
    void isIndependentOfOrderAndPartitioning() {
        qt().forAll(lists().of(values()).ofSizeBetween(1, 300), integers().between(1, 7), integers().all())
                .checkAssert((xs, parts, seed) -> {
                    double whole = sum(xs);
                    List<Double> shuffled = new ArrayList<>(xs);
                    Collections.shuffle(shuffled, new Random(seed));
                    List<ExactSum> partials = new ArrayList<>();
                    for (int p = 0; p < parts; p++) {
                        partials.add(new ExactSum());
                    }
                    for (int i = 0; i < shuffled.size(); i++) {
                        partials.get(Math.floorMod(i * 31 + seed, parts)).add(shuffled.get(i));
                    }
                    ExactSum left = new ExactSum();
                    for (ExactSum p : partials) {
                        left.merge(p);
                    }
                    ExactSum right = new ExactSum();
                    for (int p = partials.size() - 1; p >= 0; p--) {
                        right.merge(partials.get(p));
                    }
                    assertEquals(Double.doubleToLongBits(whole), Double.doubleToLongBits(left.doubleValue()));
                    assertEquals(Double.doubleToLongBits(whole), Double.doubleToLongBits(right.doubleValue()));
                    assertEquals(xs.size(), left.count());
                });
    }

    /** Naive summation loses the 1.0 here; the exact sum does not. */
    @Test
    void keepsWhatNaiveSummationLoses() {
        ExactSum s = new ExactSum();
        s.add(1e100);
        s.add(1.0);
        s.add(-1e100);
        assertEquals(1.0, s.doubleValue());
        assertEquals(0.0, 1e100 + 1.0 - 1e100);
    }

    @Test
    void manyAdditions_carryWithoutOverflow() {
        ExactSum s = new ExactSum();
        for (int i = 0; i < 3_000_000; i++) {
            s.add(Double.MAX_VALUE / 4e6);
            s.add(-0.1);
        }
        BigDecimal expected = new BigDecimal(Double.MAX_VALUE / 4e6).multiply(BigDecimal.valueOf(3_000_000))
                .add(new BigDecimal(-0.1).multiply(BigDecimal.valueOf(3_000_000)));
        assertEquals(0, expected.compareTo(s.toBigDecimal()));
    }

    @Test
    void refusesNonFiniteValues() {
        ExactSum s = new ExactSum();
        assertThrows(IllegalArgumentException.class, () -> s.add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.add(Double.POSITIVE_INFINITY));
    }

    @Test
    void negativeTotals_roundTrip() {
        ExactSum s = new ExactSum();
        s.add(-3.5);
        s.add(1.25);
        assertEquals(-2.25, s.doubleValue());
        ExactSum t = new ExactSum();
        t.add(2.25);
        s.merge(t);
        assertEquals(0.0, s.doubleValue());
    }
}
