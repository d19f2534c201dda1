package org.carbonledger.inventory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.ResolvedFactor;

/**
 * A factor that a run applied, as results list it: its table and why it won, the published values
 * with their references, and its trace. Plain data, so that partial results holding it can be
 * shipped between machines.
 *
 * <p>Immutable and thread-safe; serializable; equal when the content is.
 *
 * @param table the table id
 * @param edition the table's edition
 * @param document the source document
 * @param activity the activity id
 * @param sector the sector asked for
 * @param basis the calorific basis of the factors used ("net", "gross"), or null
 * @param why why this table and these rows won
 * @param passedOver tables tried before it, each "id: why not"
 * @param conversions the conversions applied, in order
 * @param gases the factor's values, one per gas as published
 * @param trace the factor's part of every record's trace
 * @param flags what an auditor must know ({@link org.carbonledger.factor.FactorFlag} codes, such as
 *     "latest_edition"), in that enum's order; empty if none
 * @param gasesNotCovered the gases of a fuel burnt the factor has no value for ("CH4", "N2O"),
 *     when flagged "gases_not_covered"; empty otherwise
 * @param flagNotes why each flag is set, by flag code, in the order of {@code flags}: for
 *     "latest_edition" the editions and the one that answered, for "gases_not_covered" the gases
 */
public record FactorUse(String table, String edition, String document, String activity, String sector, String basis,
        String why, List<String> passedOver, List<Value> conversions, List<Value> gases, List<String> trace,
        List<String> flags, List<String> gasesNotCovered, Map<String, String> flagNotes) implements Serializable {

    // Copies the lists.
    public FactorUse {
        Objects.requireNonNull(table, "table");
        passedOver = List.copyOf(passedOver);
        conversions = List.copyOf(conversions);
        gases = List.copyOf(gases);
        trace = List.copyOf(trace);
        flags = List.copyOf(flags);
        gasesNotCovered = List.copyOf(gasesNotCovered);
        flagNotes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flagNotes));
    }

    /** @return true if any flag is set */
    public boolean flagged() {
        return !flags.isEmpty();
    }

    /**
     * A published value.
     *
     * @param gas the gas, or null for a conversion
     * @param value the value
     * @param unit its unit as published
     * @param basis the calorific basis, or null
     * @param region the region it applies to ("global" for IPCC defaults), or null for a conversion
     * @param sector the sector it is specific to ("any"), or null for a conversion
     * @param reference its place in the source
     * @param sourceName the source's own name for the activity
     * @param confidence the transcription confidence, or ""
     */
    public record Value(String gas, double value, String unit, String basis, String region, String sector,
            String reference, String sourceName, String confidence) implements Serializable {
    }

    /**
     * Describes a priced factor.
     *
     * @param p the factor
     * @return its description
     */
    static FactorUse of(PricedFactor p) {
        ResolvedFactor f = p.factor();
        List<Value> conversions = new ArrayList<>();
        for (Conversion c : f.conversions()) {
            conversions.add(new Value(null, c.value(), c.unit().symbol(), c.basis() == null ? null : c.basis().code(),
                    null, null, c.source().reference(), c.source().sourceName(), c.source().confidence()));
        }
        List<Value> gases = new ArrayList<>();
        for (EmissionFactor e : f.factors()) {
            gases.add(new Value(e.gas().id(), e.value(), e.unit().symbol(), null,
                    e.region().isGlobal() ? "global" : e.region().id(), e.sector() == null ? "any" : e.sector().code(),
                    e.source().reference(), e.source().sourceName(), e.source().confidence()));
        }
        return new FactorUse(f.table().id(), f.table().edition(), f.table().document(), f.query().activity().id(),
                f.query().sector().code(), f.basis() == null ? null : f.basis().code(), f.why(), f.passedOver(),
                conversions, gases, p.trace(), p.flags().stream().map(org.carbonledger.factor.FactorFlag::code).toList(),
                p.gasesNotCovered(), notes(p));
    }

    private static Map<String, String> notes(PricedFactor p) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (org.carbonledger.factor.FactorFlag flag : p.flags()) {
            out.put(flag.code(), switch (flag) {
                case LATEST_EDITION -> p.factor().editionNote();
                case GASES_NOT_COVERED -> "table " + p.factor().table().id() + " gives no "
                        + String.join(" or ", p.gasesNotCovered()) + " for " + p.factor().query().activity()
                        + ", a fuel burnt: counted as nothing";
            });
        }
        return out;
    }
}
