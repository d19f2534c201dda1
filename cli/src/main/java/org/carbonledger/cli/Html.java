package org.carbonledger.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** HTML escaping and number formatting for the report. */
final class Html {
    private Html() {
    }

    /**
     * Escapes text for HTML content and attribute values.
     *
     * @param s text, possibly from an untrusted file
     * @return the escaped text
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
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
        return org.carbonledger.quantity.NumberText.of(v);
    }
}
