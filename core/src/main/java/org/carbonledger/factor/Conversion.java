package org.carbonledger.factor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Region;
import org.carbonledger.internal.NumberText;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitKind;

/**
 * A published conversion between two kinds of amount of one activity: a calorific value (energy
 * per mass, such as IPCC Table 1.2's TJ/Gg) or a density (mass per volume); or, energy per
 * energy, the change of an energy amount's calorific basis ({@link NetGrossRatio#toward}), whose
 * {@code basis} is the basis it converts to.
 *
 * <p>{@code value} of {@code unit} {@code A/B} means: one B of the activity is {@code value} A.
 * Immutable and thread-safe.
 *
 * @param activity the activity
 * @param value the published value, positive and finite
 * @param unit the published unit, such as TJ/Gg
 * @param basis the calorific basis when the numerator is energy, else null
 * @param region the region it applies to
 * @param validFrom first day it applies to, or null
 * @param validTo last day it applies to, or null
 * @param source where it comes from
 */
public record Conversion(ActivityId activity, double value, RateUnit unit, CalorificBasis basis, Region region,
        LocalDate validFrom, LocalDate validTo, FactorSource source) {
    // Validates the fields.
    public Conversion {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(source, "source");
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("conversion value must be positive and finite: " + value);
        }
        if (unit.mass().kind() == unit.activity().kind()
                && (unit.mass().kind() != UnitKind.ENERGY || basis == null)) {
            throw new IllegalArgumentException("a conversion must be between two kinds of amount, or between the"
                    + " calorific bases of an energy amount: " + unit);
        }
    }

    /**
     * Gets the value as an exact decimal: the shortest decimal that reads back as {@link #value()},
     * which is the published figure, as conversions are read from their published text.
     *
     * @return the value
     */
    public BigDecimal exactValue() {
        return new BigDecimal(NumberText.of(value));
    }

    /** @return canonical units of the numerator kind per canonical unit of the denominator kind */
    public double canonicalFactor() {
        return unit.toCanonical(value);
    }
}
