package org.carbonledger.quantity;

import java.util.Objects;

/**
 * A ratio of two units: the unit of an emission factor (a mass of gas per unit of activity, such
 * as {@code kg/TJ}, {@code g/kWh} or {@code lb/MWh}) or of a conversion such as a calorific value
 * ({@code TJ/Gg}) or a density ({@code kg/L}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol the symbol as written, such as "kg/TJ"
 * @param mass the numerator (the emitted mass, for an emission factor)
 * @param activity the denominator (the unit of activity)
 */
public record RateUnit(String symbol, ActivityUnit mass, ActivityUnit activity) {

    // Validates the fields.
    public RateUnit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(mass, "mass");
        Objects.requireNonNull(activity, "activity");
    }

    /**
     * Converts a value in this unit to canonical units of both sides (for an emission factor: kg
     * of gas per GJ, kg, m³ or Nm³ of activity).
     *
     * @param value the value in this unit
     * @return the value in canonical units
     */
    public double toCanonical(double value) {
        return value * (mass.toCanonical() / activity.toCanonical());
    }

    @Override
    public String toString() {
        return symbol;
    }
}
