package org.carbonledger.intensity;

import java.util.Objects;
import org.carbonledger.activity.Period;

/**
 * The emissions and final energy of one site, process and period, as an inventory groups them:
 * the numerators of intensity metrics. Immutable and thread-safe.
 *
 * @param site the site, or ""
 * @param process the process, or ""
 * @param period the period, or null when the activities had none
 * @param co2eKg kg CO2e (biogenic CO2 excluded)
 * @param finalEnergyGj final energy in GJ, or NaN when not known
 */
public record Footprint(String site, String process, Period period, double co2eKg, double finalEnergyGj) {
    /** Validates the fields. */
    public Footprint {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(process, "process");
    }
}
