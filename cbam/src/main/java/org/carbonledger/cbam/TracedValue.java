package org.carbonledger.cbam;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * A number of a CBAM calculation with where it comes from: an input (a template cell, a ledger
 * record, a published constant) or the equation that made it from other traced values, with the
 * article of the regulation that states the equation. An auditor can recompute every figure of a
 * result from its terms alone.
 *
 * <p>Arithmetic is exact {@link BigDecimal} arithmetic except division, which rounds to
 * {@link #MATH} (34 significant digits), far below the 1e-6 relative agreement the Commission's
 * workbooks are checked to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value
 * @param unit its unit, such as "t CO2e", "t", "TJ", "t CO2e/t" or "-" for a ratio
 * @param label what it is, such as "AttrEm,dir of EAF" or "DirEm*"
 * @param equation how it was computed from {@code terms}, such as "DirEm* + EmH,imp − EmH,exp", or
 *     "input" for a value read as given
 * @param reference the article, annex point and equation number that state it, or where a constant
 *     is published
 * @param source where an input was read (sheet and cell, file and row), or "" for a computed value
 * @param terms the traced values it was computed from, in the order of the equation; empty for an input
 */
public record TracedValue(BigDecimal value, String unit, String label, String equation, String reference,
        String source, List<TracedValue> terms) {

    /** The precision of every division: IEEE 754 decimal128, 34 digits, half-even. */
    public static final MathContext MATH = MathContext.DECIMAL128;

    // Validates the fields and copies the terms.
    public TracedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(equation, "equation");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(source, "source");
        terms = List.copyOf(terms);
    }

    /**
     * An input value, read as given.
     *
     * @param value the value
     * @param unit its unit
     * @param label what it is
     * @param source where it was read (sheet and cell, file and row)
     * @return the traced input
     */
    public static TracedValue input(BigDecimal value, String unit, String label, String source) {
        return new TracedValue(value, unit, label, "input", "", source, List.of());
    }

    /**
     * A published constant.
     *
     * @param value the value as published
     * @param unit its unit
     * @param label what it is
     * @param reference the document, annex point and table that publish it
     * @return the traced constant
     */
    public static TracedValue constant(String value, String unit, String label, String reference) {
        return new TracedValue(new BigDecimal(value), unit, label, "constant", reference, "", List.of());
    }

    /**
     * A computed value.
     *
     * @param value the value
     * @param unit its unit
     * @param label what it is
     * @param equation how it was computed from the terms
     * @param reference the article and equation that state it
     * @param terms the values it was computed from
     * @return the traced value
     */
    public static TracedValue computed(BigDecimal value, String unit, String label, String equation, String reference,
            List<TracedValue> terms) {
        return new TracedValue(value, unit, label, equation, reference, "", terms);
    }

    /**
     * This value with another source.
     *
     * @param where where it was read or where the template shows it
     * @return a copy with that source
     */
    public TracedValue withSource(String where) {
        return new TracedValue(value, unit, label, equation, reference, where, terms);
    }

    /** @return the value as a double (rounded once) */
    public double doubleValue() {
        return value.doubleValue();
    }

    /** @return true if this value is an input or a constant, not computed */
    public boolean isInput() {
        return terms.isEmpty();
    }
}
