package org.carbonledger.inventory;

import java.util.Objects;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.FactorChain;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.ghg.GwpSet;

/**
 * Everything a calculation depends on besides its input: no global state.
 *
 * <p>Immutable and thread-safe.
 *
 * @param registry the activity types and tables known
 * @param chain the factor tables to apply, first tried first
 * @param gwp the GWP set for CO2e
 * @param defaultSector the combustion sector of records that state none (documented default:
 *     {@link Sector#MANUFACTURING})
 */
public record CalculationSettings(FactorRegistry registry, FactorChain chain, GwpSet gwp, Sector defaultSector) {
    // Validates the fields.
    public CalculationSettings {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(gwp, "gwp");
        Objects.requireNonNull(defaultSector, "defaultSector");
    }

    /**
     * Makes settings with the documented defaults: AR5 and sector manufacturing.
     *
     * @param registry the activity types and tables known
     * @param chain the factor tables to apply
     * @return the settings
     */
    public static CalculationSettings of(FactorRegistry registry, FactorChain chain) {
        return new CalculationSettings(registry, chain, GwpSet.ar5(), Sector.MANUFACTURING);
    }

    /**
     * Returns a copy with another GWP set.
     *
     * @param set the GWP set
     * @return the new settings
     */
    public CalculationSettings withGwp(GwpSet set) {
        return new CalculationSettings(registry, chain, set, defaultSector);
    }
}
