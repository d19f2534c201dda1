package org.carbonledger.ghg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Blends' GWPs by composition (US EPA GHG Emission Factors Hub 2025, Table 12) and the CO2e
 * pseudo-gas, which no GWP set weighs.
 */
class RefrigerantBlendGwpTest {

    /**
     * Under AR5 the mass-weighted sums reproduce EPA's published Table 12 GWPs once rounded: R-404A
     * 3943 (0.44 × 3170 + 0.04 × 1300 + 0.52 × 4800 = 3942.8), R-407C 1624 (1624.21), R-410A 1924
     * (1923.5), R-507A 3985.
     */
    @Test
    void ar5SumsRoundToEpaTable12() {
        GwpSet ar5 = GwpSet.of("AR5");
        assertEquals(3942.8, ar5.gwp(Gas.parse("R-404A")).value(), 1e-9);
        assertEquals(3943, Math.round(ar5.gwp(Gas.parse("R-404A")).value()));
        assertEquals(1624, Math.round(ar5.gwp(Gas.parse("R-407C")).value()));
        assertEquals(1923.5, ar5.gwp(Gas.parse("R-410A")).value(), 0);
        assertEquals(3985, Math.round(ar5.gwp(Gas.parse("R-507A")).value()));
        assertTrue(ar5.gwp(Gas.parse("R-410A")).source().contains("Table 12 Blended Refrigerants, cell E575"));
    }

    /** AR4 (Table 2.14) R-404A: 0.44 × 3500 + 0.04 × 1430 + 0.52 × 4470 = 3921.6. */
    @Test
    void ar4() {
        assertEquals(3921.6, GwpSet.of("AR4").gwp(Gas.parse("R-404A")).value(), 1e-9);
    }

    @Test
    void spellingsOfRefrigerants() {
        assertEquals(Gas.parse("R-410A"), Gas.parse("r410a"));
        assertEquals(Gas.parse("HFC-32"), Gas.parse("R-32"));
        assertEquals(Gas.CO2, Gas.parse("R-744"));
    }

    @Test
    void co2eHasNoGwpOfItsOwn() {
        for (String set : GwpSet.ids()) {
            UnavailableGwpException e = assertThrows(UnavailableGwpException.class, () -> GwpSet.of(set).gwp(Gas.CO2E));
            assertTrue(e.getMessage().contains("already weighted"), e.getMessage());
        }
    }
}
