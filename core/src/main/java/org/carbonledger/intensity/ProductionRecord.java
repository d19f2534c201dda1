package org.carbonledger.intensity;

import java.util.Objects;
import java.util.OptionalDouble;
import org.carbonledger.activity.Period;

/**
 * What a site or process produced in a period: an output quantity with its unit, and optionally
 * the value added with its currency. Immutable and thread-safe.
 *
 * @param row the row of the production CSV (header = 1), or 0 when made in code
 * @param site the site, or ""
 * @param process the process, or ""
 * @param product the product, or ""
 * @param period the period, or null for any
 * @param quantity the output, zero or more
 * @param unit the output's unit
 * @param valueAdded value added, if known
 * @param currency the currency of the value added (ISO 4217 code such as CNY), or ""
 */
public record ProductionRecord(long row, String site, String process, String product, Period period, double quantity,
        OutputUnit unit, OptionalDouble valueAdded, String currency) {

    /** Validates the fields. */
    public ProductionRecord {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(valueAdded, "valueAdded");
        Objects.requireNonNull(currency, "currency");
        if (!(quantity >= 0) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("quantity must be zero or more and finite: " + quantity);
        }
        if (valueAdded.isPresent() && currency.isEmpty()) {
            throw new IllegalArgumentException("value added needs its currency");
        }
    }

    /**
     * Makes a record in code.
     *
     * @param site the site, or ""
     * @param process the process, or ""
     * @param product the product, or ""
     * @param period the period text, or null
     * @param quantity the output
     * @param unit its unit symbol
     * @return the record, without value added
     */
    public static ProductionRecord of(String site, String process, String product, String period, double quantity,
            String unit) {
        return new ProductionRecord(0, site, process, product, period == null ? null : Period.parse(period), quantity,
                OutputUnit.parse(unit), OptionalDouble.empty(), "");
    }

    /**
     * Adds value added.
     *
     * @param amount the value added
     * @param currencyCode its currency
     * @return a new record
     */
    public ProductionRecord withValueAdded(double amount, String currencyCode) {
        return new ProductionRecord(row, site, process, product, period, quantity, unit, OptionalDouble.of(amount),
                currencyCode);
    }

    /** @return the quantity in the report unit (tonnes for masses ...) */
    public double reportQuantity() {
        return quantity * unit.factor();
    }
}
