package org.carbonledger.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number formatting for the report (escaping is {@link HtmlWriter}'s, the one place that does it). */
final class Html {
    private Html() {
    }

    /**
     * Formats a number for reading: thousands separators, up to three significant decimals.
     *
     * @param v the value
     * @return the text
     */
    static String number(double v) {
        double a = Math.abs(v);
        String pattern = a >= 1000 ? "#,##0" : a >= 10 ? "#,##0.0" : a >= 0.1 ? "#,##0.00" : a == 0 ? "0" : "0.###E0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /**
     * Formats a number exactly as the ledger or the result holds it (the shortest decimal that
     * reads back as the same double), for amounts as given.
     *
     * @param v the value
     * @return the text
     */
    static String exact(double v) {
        return org.carbonledger.internal.NumberText.of(v);
    }
}
