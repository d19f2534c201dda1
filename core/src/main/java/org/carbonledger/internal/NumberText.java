package org.carbonledger.internal;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Numbers as results and traces print them: whole numbers below 10^15 without a fraction
 * ({@code 1850}), others as the shortest decimal that reads back as the same double, in the
 * format of {@link Double#toString(double)} ({@code 0.17452830188679247}, {@code 3.4E-7}).
 *
 * <p>The shortest decimal is Raffaello Giulietti's Schubfach algorithm, as Jackson ships it
 * ({@link NumberOutput#toString(double, boolean)}; JDK 19 made it {@code Double.toString}).
 * JDK 17's {@code Double.toString} gives the same text but for a few values, for which it prints a
 * digit more than needed (both read back as the same double), and is about four times slower:
 * a third of the time of a JSON inventory of a million rows went to it.
 */
public final class NumberText {
    private NumberText() {
    }

    /**
     * Formats a number.
     *
     * @param v the number
     * @return its text; {@code NaN} and {@code Infinity} as {@code Double.toString} writes them
     */
    public static String of(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return NumberOutput.toString(v, true);
    }
}
