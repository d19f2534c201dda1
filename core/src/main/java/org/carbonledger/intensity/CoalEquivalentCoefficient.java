package org.carbonledger.intensity;

import java.util.Objects;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.UnitParser;

/**
 * One conversion coefficient to standard coal equivalent: kilograms of coal equivalent (kgce) per
 * unit of an energy carrier, as published in a table such as GB/T 2589-2008 Appendix A. Published
 * values are rounded (GB/T 2589 rounds kcal/7000 to four decimals: electricity 860/7000 = 0.1229);
 * they are stored as published, never recomputed. Immutable and thread-safe.
 *
 * @param id the row id, such as {@code GBT2589-A16}
 * @param nameCn the carrier's name in the standard (Chinese)
 * @param nameEn an English name, such as "raw coal"
 * @param unit the unit the coefficient is per (kg, m3, kWh, MJ)
 * @param kgcePerUnit the published coefficient
 * @param document the standard and edition, such as "GB/T 2589-2008"
 * @param reference where in it, such as "Appendix A, raw coal"
 * @param sourceStatus how the value was obtained (transcription notes)
 */
public record CoalEquivalentCoefficient(String id, String nameCn, String nameEn, ActivityUnit unit, double kgcePerUnit,
        String document, String reference, String sourceStatus) {

    /** Validates the fields. */
    public CoalEquivalentCoefficient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        if (!(kgcePerUnit > 0) || Double.isInfinite(kgcePerUnit)) {
            throw new IllegalArgumentException("coefficient must be positive and finite: " + kgcePerUnit);
        }
    }

    /**
     * Converts an amount of the carrier to kgce: amount × (unit → coefficient unit) × coefficient.
     *
     * @param amount the amount
     * @param amountUnit its unit, of the same kind as the coefficient's (a mass for coal, a volume
     *     for gas, an energy for electricity and heat)
     * @return kgce
     * @throws IllegalArgumentException if the unit is of another kind
     */
    public double kgce(double amount, ActivityUnit amountUnit) {
        return amount * amountUnit.factorTo(unit) * kgcePerUnit;
    }

    /**
     * Converts an amount given with a unit symbol.
     *
     * @param amount the amount
     * @param unitSymbol a symbol {@link UnitParser#standard()} reads
     * @return kgce
     */
    public double kgce(double amount, String unitSymbol) {
        return kgce(amount, UnitParser.standard().parse(unitSymbol));
    }

    /** @return a line for traces: "GB/T 2589-2008 Appendix A, raw coal: 0.7143 kgce/kg" */
    public String citation() {
        return document + " " + reference + ": " + kgcePerUnit + " kgce/" + unit.symbol() + " (" + id + ")";
    }
}
