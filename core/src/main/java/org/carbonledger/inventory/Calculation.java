package org.carbonledger.inventory;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one record's emissions were calculated, as data that anyone can recompute: the amount as
 * read, the amount in the canonical unit of its kind, and per gas one multiplier (kg of gas per
 * canonical unit) with the published values it is built from, and the GWPs applied.
 *
 * <p>The laws, in IEEE double arithmetic, that every record satisfies:
 * <ul>
 *   <li>{@code canonicalAmount == amount × unitRatio}, where the unit ratio is the
 *       {@code "unit definition"} term of the amount's unit (1 when the unit is canonical);
 *   <li>{@code mass(gas) == canonicalAmount × multipliers.get(gas).value()}, one rounding;
 *   <li>{@code co2e == Σ mass(gas) × gwp.get(gas)} computed exactly and rounded once (biogenic CO2,
 *       {@value PricedFactor#BIOGENIC_CO2}, has a GWP of 0: it is reported apart).
 * </ul>
 * Each multiplier is the exact decimal product of its {@link Term terms}, dividing by those marked
 * {@link Term#divisor()} (the definition of a unit the published value is per, such as
 * {@code ÷ 0.0036 GJ/kWh}), rounded once. (A factor that gives one gas in two entries, which no
 * built-in table does, has the exact sum of the two products, its terms listed one entry after
 * the other.)
 *
 * <p>Immutable and thread-safe; serializable.
 *
 * @param amount the amount as read
 * @param unit the unit as read
 * @param canonicalAmount the amount in {@code canonicalUnit}
 * @param canonicalUnit "GJ", "kg", "m3" or "Nm3"
 * @param multipliers per gas name (CO2, CH4, N2O, other gases, {@value PricedFactor#BIOGENIC_CO2}), in gas order
 * @param gwp the GWP applied per gas name, the same keys
 */
public record Calculation(double amount, String unit, double canonicalAmount, String canonicalUnit,
        Map<String, Multiplier> multipliers, Map<String, Double> gwp) implements Serializable {

    // Validates the fields.
    public Calculation {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(canonicalUnit, "canonicalUnit");
        Objects.requireNonNull(multipliers, "multipliers");
        Objects.requireNonNull(gwp, "gwp");
    }

    /**
     * One gas's multiplier.
     *
     * @param value kg of gas per canonical unit, the exact product of the terms rounded once
     * @param unit "kg/GJ", "kg/kg", "kg/m3" or "kg/Nm3"
     * @param from the published values and unit definitions it is built from
     */
    public record Multiplier(double value, String unit, List<Term> from) implements Serializable {
        // Copies the list.
        public Multiplier {
            Objects.requireNonNull(unit, "unit");
            from = List.copyOf(from);
        }
    }

    /**
     * A value a multiplier is built from.
     *
     * @param value the value as published, in decimal
     * @param unit its unit as published, such as "TJ/Gg" or "kg/kWh"
     * @param reference where it is published: the table id and the place in the source
     *     (workbook sheet and cell, table and page), or "unit definition"
     * @param anchor where the factor's entry in a result lists it in full ("gases.CO2",
     *     "conversions[0]"), or "" for a unit definition
     * @param divisor true if the multiplier divides by it (the canonical units in one unit a
     *     published value is per), false if it multiplies
     */
    public record Term(String value, String unit, String reference, String anchor, boolean divisor)
            implements Serializable {
        // Validates the fields.
        public Term {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(anchor, "anchor");
        }

        /** @return "value unit [reference]", with "÷ " before a divisor */
        @Override
        public String toString() {
            return (divisor ? "÷ " : "") + value + " " + unit + " [" + reference + "]";
        }
    }
}
