package org.carbonledger.activity;

import java.util.Locale;

/**
 * The calorific basis of an energy amount or factor: net (lower heating value) or gross (higher
 * heating value). IPCC factors are on net calorific values, US EPA factors on gross, UK DESNZ
 * publishes both.
 */
public enum CalorificBasis {
    /** Net calorific value (NCV, lower heating value, LHV). */
    NET("net"),
    /** Gross calorific value (GCV, higher heating value, HHV). */
    GROSS("gross");

    private final String code;

    CalorificBasis(String code) {
        this.code = code;
    }

    /** @return "net" or "gross" */
    public String code() {
        return code;
    }

    /** @return the other basis: gross for net, net for gross */
    public CalorificBasis other() {
        return this == NET ? GROSS : NET;
    }

    /**
     * Reads a basis.
     *
     * @param text {@code net}, {@code ncv}, {@code lhv}, {@code gross}, {@code gcv} or {@code hhv}, ignoring case
     * @return the basis
     * @throws IllegalArgumentException if none of those
     */
    public static CalorificBasis parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "net", "ncv", "lhv" -> NET;
            case "gross", "gcv", "hhv" -> GROSS;
            default -> throw new IllegalArgumentException("calorific basis '" + text.strip()
                    + "' is not net (ncv, lhv) or gross (gcv, hhv)");
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
