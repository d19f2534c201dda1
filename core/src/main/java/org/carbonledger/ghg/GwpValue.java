package org.carbonledger.ghg;

import java.util.Objects;

/**
 * One GWP-100 value with its source, as applied to a gas.
 *
 * @param gas the gas
 * @param value kg CO2e per kg of gas
 * @param source the report and table, such as "IPCC AR5 (2013) WG1 Ch.8 Table 8.A.1"
 * @param note why this value applies (for methane under AR6: which origin), or ""
 */
public record GwpValue(Gas gas, double value, String source, String note) {
    // Validates the fields.
    public GwpValue {
        Objects.requireNonNull(gas, "gas");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("GWP must be positive and finite: " + value);
        }
    }
}
