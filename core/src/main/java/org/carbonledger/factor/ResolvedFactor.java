package org.carbonledger.factor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.ghg.Gas;
import org.carbonledger.quantity.UnitKind;

/**
 * The outcome of resolving one {@link FactorQuery}: the table that won, the factor for each gas,
 * the conversions that bring the amount to the factors' unit, and why.
 *
 * <p>{@link #kgPerCanonical(int)} is what calculations multiply by: kg of gas {@code i} per
 * canonical unit of the amount's kind (per GJ, kg, m³ or Nm³), that is
 * {@code conversionFactor() × factors().get(i).kgPerCanonical()}. Immutable and thread-safe.
 */
public final class ResolvedFactor {
    private final FactorQuery query;
    private final TableInfo table;
    private final List<EmissionFactor> factors;
    private final List<Conversion> conversions;
    private final double conversionFactor;
    private final double[] kgPerCanonical;
    private final CalorificBasis basis;
    private final String basisNote;
    private final String why;
    private final List<String> passedOver;
    private final Set<FactorFlag> flags;
    private final String editionNote;

    ResolvedFactor(FactorQuery query, TableInfo table, List<EmissionFactor> factors, List<Conversion> conversions,
            CalorificBasis basis, String basisNote, String why, List<String> passedOver, Set<FactorFlag> flags,
            String editionNote) {
        this.query = Objects.requireNonNull(query);
        this.table = Objects.requireNonNull(table);
        this.factors = List.copyOf(factors);
        this.conversions = List.copyOf(conversions);
        double c = 1;
        for (Conversion conv : conversions) {
            c *= conv.canonicalFactor();
        }
        this.conversionFactor = c;
        this.kgPerCanonical = new double[factors.size()];
        for (int i = 0; i < factors.size(); i++) {
            kgPerCanonical[i] = c * factors.get(i).kgPerCanonical();
        }
        this.basis = basis;
        this.basisNote = Objects.requireNonNull(basisNote);
        this.why = Objects.requireNonNull(why);
        this.passedOver = List.copyOf(passedOver);
        this.flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        this.editionNote = Objects.requireNonNull(editionNote);
    }

    /** @return what was asked */
    public FactorQuery query() {
        return query;
    }

    /** @return the table that won */
    public TableInfo table() {
        return table;
    }

    /** @return one factor per gas, in gas order (CO2, CH4, N2O, then others) */
    public List<EmissionFactor> factors() {
        return factors;
    }

    /** @return the number of gases */
    public int gasCount() {
        return factors.size();
    }

    /**
     * Gets the gas of position {@code i}.
     *
     * @param i position in {@link #factors()}
     * @return the gas
     */
    public Gas gas(int i) {
        return factors.get(i).gas();
    }

    /**
     * Gets what one canonical unit of the amount emits of gas {@code i}.
     *
     * @param i position in {@link #factors()}
     * @return kg of gas per canonical unit of the amount's kind
     */
    public double kgPerCanonical(int i) {
        return kgPerCanonical[i];
    }

    /** @return conversions applied to the amount before the factors, in order; empty if none */
    public List<Conversion> conversions() {
        return conversions;
    }

    /** @return canonical units of the factors' kind per canonical unit of the amount's kind */
    public double conversionFactor() {
        return conversionFactor;
    }

    /** @return the kind of amount the factors are per */
    public UnitKind factorKind() {
        return factors.get(0).activityKind();
    }

    /** @return the calorific basis of the factors used, or null if not energy */
    public CalorificBasis basis() {
        return basis;
    }

    /** @return how the amount's basis was decided, or "" */
    public String basisNote() {
        return basisNote;
    }

    /** @return why this table and these rows won */
    public String why() {
        return why;
    }

    /** @return tables tried before the winner, each "id: why not" */
    public List<String> passedOver() {
        return passedOver;
    }

    /**
     * Gets what the resolution flags: {@link FactorFlag#LATEST_EDITION} when the query's period is
     * after every edition of the winning series and the newest answered ({@link #why()} says which
     * and why).
     *
     * @return the flags, in their declaration order; empty if none
     */
    public Set<FactorFlag> flags() {
        return flags;
    }

    /**
     * Says why the edition that answered is not the record's own when the resolution is flagged
     * {@link FactorFlag#LATEST_EDITION}, such as "period 2026-01 is after every edition of series desnz
     * in the chain (desnz-2024 2024, desnz-2025 2025): priced by the newest, desnz-2025 2025"; also part
     * of {@link #why()}.
     *
     * @return the note, or "" when not flagged
     */
    public String editionNote() {
        return editionNote;
    }
}
