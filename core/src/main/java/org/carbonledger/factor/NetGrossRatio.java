package org.carbonledger.factor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Region;
import org.carbonledger.internal.NumberText;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitKind;
import org.carbonledger.quantity.UnitParser;

/**
 * The net and gross calorific values of one fuel as a publisher gives them (such as DESNZ's "Fuel
 * properties", GJ per tonne): what converts an energy amount of that fuel from one calorific
 * basis to the other, when the amount's basis (stated, or carried by its unit: Btu and therm are
 * gross) differs from the only basis its factors are published on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param activity the fuel
 * @param netCalorificValue the net (lower) calorific value, positive
 * @param grossCalorificValue the gross (higher) calorific value, in the same unit, not below the net
 * @param unit their unit, energy per mass or per volume, such as GJ/t
 * @param source where both values come from (its reference names both cells)
 */
public record NetGrossRatio(ActivityId activity, double netCalorificValue, double grossCalorificValue, RateUnit unit,
        FactorSource source) {
    private static final RateUnit ENERGY_PER_ENERGY = UnitParser.standard().parseRatio("GJ/GJ");

    // Validates the fields.
    public NetGrossRatio {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (!(netCalorificValue > 0) || !(grossCalorificValue >= netCalorificValue) || Double.isInfinite(grossCalorificValue)) {
            throw new IllegalArgumentException("calorific values of " + activity + " must be positive and finite, the gross"
                    + " not below the net: net " + netCalorificValue + ", gross " + grossCalorificValue);
        }
        if (unit.mass().kind() != UnitKind.ENERGY) {
            throw new IllegalArgumentException("calorific values are energy per amount of fuel, not " + unit);
        }
    }

    /**
     * The conversion of an energy amount of this fuel from one basis to the other: GJ on the
     * target basis per GJ on the other, the quotient of the two published values (correctly
     * rounded to a double), named by both in its source.
     *
     * @param to the basis of the factors the amount is priced with
     * @return the conversion, a multiplier for amounts on the other basis
     */
    public Conversion toward(CalorificBasis to) {
        Objects.requireNonNull(to, "to");
        BigDecimal net = new BigDecimal(NumberText.of(netCalorificValue));
        BigDecimal gross = new BigDecimal(NumberText.of(grossCalorificValue));
        double value = (to == CalorificBasis.NET ? net.divide(gross, MathContext.DECIMAL128)
                : gross.divide(net, MathContext.DECIMAL128)).doubleValue();
        String what = to == CalorificBasis.NET ? "net CV " + NumberText.of(netCalorificValue) + " / gross CV "
                + NumberText.of(grossCalorificValue) : "gross CV " + NumberText.of(grossCalorificValue) + " / net CV "
                + NumberText.of(netCalorificValue);
        FactorSource s = new FactorSource(source.tableId(), source.edition(), source.document(),
                source.reference() + ": " + what + " " + unit.symbol() + ", from the " + (to == CalorificBasis.NET
                        ? "gross" : "net") + " to the " + to + " basis", source.sourceName(), source.confidence());
        return new Conversion(activity, value, ENERGY_PER_ENERGY, to, Region.GLOBAL, null, null, s);
    }
}
