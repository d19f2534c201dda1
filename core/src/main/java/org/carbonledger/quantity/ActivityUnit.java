package org.carbonledger.quantity;

import org.carbonledger.internal.NumberText;

import java.math.BigDecimal;
import tech.units.indriya.function.RationalNumber;
import java.util.Objects;
import javax.measure.Unit;

/**
 * A unit as Carbon Ledger uses it: its symbol, its {@link UnitKind}, and the exact-as-a-double
 * factor that converts an amount in this unit to the kind's canonical unit.
 *
 * <p>The factor is computed once, when the unit is created, through Indriya's exact converter;
 * calculations then multiply plain {@code double}s (see docs/design.md §3: "quantities at the edges,
 * plain numbers inside"). Immutable and thread-safe.
 *
 * @param symbol the symbol written in reports and accepted by {@link UnitParser}, such as "kWh"
 * @param unit the JSR 385 unit
 * @param kind what the unit measures
 * @param toCanonical amount in canonical units per 1 of this unit (for kWh: 0.0036 GJ)
 */
public record ActivityUnit(String symbol, Unit<?> unit, UnitKind kind, double toCanonical) {

    // Validates the fields.
    public ActivityUnit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        if (!(toCanonical > 0) || Double.isInfinite(toCanonical)) {
            throw new IllegalArgumentException("conversion factor must be positive and finite: " + toCanonical);
        }
    }

    /**
     * Makes an activity unit from a JSR 385 unit, computing its factor to the canonical unit.
     *
     * @param symbol the symbol to show
     * @param unit a unit of energy, mass, volume or gas amount at reference conditions
     * @return the activity unit
     * @throws IllegalArgumentException if the unit is of no supported kind
     */
    public static ActivityUnit of(String symbol, Unit<?> unit) {
        Objects.requireNonNull(unit, "unit");
        UnitKind kind = UnitKind.of(unit);
        if (kind == null) {
            throw new IllegalArgumentException("unit " + symbol + " (" + unit + ") is not of energy, mass,"
                    + " volume or gas volume at reference conditions");
        }
        return new ActivityUnit(symbol, unit, kind, factor(unit, kind.canonicalUnit()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double factor(Unit<?> from, Unit<?> to) {
        return exactFactor(from, to).doubleValue();
    }

    /**
     * Gets the factor to the canonical unit as an exact decimal (to 34 significant digits where
     * the unit's definition involves a division, as the ideal-gas volumes do): what exact
     * multipliers are built from. {@link #toCanonical()} is this value rounded to a double.
     *
     * @return canonical units per 1 of this unit
     */
    public BigDecimal toCanonicalExact() {
        return exactFactor(unit, kind.canonicalUnit());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static BigDecimal exactFactor(Unit<?> from, Unit<?> to) {
        Number n = ((Unit) from).getConverterTo((Unit) to).convert(BigDecimal.ONE);
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof RationalNumber r) {
            return r.bigDecimalValue();
        }
        if (n instanceof Long || n instanceof Integer || n instanceof java.math.BigInteger) {
            return new BigDecimal(n.toString());
        }
        return new BigDecimal(NumberText.of(n.doubleValue()));
    }

    /**
     * Returns the factor that converts an amount in this unit to another unit of the same kind.
     *
     * @param other the target unit
     * @return amount in {@code other} per 1 of this unit
     * @throws IllegalArgumentException if the kinds differ
     */
    public double factorTo(ActivityUnit other) {
        if (other.kind != kind) {
            throw new IllegalArgumentException("cannot convert " + symbol + " (" + kind.description() + ") to "
                    + other.symbol + " (" + other.kind.description() + ")");
        }
        return toCanonical / other.toCanonical;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
