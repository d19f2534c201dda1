package org.carbonledger.factor;

import java.util.Objects;
import javax.measure.Unit;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Sector;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.CarbonUnits;
import org.carbonledger.quantity.UnitKind;

/**
 * What the resolver is asked: a factor for this activity, region, period and sector, able to
 * price an amount of this kind on this basis.
 *
 * <p>Immutable and thread-safe; a cache key.
 *
 * @param activity the activity
 * @param region the region ({@link Region#GLOBAL} if none)
 * @param period the period, or null (then rows of any validity match)
 * @param sector the sector
 * @param amountKind the kind of the amount's unit
 * @param basis the stated calorific basis of an energy amount, or null
 * @param unitBasis the basis the amount's unit carries by convention ({@link #conventionalBasis}),
 *     which applies when none is stated; or null
 */
public record FactorQuery(ActivityId activity, Region region, Period period, Sector sector, UnitKind amountKind,
        CalorificBasis basis, CalorificBasis unitBasis) {
    // Validates the fields.
    public FactorQuery {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(amountKind, "amountKind");
    }

    /**
     * Makes a query whose amount's unit carries no basis by convention.
     *
     * @param activity the activity
     * @param region the region ({@link Region#GLOBAL} if none)
     * @param period the period, or null
     * @param sector the sector
     * @param amountKind the kind of the amount's unit
     * @param basis the stated calorific basis of an energy amount, or null
     */
    public FactorQuery(ActivityId activity, Region region, Period period, Sector sector, UnitKind amountKind,
            CalorificBasis basis) {
        this(activity, region, period, sector, amountKind, basis, null);
    }

    /**
     * The calorific basis an energy unit carries by convention: gross (higher heating value) for
     * the Btu family and the therm, the units of US gas bills and of the US EPA's Emission Factors
     * Hub, whose Table 1 gives its per-mmBtu factors and heat contents on the HHV basis; none for
     * SI and other units (J, Wh, tce, toe), whose basis is then the factor's.
     *
     * @param unit the amount's unit
     * @return {@link CalorificBasis#GROSS} for Btu, mmBtu and therm; null otherwise
     */
    public static CalorificBasis conventionalBasis(ActivityUnit unit) {
        Unit<?> u = unit.unit();
        return u.equals(CarbonUnits.BTU) || u.equals(CarbonUnits.MMBTU) || u.equals(CarbonUnits.THERM)
                ? CalorificBasis.GROSS : null;
    }

    /**
     * Makes the query for an activity record.
     *
     * @param a the record
     * @param defaultSector the sector when the record states none
     * @return the query
     */
    public static FactorQuery of(Activity a, Sector defaultSector) {
        return new FactorQuery(a.activity(), a.region(), a.period(), a.sector() != null ? a.sector() : defaultSector,
                a.unit().kind(), a.basis(), a.basis() == null ? conventionalBasis(a.unit()) : null);
    }

    /**
     * Returns the same query for another period.
     *
     * @param other the period, or null
     * @return the query
     */
    public FactorQuery withPeriod(Period other) {
        return new FactorQuery(activity, region, other, sector, amountKind, basis, unitBasis);
    }

    @Override
    public String toString() {
        return activity + " in " + (region.isGlobal() ? "no region (global)" : region) + ", period "
                + (period == null ? "unstated" : period) + ", sector " + sector + ", amount of " + amountKind.description()
                + (basis == null ? "" : " on " + basis + " basis")
                + (basis == null && unitBasis != null ? " on " + unitBasis + " basis by its unit's convention" : "");
    }
}
