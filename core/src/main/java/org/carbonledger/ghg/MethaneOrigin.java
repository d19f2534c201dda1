package org.carbonledger.ghg;

/**
 * Where methane comes from, which decides its GWP under AR6 (docs/design.md §6, "GWP sets").
 *
 * <p>AR6 WG1 Table 7.15 gives fossil methane 29.8 and non-fossil methane 27.0: the fossil value
 * includes the CO2 that the methane later forms in the atmosphere. That applies to fugitive
 * fossil methane, whose carbon no CO2 factor counts. Methane from combustion, whose carbon the
 * CO2 factor already counts as fully oxidised, takes the non-fossil value to avoid counting that
 * carbon twice, as the GHG Protocol's table of AR6 values (2024) advises. AR4 and AR5 (without
 * climate-carbon feedback) use one value for every origin.
 */
public enum MethaneOrigin {
    /** Methane from combustion of any fuel (its carbon is in the CO2 factor): AR6 27.0. */
    COMBUSTION,
    /** Fugitive fossil methane (leaks, venting, coal mining): AR6 29.8. */
    FOSSIL_FUGITIVE,
    /** Biogenic methane (landfill, manure, wastewater): AR6 27.0. */
    BIOGENIC,
    /** Origin stated by the user as unknown: AR6 Table 7.SM.7 generic 27.9. */
    UNKNOWN
}
