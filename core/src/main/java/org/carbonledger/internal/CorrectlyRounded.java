package org.carbonledger.internal;

import java.math.BigDecimal;

/**
 * Sums of products rounded once: {@code Σ x[i] × y[i]} computed as if in exact arithmetic and
 * rounded to the nearest double (ties to even), whatever the order of the terms.
 *
 * <p>How: each product is split without error into {@code p + e} ({@code p = fl(x·y)},
 * {@code e = fma(x, y, −p)}, exact unless the product underflows); the {@code p}s are added with
 * TwoSum (Knuth), which keeps each addition's rounding error, and the errors are added in
 * floating point: Ogita, Rump and Oishi's Dot2 ("Accurate sum and dot product", SIAM J. Sci.
 * Comput. 26(6), 2005, Algorithm 5.3). Dot2's result is almost always the correctly rounded sum;
 * this class proves it each time, from a bound on the one inexact step (the sum of the small
 * errors, at most {@code 2n·u·Σ|errors|} away from exact), and where it cannot (a value within
 * that bound of a midpoint between two doubles, about one in 10^13 for ordinary inventories, or
 * products near the underflow range) it adds the products exactly in {@link BigDecimal}. The
 * fast route is some thirty floating-point operations for three gases.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorrectlyRounded {
    /** Below this, a product's error term may underflow and is no longer exact: the exact route. */
    private static final double TINY = 0x1p-900;
    /** Above this, a TwoSum may overflow: the exact route. */
    private static final double HUGE = 0x1p1000;

    private CorrectlyRounded() {
    }

    /**
     * Computes {@code x0·y0 + x1·y1 + x2·y2}, correctly rounded.
     *
     * @return the sum, or an infinity or NaN when the exact sum is not finite
     */
    public static double dot3(double x0, double y0, double x1, double y1, double x2, double y2) {
        if (x0 == 0 && x1 == 0 && x2 == 0) {
            return 0.0; // an amount of zero: the exact sum is zero (the exact route would take microseconds)
        }
        double p0 = x0 * y0;
        double p1 = x1 * y1;
        double p2 = x2 * y2;
        double s = p0 + p1;
        double z = s - p0;
        double t1 = (p0 - (s - z)) + (p1 - z);
        double s2 = s + p2;
        z = s2 - s;
        double t2 = (s - (s2 - z)) + (p2 - z);
        double c = ((t1 + t2) + (Math.fma(x0, y0, -p0) + Math.fma(x1, y1, -p1))) + Math.fma(x2, y2, -p2);
        double r = s2 + c;
        z = r - s2;
        double d = (s2 - (r - z)) + (c - z);
        // c is the sum of the rounding errors (each at most u·|p| or u·|s|, so all of them at most
        // 3u·Σ|p|) with four additions' error (at most 4.1u of that): within 2^-102·Σ|p| of exact;
        // a product whose error term underflowed, within 2^-1074. The bound is kept normal: a
        // subnormal operand would cost a microcode assist.
        double bound = 0x1p-100 * (Math.abs(p0) + Math.abs(p1) + Math.abs(p2)) + 0x1p-1020;
        return inside(r, d, bound) ? r : exact3(x0, y0, x1, y1, x2, y2);
    }

    /**
     * Whether r is surely the rounding of an exact sum known to lie within {@code bound} of
     * {@code r + d}: that interval stays inside r's rounding interval (half as wide below a power of
     * two, toward zero). Kept small, apart from {@link #dot3}, so that both inline.
     */
    private static boolean inside(double r, double d, double bound) {
        double a = Math.abs(r);
        if (!(a >= 0x1p-900 && a <= 0x1p1000)) {
            return false;
        }
        double ulp = Math.ulp(r);
        double room = d * r < 0 && (Double.doubleToRawLongBits(r) & 0x000F_FFFF_FFFF_FFFFL) == 0 ? 0.25 * ulp
                : 0.5 * ulp;
        return Math.abs(d) + bound < room && bound < 0.25 * ulp;
    }

    /** The rare route of {@link #dot3}, out of line so that the common one stays small enough to inline. */
    private static double exact3(double x0, double y0, double x1, double y1, double x2, double y2) {
        return exact(new double[] {x0, x1, x2}, new double[] {y0, y1, y2}, 3);
    }

    /**
     * Computes {@code Σ x[i]·y[i]} over {@code i < n}, correctly rounded.
     *
     * @param x the first factors
     * @param y the second factors
     * @param n how many terms
     * @return the sum, or an infinity or NaN when the exact sum is not finite
     */
    public static double dot(double[] x, double[] y, int n) {
        if (n == 3) {
            return dot3(x[0], y[0], x[1], y[1], x[2], y[2]);
        }
        double s = 0;
        double c = 0;
        double errors = 0;
        double size = 0;
        boolean tiny = false;
        for (int i = 0; i < n; i++) {
            double p = x[i] * y[i];
            double e = Math.fma(x[i], y[i], -p);
            double s2 = s + p;
            double z = s2 - s;
            double t = (s - (s2 - z)) + (p - z);
            s = s2;
            c += t + e;
            errors += Math.abs(t) + Math.abs(e);
            size += Math.abs(p);
            // a product that rounded to zero may not be zero: only a zero factor makes it exact
            tiny |= Math.abs(p) < TINY && x[i] != 0 && y[i] != 0;
        }
        double r = s + c;
        double bound = 0x1p-52 * (2 * n + 2) * errors;
        if (!tiny && settled(r, s, c, bound, size, 1, 1, 1)) {
            return r;
        }
        return exact(x, y, n);
    }

    /**
     * Whether {@code r = fl(s + c)} is surely the correctly rounded exact sum, known to lie within
     * {@code bound} of {@code s + c}.
     */
    private static boolean settled(double r, double s, double c, double bound, double size, double p0, double p1,
            double p2) {
        if (!(size < HUGE) || (p0 != 0 && Math.abs(p0) < TINY) || (p1 != 0 && Math.abs(p1) < TINY)
                || (p2 != 0 && Math.abs(p2) < TINY)) {
            return false;
        }
        if (r == 0) {
            // s + c rounds to zero only when both are (the sum of two doubles is exact near zero)
            return s == 0 && c == 0 && bound == 0;
        }
        // d: what r leaves of s + c, exactly (TwoSum)
        double z = r - s;
        double d = (s - (r - z)) + (c - z);
        double ulp = Math.ulp(r);
        // below a power of two (toward zero) the doubles are twice as dense
        boolean powerOfTwo = (Double.doubleToRawLongBits(r) & 0x000F_FFFF_FFFF_FFFFL) == 0
                && Math.abs(r) > Double.MIN_NORMAL;
        double below = powerOfTwo ? ulp / 2 : ulp;
        double towardZero = r > 0 ? -1 : 1;
        double dist = Math.abs(d) + bound;
        // the exact sum lies in [s + c − bound, s + c + bound] = r + d ± bound; r is its rounding if
        // that interval stays strictly inside r's rounding interval on both sides
        boolean dTowardZero = Math.signum(d) == towardZero;
        double room = dTowardZero ? below / 2 : ulp / 2;
        double otherRoom = dTowardZero ? ulp / 2 : below / 2;
        return dist < room && bound - Math.abs(d) < otherRoom;
    }

    private static double exact(double[] x, double[] y, int n) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                double naive = 0;
                for (int k = 0; k < n; k++) {
                    naive += x[k] * y[k];
                }
                return naive;
            }
            sum = sum.add(new BigDecimal(x[i]).multiply(new BigDecimal(y[i])));
        }
        // BigDecimal.doubleValue rounds to nearest, ties to even (JDK 17: through Double.parseDouble
        // for values it cannot convert exactly)
        return sum.doubleValue();
    }
}
