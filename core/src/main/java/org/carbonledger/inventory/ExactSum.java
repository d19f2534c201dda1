package org.carbonledger.inventory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact sum of {@code double}s: every finite double is added without rounding, and the total
 * is rounded once, to the nearest double, when read.
 *
 * <p>A double is m × 2^e with an integer m of at most 53 bits and −1074 ≤ e ≤ 971. The sum is
 * kept as a fixed-point number over that whole range, in 32-bit digits held in {@code long}s with
 * deferred carries (a "superaccumulator", after Kulisch; see Neal 2015, "Fast exact summation
 * using small and large superaccumulators", arXiv:1505.05571). Because nothing is rounded until
 * {@link #doubleValue()}, the result does not depend on the order of additions or on how they
 * were split between accumulators and merged: addition and {@link #merge} are associative and
 * commutative exactly. Plain compensated (Kahan) sums still depend on order.
 *
 * <p>Mutable and not thread-safe; serializable, with a public no-argument constructor, so that
 * stream processors can hold it as aggregation state.
 */
public final class ExactSum implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Digits of 32 bits; digit i weighs 2^(32·i − OFFSET). */
    private static final int DIGITS = 68;
    private static final int OFFSET = 1088;
    /** Carries are propagated after this many additions, long before a digit can overflow. */
    private static final int CARRY_INTERVAL = 1 << 20;
    private static final BigInteger FIVE_POW_OFFSET = BigInteger.valueOf(5).pow(OFFSET);

    private final long[] digits = new long[DIGITS];
    private int pending;
    private long count;

    /** Creates a zero sum. */
    public ExactSum() {
    }

    /**
     * Adds a value exactly.
     *
     * @param x a finite double
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    public void add(double x) {
        if (x == 0) {
            count++;
            return;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        if (biased == 0x7FF) {
            throw new IllegalArgumentException("cannot add a value that is not finite: " + x);
        }
        long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mantissa |= 1L << 52;
            exp = biased - 1075;
        }
        if (bits < 0) {
            mantissa = -mantissa;
        }
        int pos = exp + OFFSET;        // weight of the mantissa's lowest bit, as a bit position >= 14
        int digit = pos >>> 5;
        int shift = pos & 31;
        // x = mantissa × 2^pos. Split the signed mantissa as hi × 2^32 + lo with 0 <= lo < 2^32, so
        // that each of the three digits it touches receives less than 2^32 in magnitude.
        long lo = mantissa & 0xFFFF_FFFFL;
        long hi = mantissa >> 32;      // |hi| < 2^21
        long t = lo << shift;          // < 2^63
        long u = hi << shift;          // |u| < 2^52
        digits[digit] += t & 0xFFFF_FFFFL;
        digits[digit + 1] += (t >>> 32) + (u & 0xFFFF_FFFFL);
        digits[digit + 2] += u >> 32;
        count++;
        if (++pending == CARRY_INTERVAL) {
            normalize();
        }
    }

    /**
     * Adds another sum into this one, exactly.
     *
     * @param other the sum to add; unchanged
     */
    public void merge(ExactSum other) {
        for (int i = 0; i < DIGITS; i++) {
            digits[i] += other.digits[i];
        }
        count += other.count;
        pending = Math.max(pending, other.pending) + 1;
        normalize();
    }

    /** @return how many values were added, merged sums included */
    public long count() {
        return count;
    }

    /** @return true if the exact sum is zero */
    public boolean isZero() {
        normalize();
        for (long d : digits) {
            if (d != 0) {
                return false;
            }
        }
        return true;
    }

    /** @return the exact sum, as a BigDecimal */
    public BigDecimal toBigDecimal() {
        BigInteger n = scaled();
        if (n.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // n × 2^-OFFSET = n × 5^OFFSET × 10^-OFFSET, exactly.
        return new BigDecimal(n.multiply(FIVE_POW_OFFSET), OFFSET).stripTrailingZeros();
    }

    /** @return the exact sum rounded once to the nearest double (ties to even) */
    public double doubleValue() {
        BigInteger n = scaled();
        int sign = n.signum();
        if (sign == 0) {
            return 0.0;
        }
        BigInteger abs = n.abs();
        int bits = abs.bitLength();
        if (bits - 1 - OFFSET < -1022) {
            // subnormal result: let the decimal parser round it (rare)
            return Double.parseDouble(toBigDecimal().toString());
        }
        int shift = bits - 53;
        long q;
        if (shift <= 0) {
            q = abs.longValueExact();
            shift = 0;
        } else {
            q = abs.shiftRight(shift).longValueExact();
            boolean round = abs.testBit(shift - 1);
            boolean sticky = abs.getLowestSetBit() < shift - 1;
            if (round && (sticky || (q & 1) == 1)) {
                q++;
                if (q == 1L << 53) {
                    q >>= 1;
                    shift++;
                }
            }
        }
        double v = Math.scalb((double) q, shift - OFFSET);
        if (Double.isInfinite(v)) {
            throw new ArithmeticException("exact sum exceeds the range of double");
        }
        return sign < 0 ? -v : v;
    }

    private BigInteger scaled() {
        BigInteger n = BigInteger.ZERO;
        for (int i = DIGITS - 1; i >= 0; i--) {
            n = n.shiftLeft(32).add(BigInteger.valueOf(digits[i]));
        }
        return n;
    }

    private void normalize() {
        long carry = 0;
        for (int i = 0; i < DIGITS; i++) {
            long v = digits[i] + carry;
            digits[i] = v & 0xFFFF_FFFFL;
            carry = v >> 32;
        }
        if (carry != 0 && carry != -1) {
            throw new ArithmeticException("exact sum overflowed the range of double");
        }
        // A negative total leaves carry −1: fold it back into the top digit as a signed value.
        digits[DIGITS - 1] |= carry << 32;
        pending = 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ExactSum other)) {
            return false;
        }
        return scaled().equals(other.scaled());
    }

    @Override
    public int hashCode() {
        return scaled().hashCode();
    }

    @Override
    public String toString() {
        return Double.toString(doubleValue());
    }
}
