package org.carbonledger.ghg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * GWP-100 values as docs/design.md §6 defines the sets: AR4 WG1 Table 2.14, AR5 WG1 Table 8.A.1 without
 * climate-carbon feedback (CH4 28 for every origin), AR6 WG1 Table 7.SM.7 with methane from Table
 * 7.15 (fossil 29.8, non-fossil 27.0) and the generic 27.9 for unknown origin.
 */
class GwpSetTest {

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource({
        "AR4, CH4, COMBUSTION, 25", "AR4, CH4, FOSSIL_FUGITIVE, 25", "AR4, N2O, COMBUSTION, 298",
        "AR4, SF6, COMBUSTION, 22800", "AR4, HFC-134a, COMBUSTION, 1430",
        "AR5, CH4, COMBUSTION, 28", "AR5, CH4, FOSSIL_FUGITIVE, 28", "AR5, CH4, BIOGENIC, 28", "AR5, N2O, COMBUSTION, 265",
        "AR5, SF6, COMBUSTION, 23500", "AR5, HFC-134a, COMBUSTION, 1300", "AR5, CF4, COMBUSTION, 6630",
        "AR6, CH4, COMBUSTION, 27.0", "AR6, CH4, BIOGENIC, 27.0", "AR6, CH4, FOSSIL_FUGITIVE, 29.8",
        "AR6, CH4, UNKNOWN, 27.9", "AR6, N2O, COMBUSTION, 273", "AR6, HFC-134a, COMBUSTION, 1530",
        "AR4, CO2, COMBUSTION, 1", "AR6, CO2, COMBUSTION, 1"})
    void gwp_matchesTheIpccTables(String set, String gas, MethaneOrigin origin, double expected) {
        assertEquals(expected, GwpSet.of(set).gwp(Gas.parse(gas), origin).value());
    }

    @Test
    void ar6Methane_notesWhyTheValueApplies() {
        GwpValue v = GwpSet.of("AR6").gwp(Gas.CH4, MethaneOrigin.COMBUSTION);
        assertTrue(v.note().contains("combustion"), v.note());
        assertTrue(v.source().contains("Table 7.15"), v.source());
    }

    @Test
    void ar6Sf6_isNotShippedBecauseItsSourceIsInConflict() {
        UnavailableGwpException e = assertThrows(UnavailableGwpException.class, () -> GwpSet.of("AR6").gwp(new Gas("SF6")));
        assertTrue(e.getMessage().contains("CONFLICT"), e.getMessage());
    }

    @Test
    void of_unknownSet_namesTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GwpSet.of("AR7"));
        assertTrue(e.getMessage().contains("AR4, AR5, AR6"), e.getMessage());
        assertEquals("AR5", GwpSet.of("ar5").id());
    }

    @Test
    void gas_parse_acceptsPfcNamesAndRefusesUnknown() {
        assertEquals("CF4", Gas.parse("PFC-14").id());
        assertEquals("CF4", Gas.parse("CF4 (PFC-14)").id());
        assertThrows(IllegalArgumentException.class, () -> Gas.parse("H2O"));
    }
}
