package org.carbonledger.batch;

import java.util.Objects;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Scope;
import org.carbonledger.activity.Sector;
import org.carbonledger.quantity.ActivityUnit;

/**
 * A source of readings that share one factor and one group: a gas meter of a boiler house, an
 * electricity meter of a line, over a period of any length (a year, a month, a shift:
 * {@link Period#parse}). What the batch path prices once, before its readings arrive as plain
 * amounts ({@link BatchCalculator#price(Meter)}, {@link BatchInventory#addColumn}).
 *
 * <pre>{@code
 * Meter boilers = Meter.of(ActivityId.of("fuel/natural_gas"), units.parse("kWh"))
 *         .withSite("Leeds").withProcess("boilers").withRegion(Region.parse("GB"))
 *         .withPeriod(Period.parse("2025-03-04T06:00/2025-03-04T14:00"));
 * int factor = inventory.factor(batch.price(boilers));
 * int group = inventory.group(batch.key(boilers));
 * inventory.addColumn(factor, group, readings, 0, readings.length);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param activity the activity id
 * @param unit the unit of the readings
 * @param site the site, or ""
 * @param process the process, or ""
 * @param period the period, or null
 * @param region the region ({@link Region#GLOBAL} for none)
 * @param sector the sector, or null for the settings' default
 * @param basis the calorific basis of the readings, or null: then gross for Btu, mmBtu and therm
 *     (their convention), else the factor's
 * @param scope the scope, or null for the activity's usual one
 */
public record Meter(ActivityId activity, ActivityUnit unit, String site, String process, Period period, Region region,
        Sector sector, CalorificBasis basis, Scope scope) {

    // Validates the fields.
    public Meter {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(region, "region");
    }

    /**
     * Makes a meter of no site, process, period or region.
     *
     * @param activity the activity id
     * @param unit the unit of the readings
     * @return the meter
     */
    public static Meter of(ActivityId activity, ActivityUnit unit) {
        return new Meter(activity, unit, "", "", null, Region.GLOBAL, null, null, null);
    }

    /** @return a copy at a site */
    public Meter withSite(String value) {
        return new Meter(activity, unit, value, process, period, region, sector, basis, scope);
    }

    /** @return a copy for a process */
    public Meter withProcess(String value) {
        return new Meter(activity, unit, site, value, period, region, sector, basis, scope);
    }

    /** @return a copy for a period */
    public Meter withPeriod(Period value) {
        return new Meter(activity, unit, site, process, value, region, sector, basis, scope);
    }

    /** @return a copy in a region */
    public Meter withRegion(Region value) {
        return new Meter(activity, unit, site, process, period, value, sector, basis, scope);
    }

    /** @return a copy in a sector */
    public Meter withSector(Sector value) {
        return new Meter(activity, unit, site, process, period, region, value, basis, scope);
    }

    /** @return a copy whose readings are on a calorific basis */
    public Meter withBasis(CalorificBasis value) {
        return new Meter(activity, unit, site, process, period, region, sector, value, scope);
    }

    /** @return a copy reported in a scope */
    public Meter withScope(Scope value) {
        return new Meter(activity, unit, site, process, period, region, sector, basis, value);
    }

    /** @return an activity record of this meter with a reading of the given amount */
    Activity reading(double amount) {
        return Activity.builder(activity, amount, unit).site(site).process(process).period(period).region(region)
                .sector(sector).basis(basis).scope(scope).build();
    }
}
