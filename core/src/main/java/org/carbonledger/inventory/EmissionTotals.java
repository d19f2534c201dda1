package org.carbonledger.inventory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.ghg.Gas;

/**
 * Totals of a group of records, each rounded once from an exact sum.
 *
 * <p>Immutable and thread-safe.
 *
 * @param records how many records
 * @param co2eKg kg CO2e, biogenic CO2 excluded
 * @param gasesKg kg per gas (fossil CO2, CH4, N2O, others); always has CO2, CH4 and N2O
 * @param biogenicCo2Kg kg of biogenic CO2, reported apart
 */
public record EmissionTotals(long records, double co2eKg, Map<Gas, Double> gasesKg, double biogenicCo2Kg) {
    // Copies the map.
    public EmissionTotals {
        Objects.requireNonNull(gasesKg, "gasesKg");
        gasesKg = Collections.unmodifiableMap(new LinkedHashMap<>(gasesKg));
    }
}
