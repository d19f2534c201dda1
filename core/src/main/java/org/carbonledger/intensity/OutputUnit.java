package org.carbonledger.intensity;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.UnitParser;

/**
 * The unit of a production output, with the factor to the unit intensities are reported in.
 *
 * <p>Mass units ({@code kg}, {@code t}, {@code lb} ...) count in tonnes ({@code t}); volumes in
 * {@code m3}; energy outputs (a power plant's electricity) in {@code GJ}; gas at reference
 * conditions in {@code Nm3}; area {@code m2} (also {@code m²}); pieces {@code piece} (also
 * {@code pieces}, {@code pcs}, {@code pc}, {@code unit}, {@code units}). Any other symbol is a
 * count of its own kind, kept as written (case-sensitive), and adds only to itself; but a symbol
 * that could mean more than one unit ({@code MG}, {@code gal}, {@code ton}) is refused, never
 * counted. Immutable and thread-safe.
 *
 * @param symbol the symbol as given
 * @param reportUnit the unit the amount is counted in, such as "t"
 * @param factor amount in {@code reportUnit} per 1 of this unit (for kg: 0.001)
 */
public record OutputUnit(String symbol, String reportUnit, double factor) {
    private static final Map<String, String> COUNTS = Map.of("piece", "piece", "pieces", "piece", "pcs", "piece",
            "pc", "piece", "unit", "piece", "units", "piece", "m2", "m2", "m²", "m2", "m^2", "m2");

    /** Validates the fields. */
    public OutputUnit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(reportUnit, "reportUnit");
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be positive and finite: " + factor);
        }
    }

    /**
     * Reads an output unit.
     *
     * @param text the symbol
     * @return the unit
     * @throws IllegalArgumentException if blank, or if a symbol could mean more than one unit
     *     ({@link org.carbonledger.quantity.AmbiguousUnitException}: {@code MG} is Mg or mg)
     */
    public static OutputUnit parse(String text) {
        String s = Objects.requireNonNull(text, "text").strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("unit is blank; give the unit of output such as t, kg, m3, m2, piece");
        }
        String count = COUNTS.get(s.toLowerCase(Locale.ROOT));
        if (count != null) {
            return new OutputUnit(s, count, 1.0);
        }
        var found = UnitParser.standard().find(s);
        if (found.isPresent()) {
            ActivityUnit u = found.get();
            String report = switch (u.kind()) {
                case MASS -> "t";
                case VOLUME -> "m3";
                case ENERGY -> "GJ";
                case STANDARD_VOLUME -> "Nm3";
            };
            return new OutputUnit(u.symbol(), report, u.factorTo(UnitParser.standard().parse(report)));
        }
        return new OutputUnit(s, s, 1.0);
    }

    /** @return true if this unit's amounts can be added to {@code other}'s */
    public boolean addsTo(OutputUnit other) {
        return reportUnit.equals(other.reportUnit);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
