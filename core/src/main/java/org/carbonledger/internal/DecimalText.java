package org.carbonledger.internal;

/**
 * Decimal numbers as input files write them: {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}, with
 * {@code .} as the separator, and nothing that {@link Double#parseDouble} would also take
 * ({@code Infinity}, {@code NaN}, hexadecimal {@code 0x1p3}, a type suffix {@code 5d}).
 *
 * <p>One reading or none: a number too large for a double, or too small to be told from zero
 * ({@code 1E-400}), is refused rather than read as infinity or 0; {@code 1,000} is refused naming
 * both of its readings (a thousand, or one with a decimal comma). Stateless.
 */
public final class DecimalText {
    private DecimalText() {
    }

    /**
     * Reads a decimal.
     *
     * @param text the text, without surrounding blanks
     * @return its value; {@code -0} reads as 0
     * @throws IllegalArgumentException saying why the text is not a finite decimal, and what would be
     *     accepted
     */
    public static double parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the value is blank; give a number such as 1250.5");
        }
        String shown = VisibleText.of(text);
        if (isDecimalComma(text)) {
            throw new IllegalArgumentException(decimalCommaReason(text));
        }
        if (!isDecimal(text)) {
            throw new IllegalArgumentException("'" + shown + "' is not a number; give a decimal such as 1250.5 ('.' as"
                    + " separator, no thousands separators or units)");
        }
        double v = Double.parseDouble(text);
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("'" + text + "' is too large to represent");
        }
        if (v == 0 && hasNonZeroDigit(text)) {
            throw new IllegalArgumentException("'" + text + "' is too small to represent: it would read as 0 (the"
                    + " smallest number is about 4.9E-324); check its exponent");
        }
        return v + 0.0;
    }

    /**
     * Says what to write instead of a number with a comma, such as {@code 1,5} or {@code 1,000}.
     *
     * @param text a text that {@link #isDecimalComma} accepts
     * @return the reason: for three digits after the comma (and one to three before, not starting
     *     with 0) both readings, a thousands separator or a decimal comma; otherwise the decimal
     *     with '.'
     */
    public static String decimalCommaReason(String text) {
        int comma = text.indexOf(',');
        String integer = text.substring(0, comma);
        String fraction = text.substring(comma + 1);
        String digits = integer.substring(sign(integer, 0));
        if (fraction.length() == 3 && digits.length() <= 3 && digits.charAt(0) != '0') {
            return "'" + text + "' could be " + integer + fraction + " (',' separating thousands) or " + integer + "."
                    + fraction + " (',' as the decimal separator); write it with no thousands separator and '.' as"
                    + " the decimal separator";
        }
        return "'" + text + "' uses a decimal comma; write it with '.' as the decimal separator ("
                + text.replace(',', '.') + ")";
    }

    /*
     * The two forms below were regular expressions matched per row; written out they cost a
     * fraction (IngestionBenchmark). ActivityCsvReaderTest checks them against the expressions.
     * \\d in a Java regular expression is [0-9] only.
     */

    /**
     * Tells whether text matches {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}.
     *
     * @param text any text
     * @return true if it is a decimal in that form
     */
    public static boolean isDecimal(String text) {
        int n = text.length();
        int i = sign(text, 0);
        int integer = digits(text, i);
        int fraction = 0;
        i += integer;
        if (i < n && text.charAt(i) == '.') {
            fraction = digits(text, i + 1);
            i += 1 + fraction;
        }
        if (integer == 0 && fraction == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i = sign(text, i + 1);
            int exponent = digits(text, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
    }

    /**
     * Tells whether text matches {@code [+-]?\d+,\d+}.
     *
     * @param text any text
     * @return true if it is a number with one comma and no point
     */
    public static boolean isDecimalComma(String text) {
        int i = sign(text, 0);
        int integer = digits(text, i);
        i += integer;
        if (integer == 0 || i >= text.length() || text.charAt(i) != ',') {
            return false;
        }
        int fraction = digits(text, i + 1);
        return fraction > 0 && i + 1 + fraction == text.length();
    }

    /** Tells whether a decimal's digits before its exponent are not all zero. */
    static boolean hasNonZeroDigit(String decimal) {
        for (int i = 0; i < decimal.length(); i++) {
            char c = decimal.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int sign(String text, int i) {
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
    }

    /** @return how many ASCII digits start at i */
    private static int digits(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        return j - i;
    }
}
