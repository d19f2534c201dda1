package org.carbonledger.factor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Sector;
import org.carbonledger.ghg.Gas;
import org.carbonledger.internal.NumberText;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitKind;

/**
 * One emission factor: a mass of one gas emitted per unit of one activity, as published.
 *
 * <p>Immutable and thread-safe.
 *
 * @param activity the activity priced
 * @param gas the gas emitted
 * @param value the published value, finite and not negative
 * @param unit the published unit, such as kg/TJ
 * @param basis the calorific basis of an energy denominator, or null when not energy
 * @param region the region it applies to
 * @param sector the sector it is specific to, or null for every sector
 * @param validFrom first day of activity periods it applies to, or null (the table's)
 * @param validTo last day, or null (the table's)
 * @param source where it comes from
 * @param uncertainty the published uncertainty as text (such as "95% CI 54300-58300"), or ""
 * @param exactValue the value as an exact decimal, from the published figures it is derived from
 *     (for a table that publishes CO2e per gas, the published CO2e divided by the GWP it used); null
 *     for the shortest decimal that reads back as {@code value}, which is the published figure when
 *     the value was read from its decimal text. Calculations build their multipliers from it
 *     ({@code records[i].calculation}), so that a value is never the rounding of a rounding.
 * @param biogenicCo2 true for a factor of biogenic CO2 (reported apart, out of CO2e) whatever the
 *     activity: the "outside of scopes" CO2 of a fuel blended with biofuel, whose fossil CO2 is a
 *     factor of its own; false otherwise (the CO2 of an activity whose type is biogenic is
 *     biogenic anyway)
 * @param publishedGwp the GWP the table publishes for this factor's gas, or null (the GWP set's)
 */
public record EmissionFactor(ActivityId activity, Gas gas, double value, RateUnit unit, CalorificBasis basis,
        Region region, Sector sector, LocalDate validFrom, LocalDate validTo, FactorSource source, String uncertainty,
        BigDecimal exactValue, boolean biogenicCo2, PublishedGwp publishedGwp) {

    /**
     * Creates a factor of fossil gas without a GWP of its table's own.
     *
     * @param activity the activity priced
     * @param gas the gas emitted
     * @param value the published value
     * @param unit the published unit
     * @param basis the calorific basis, or null
     * @param region the region
     * @param sector the sector, or null
     * @param validFrom first day, or null
     * @param validTo last day, or null
     * @param source where it comes from
     * @param uncertainty the published uncertainty, or ""
     * @param exactValue the exact value, or null
     */
    public EmissionFactor(ActivityId activity, Gas gas, double value, RateUnit unit, CalorificBasis basis,
            Region region, Sector sector, LocalDate validFrom, LocalDate validTo, FactorSource source,
            String uncertainty, BigDecimal exactValue) {
        this(activity, gas, value, unit, basis, region, sector, validFrom, validTo, source, uncertainty, exactValue,
                false, null);
    }

    /**
     * Creates a factor whose exact value is the shortest decimal of {@code value}: for values read
     * from their published decimal text.
     */
    public EmissionFactor(ActivityId activity, Gas gas, double value, RateUnit unit, CalorificBasis basis,
            Region region, Sector sector, LocalDate validFrom, LocalDate validTo, FactorSource source,
            String uncertainty) {
        this(activity, gas, value, unit, basis, region, sector, validFrom, validTo, source, uncertainty, null);
    }

    // Validates the fields.
    public EmissionFactor {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(gas, "gas");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(uncertainty, "uncertainty");
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("factor value must be finite and not negative: " + value);
        }
        if (unit.mass().kind() != UnitKind.MASS) {
            throw new IllegalArgumentException("factor unit must be a mass per unit of activity: " + unit);
        }
        if (basis != null && unit.activity().kind() != UnitKind.ENERGY) {
            throw new IllegalArgumentException("a calorific basis applies only to factors per unit of energy: " + unit);
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("factor validity ends before it starts: " + validFrom + " to " + validTo);
        }
        if (biogenicCo2 && !gas.equals(Gas.CO2)) {
            throw new IllegalArgumentException("only a CO2 factor can be of biogenic CO2, not " + gas);
        }
        if (publishedGwp != null && biogenicCo2) {
            throw new IllegalArgumentException("biogenic CO2 has no GWP applied; a published GWP cannot go with it");
        }
        if (exactValue == null) {
            exactValue = new BigDecimal(NumberText.of(value));
        } else if (exactValue.doubleValue() != value) {
            throw new IllegalArgumentException("factor value " + value + " is not the double nearest to its exact"
                    + " value " + exactValue.toPlainString());
        }
    }

    /** @return the value in kg of gas per canonical unit of activity (per GJ, kg, m³ or Nm³) */
    public double kgPerCanonical() {
        return unit.toCanonical(value);
    }

    /** @return the kind of activity unit this factor is per */
    public UnitKind activityKind() {
        return unit.activity().kind();
    }
}
