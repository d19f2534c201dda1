package org.carbonledger.cbam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the default values of Implementing Regulation (EU) 2025/2621 (Annex I: by country
 * and good; Annex IV: the highest value per good, for precursors of unknown origin), in t CO2e
 * per tonne of good, as published (unrounded where the Commission's workbook stores it so).
 *
 * <p>Immutable and thread-safe.
 *
 * @param annex "Annex I" or "Annex IV"
 * @param country the country or territory of the row used ("Other Countries and Territories" after
 *     a fallback; "" for Annex IV)
 * @param requestedCountry the country asked for ("" for Annex IV)
 * @param sector the sector heading of the row
 * @param key the lookup key: the 10-digit TARIC code for clinker and hydraulic cements, else the CN code
 * @param description the good as published
 * @param direct the direct default value
 * @param indirect the indirect default value, or null where none is published ("N/A": steel,
 *     aluminium, hydrogen) or Annex IV (which publishes one total)
 * @param total the total default value
 * @param route the production-route indicator, such as "(A)", or ""
 * @param source where the row was read: file and row, with the row's own provenance
 * @param fallback true if the requested country's row had no value (or the country is not listed)
 *     and the row of "Other countries and territories" was taken whole, as the Annex I preamble
 *     requires
 * @param printedMarkedUp the marked-up totals the Official Journal prints, by year (2026, 2027, 2028
 *     for "2028 onwards"); filled for Annex IV, whose marked-up values the OJ rounded from an
 *     unrounded base it does not print; empty for Annex I, whose marked-up values are computed
 */
public record DefaultValue(String annex, String country, String requestedCountry, AggregatedGoods.Sector sector,
        String key, String description, BigDecimal direct, BigDecimal indirect, BigDecimal total, String route,
        String source, boolean fallback, Map<Integer, BigDecimal> printedMarkedUp) {

    // Validates the fields.
    public DefaultValue {
        Objects.requireNonNull(printedMarkedUp, "printedMarkedUp");
        Objects.requireNonNull(annex, "annex");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(requestedCountry, "requestedCountry");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(source, "source");
        printedMarkedUp = Map.copyOf(printedMarkedUp);
    }

    /** @return the indirect value, if one is published */
    public Optional<BigDecimal> findIndirect() {
        return Optional.ofNullable(indirect);
    }

    /** @return the direct value, if one is published (Annex IV publishes only the total) */
    public Optional<BigDecimal> findDirect() {
        return Optional.ofNullable(direct);
    }

    /**
     * The total marked up for a year: the value the Official Journal prints where the row carries
     * one (Annex IV), else total × (1 + mark-up) rounded half-up to 3 decimals as the Official
     * Journal prints it (Implementing Regulation (EU) 2025/2621, recitals (4) to (6) and the
     * mark-up columns of Annexes I and IV).
     *
     * @param year the year of import, 2026 or later
     * @return the marked-up total, t CO2e/t
     * @throws IllegalArgumentException if the year is before 2026
     */
    public BigDecimal markedUpTotal(int year) {
        BigDecimal m = MarkUps.markUp(sector, year);
        BigDecimal printed = printedMarkedUp.get(Math.min(year, 2028));
        if (printed != null) {
            return printed;
        }
        return total.multiply(BigDecimal.ONE.add(m)).setScale(3, RoundingMode.HALF_UP);
    }
}
