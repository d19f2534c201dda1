package org.carbonledger.cbam;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A precursor bought from another installation, with its own specific embedded emissions as its
 * producer communicated them or as a default value (Implementing Regulation (EU) 2025/2547, Annex
 * III, point B, SEEi), and the electricity embedded in it, whose indirect emissions are
 * SEEi,indir = electricity per tonne × emission factor.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name its name, unique among the installation's processes and purchased precursors
 * @param goods its aggregated goods category
 * @param country the country of production as stated (an ISO code in the template), or ""
 * @param seeDirect SEEi,dir, t CO2e per functional unit
 * @param directBasis how SEEi,dir was determined
 * @param electricity embedded electricity, MWh per functional unit
 * @param electricityBasis how the embedded electricity was determined
 * @param electricityFactor the emission factor of that electricity, t CO2/MWh
 * @param electricityFactorSource the source of that factor as stated, such as "D.4.1"
 */
public record PurchasedPrecursor(String name, AggregatedGoods goods, String country, TracedValue seeDirect,
        Basis directBasis, TracedValue electricity, Basis electricityBasis, TracedValue electricityFactor,
        String electricityFactorSource) {

    /** How a value of a purchased precursor was determined (the template's "Measured", "Default", "Unknown"). */
    public enum Basis {
        /** Determined by its producer from monitored data. */
        MEASURED,
        /** A default value. */
        DEFAULT,
        /** Not stated. */
        UNKNOWN
    }

    // Validates the fields.
    public PurchasedPrecursor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(seeDirect, "seeDirect");
        Objects.requireNonNull(directBasis, "directBasis");
        Objects.requireNonNull(electricity, "electricity");
        Objects.requireNonNull(electricityBasis, "electricityBasis");
        Objects.requireNonNull(electricityFactor, "electricityFactor");
        Objects.requireNonNull(electricityFactorSource, "electricityFactorSource");
    }

    /** @return SEEi,indir = embedded electricity × emission factor, t CO2e per functional unit */
    public TracedValue seeIndirect() {
        BigDecimal v = electricity.value().multiply(electricityFactor.value());
        return TracedValue.computed(v, "t CO2e/" + goods.unit(), "SEE,indir of " + name,
                "embedded electricity × EFel", "IR (EU) 2025/2547 Annex III, point B (SEEi); Annex II, point D",
                List.of(electricity, electricityFactor));
    }
}
