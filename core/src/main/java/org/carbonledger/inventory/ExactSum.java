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

    /**
     * The digits in use: digits[k] is digit {@code base + k}. A sum of values of similar size uses
     * a few digits, not all 68: the window starts empty and widens to cover the digits that
     * values reach (and one above, for carries), so that an inventory of many groups, each with
     * five or seven sums, holds about a tenth of the memory (InventoryRun.bytesPerGroup).
     */
    private long[] digits = new long[0];
    private int base;
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
        int k = digit - base;
        if (k < 0 || k + 3 >= digits.length) {
            cover(digit, digit + 3);
            k = digit - base;
        }
        digits[k] += t & 0xFFFF_FFFFL;
        digits[k + 1] += (t >>> 32) + (u & 0xFFFF_FFFFL);
        digits[k + 2] += u >> 32;
        count++;
        if (++pending == CARRY_INTERVAL) {
            normalize();
        }
    }

    /** Widens the window to cover digits {@code from} to {@code to} (inclusive), keeping the value. */
    private void cover(int from, int to) {
        int lo = digits.length == 0 ? from : Math.min(base, from);
        int hi = digits.length == 0 ? to : Math.max(base + digits.length - 1, to);
        hi = Math.min(hi, DIGITS - 1);
        lo = Math.max(lo, 0);
        if (digits.length > 0 && lo == base && hi == base + digits.length - 1) {
            return;
        }
        long[] wider = new long[hi - lo + 1];
        if (digits.length > 0) {
            System.arraycopy(digits, 0, wider, base - lo, digits.length);
        }
        digits = wider;
        base = lo;
    }

    /**
     * Adds another sum into this one, exactly.
     *
     * @param other the sum to add; unchanged
     */
    public void merge(ExactSum other) {
        if (other.digits.length > 0) {
            cover(other.base, other.base + other.digits.length);
            for (int i = 0; i < other.digits.length; i++) {
                digits[other.base - base + i] += other.digits[i];
            }
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
        for (int i = digits.length - 1; i >= 0; i--) {
            n = n.shiftLeft(32).add(BigInteger.valueOf(digits[i]));
        }
        return n.shiftLeft(32 * base);
    }

    private void normalize() {
        if (digits.length == 0) {
            pending = 0;
            return;
        }
        long carry = 0;
        for (int i = 0; i < digits.length; i++) {
            long v = digits[i] + carry;
            digits[i] = v & 0xFFFF_FFFFL;
            carry = v >> 32;
        }
        if (carry != 0 && carry != -1) {
            if (base + digits.length >= DIGITS) {
                throw new ArithmeticException("exact sum overflowed the range of double");
            }
            // a carry out of the window: widen it by a digit and place the carry there
            cover(base, base + digits.length);
            digits[digits.length - 1] = carry;
            normalize();
            return;
        }
        // A negative total leaves carry −1: fold it back into the top digit as a signed value.
        digits[digits.length - 1] |= carry << 32;
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
