package org.carbonledger.quantity;

import javax.measure.Unit;

/**
 * What an activity amount measures, with the canonical unit that calculations use for it.
 *
 * <p>Gas volumes at stated reference conditions ({@link #STANDARD_VOLUME}: Nm³, scf) are a kind
 * of their own, distinct from {@link #VOLUME}: a plain m³ of gas says nothing of its pressure and
 * temperature, so it never converts to Nm³.
 */
public enum UnitKind {
    /** Energy; canonical unit GJ. */
    ENERGY(CarbonUnits.GIGAJOULE, "GJ", "energy"),
    /** Mass; canonical unit kg. */
    MASS(CarbonUnits.KILOGRAM, "kg", "mass"),
    /** Volume without reference conditions; canonical unit m³. */
    VOLUME(CarbonUnits.CUBIC_METRE, "m3", "volume"),
    /**
     * Gas volume at reference conditions, an amount of gas; canonical unit Nm³ (0 °C, 101.325 kPa).
     */
    STANDARD_VOLUME(CarbonUnits.NORMAL_CUBIC_METRE, "Nm3", "gas volume at reference conditions");

    @SuppressWarnings("ImmutableEnumChecker") // Indriya's units are immutable values; the API has no annotation
    private final Unit<?> canonical;
    private final String canonicalSymbol;
    private final String description;

    UnitKind(Unit<?> canonical, String canonicalSymbol, String description) {
        this.canonical = canonical;
        this.canonicalSymbol = canonicalSymbol;
        this.description = description;
    }

    /** @return the symbol of the canonical unit, as {@link UnitParser} reads it, such as "GJ" */
    public String canonicalSymbol() {
        return canonicalSymbol;
    }

    /** @return the canonical unit of this kind */
    public Unit<?> canonicalUnit() {
        return canonical;
    }

    /** @return words for messages, such as "energy" */
    public String description() {
        return description;
    }

    /**
     * Finds the kind of a unit.
     *
     * @param unit any unit
     * @return the kind whose canonical unit is compatible with it, or null
     */
    static UnitKind of(Unit<?> unit) {
        for (UnitKind kind : values()) {
            if (unit.isCompatible(kind.canonical)) {
                return kind;
            }
        }
        return null;
    }
}
