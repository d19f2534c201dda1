package org.carbonledger.cbam;

import java.util.Objects;

/**
 * The specific embedded emissions of the goods of one production process, with the attributed
 * emissions they come from (Implementing Regulation (EU) 2025/2547, Annex III, points A.3 and B).
 *
 * <p>Immutable and thread-safe.
 *
 * @param process the process
 * @param attributedDirect AttrEm,dir (Equation 55), t CO2e
 * @param attributedIndirect AttrEm,indir (Equation 56), t CO2e
 * @param seeDirect SEE,dir (Equations 57, 59 to 63), t CO2e per functional unit
 * @param seeIndirect SEE,indir (Equations 58, 59 to 63), t CO2e per functional unit
 * @param seeTotal SEE,dir + SEE,indir
 * @param shareFromDefaults the share of SEE,dir that comes from default values of purchased
 *     precursors (0 to 1), as the communication template computes it
 * @param embeddedElectricity the electricity embedded per functional unit, MWh: the process's
 *     own consumption over AL plus that of its precursors (the template's "Embedded electricity")
 */
public record ProcessResult(ProductionProcess process, TracedValue attributedDirect, TracedValue attributedIndirect,
        TracedValue seeDirect, TracedValue seeIndirect, TracedValue seeTotal, TracedValue shareFromDefaults,
        TracedValue embeddedElectricity) {
    // Validates the fields.
    public ProcessResult {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(attributedDirect, "attributedDirect");
        Objects.requireNonNull(attributedIndirect, "attributedIndirect");
        Objects.requireNonNull(seeDirect, "seeDirect");
        Objects.requireNonNull(seeIndirect, "seeIndirect");
        Objects.requireNonNull(seeTotal, "seeTotal");
        Objects.requireNonNull(shareFromDefaults, "shareFromDefaults");
        Objects.requireNonNull(embeddedElectricity, "embeddedElectricity");
    }
}
