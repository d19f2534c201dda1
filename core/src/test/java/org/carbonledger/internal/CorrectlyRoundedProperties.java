package org.carbonledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link CorrectlyRounded} against the exact sum of exact products (BigDecimal), rounded once by
 * the JDK's correctly rounded decimal-to-double conversion: masses of every magnitude times the
 * GWPs of the IPCC sets (AR5 Table 8.A.1: 28, 265; AR6 Table 7.15: 27.0, 29.8, 273) and
 * arbitrary ones, and sums built to fall on or next to a midpoint between two doubles.
 */
class CorrectlyRoundedProperties {
    private static final List<Double> GWPS = List.of(0.0, 1.0, 25.0, 28.0, 298.0, 265.0, 27.0, 27.9, 29.8, 273.0,
            1924.0, 2088.0, 23500.0, 0.1);

    private static Gen<Double> masses() {
        return doubles().between(-1e6, 1e12).mix(doubles().between(1e-12, 1e-3), 20)
                .mix(doubles().between(1e200, 1e300), 5).mix(doubles().between(1e-290, 1e-280), 5)
                .mix(integers().between(0, 0).map(i -> 0.0), 5);
    }

    private static Gen<Double> gwps() {
        return integers().between(0, GWPS.size() - 1).map(GWPS::get).mix(doubles().between(0, 1e5), 30);
    }

    private static double gwp(java.util.Random r) {
        return r.nextInt(3) == 0 ? r.nextDouble() * 1e5 : GWPS.get(r.nextInt(GWPS.size()));
    }

    private static double exact(double[] x, double[] y) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            s = s.add(new BigDecimal(x[i]).multiply(new BigDecimal(y[i])));
        }
        return s.doubleValue();
    }

    @Test
    void dot3_isTheExactSumRoundedOnce() {
        qt().withExamples(20_000).forAll(masses(), masses(), masses(), integers().all())
                .checkAssert((a, b, c, seed) -> {
                    java.util.Random r = new java.util.Random(seed);
                    double g = gwp(r);
                    double h = gwp(r);
                    double k = gwp(r);
                    double expected = exact(new double[] {a, b, c}, new double[] {g, h, k});
                    assertEquals(expected, CorrectlyRounded.dot3(a, g, b, h, c, k),
                            () -> a + "×" + g + " + " + b + "×" + h + " + " + c + "×" + k);
                });
    }

    @Test
    void dot_ofAnyLength_isTheExactSumRoundedOnce() {
        qt().withExamples(5_000).forAll(integers().between(0, 9), masses(), gwps(), integers().between(0, 1_000_000))
                .checkAssert((n, m, g, seed) -> {
                    java.util.Random r = new java.util.Random(seed);
                    double[] x = new double[n];
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++) {
                        x[i] = m * (r.nextDouble() + 0.5) * Math.pow(10, r.nextInt(7) - 3);
                        y[i] = i % 2 == 0 ? g : GWPS.get(r.nextInt(GWPS.size()));
                    }
                    assertEquals(exact(x, y), CorrectlyRounded.dot(x, y, n));
                });
    }

    /**
     * A sum whose exact value lies exactly on, or a hair beside, the midpoint between two doubles:
     * where a sum of rounded products (Dot2 without its proof) can round the wrong way.
     */
    @Test
    void sumsOnAndBesideAMidpoint_roundAsTheExactSumDoes() {
        qt().withExamples(20_000).forAll(doubles().between(1, 1e15), integers().between(-3, 3), gwps())
                .checkAssert((big, side, g) -> {
                    double half = Math.ulp(big) / 2;
                    // big + half is a midpoint; add a tiny third term on either side, or none
                    double tiny = side * Math.ulp(half) * 0.75;
                    double[] x = {big, half, tiny};
                    double[] y = {1, 1, 1};
                    assertEquals(exact(x, y), CorrectlyRounded.dot3(big, 1, half, 1, tiny, 1));
                    double third = half / 3;
                    double[] x2 = {big, third, tiny};
                    double[] y2 = {1, 3, 1};
                    assertEquals(exact(x2, y2), CorrectlyRounded.dot3(big, 1, third, 3, tiny, 1));
                });
    }

    @Test
    void overflow_givesInfinityAsTheNaiveSumWould() {
        assertEquals(Double.POSITIVE_INFINITY, CorrectlyRounded.dot3(1e308, 28, 0, 0, 0, 0));
    }

    /** Products that round to zero are not zero: their sum can round to the smallest double (a review found it). */
    @Test
    void productsThatUnderflow_stillCount() {
        double x = Math.scalb(1.0, -475);
        double y = Math.scalb(1.0, -600);
        assertEquals(Double.MIN_VALUE, CorrectlyRounded.dot(new double[] {x, x}, new double[] {y, y}, 2));
        assertEquals(Double.MIN_VALUE, CorrectlyRounded.dot3(x, y, x, y, 0, 0));
    }
}
