package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.carbonledger.factor.FactorFlag;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.inventory.ActivityResult;
import org.junit.jupiter.api.Test;

/**
 * The edition policy on the default chain: a record is priced by its publisher's edition for its
 * year; after the newest edition by the newest, flagged {@code latest_edition}; before the oldest,
 * rejected naming the editions; never by IPCC's global defaults because of its date.
 *
 * <p>DESNZ's guidance (2025 condensed set, sheet Introduction, cell A38): "You should use the
 * factors that correlates with the activity data on which you are reporting (for example, factors
 * labelled as 2024 should be used for data from calendar year 2024)".
 */
class EditionsOverTimeTest {

    private static ActivityResult gas(String region, String period, String unit) {
        return Ledger.calculate(null, "fuel/natural_gas", 1000, unit, region, period, null, null);
    }

    @Test
    void gbNaturalGasIn2026_isPricedByDesnz2025_flagged_asIn2025() {
        ActivityResult in2026 = gas("GB", "2026-01", "GJ");
        ActivityResult in2025 = gas("GB", "2025-12", "GJ");
        assertEquals("desnz-2025", in2026.factor().table().id());
        assertEquals(Set.of(FactorFlag.LATEST_EDITION), in2026.priced().flags());
        assertEquals(Set.of(), in2025.priced().flags());
        assertEquals(in2025.co2eKg(), in2026.co2eKg(), 0.0, "the same factor as 2025: not IPCC's net-CV default");
    }

    @Test
    void gbNaturalGasIn2019_isRejected_namingTheEditions() {
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class, () -> gas("GB", "2019-06", "GJ"));
        assertEquals("period", e.column());
        assertTrue(e.getMessage().contains("before every edition of series desnz in the chain: desnz-2024 2024,"
                + " desnz-2025 2025"), e.getMessage());
    }

    @Test
    void gbNaturalGasIn2024_isPricedByDesnz2024_unflagged() {
        ActivityResult r = gas("GB", "2024-06", "GJ");
        assertEquals("desnz-2024", r.factor().table().id());
        assertEquals(Set.of(), r.priced().flags());
    }

    /**
     * The EPA Hub 2025 ('Emission Factors Hub'!F3: "Last Modified: January 15, 2025") is the edition
     * of inventories of reporting year 2024 and of 2025; 2026 is after it.
     */
    @Test
    void usNaturalGasIn2024_isPricedByTheEpaHub2025_andIn2026_flagged() {
        ActivityResult in2024 = gas("US", "2024-03", "mmBtu");
        assertEquals("epa-hub-2025", in2024.factor().table().id());
        assertEquals(Set.of(), in2024.priced().flags());
        // EPA Hub 2025 Table 1, natural gas: 53.06 kg CO2, 1 g CH4, 0.1 g N2O per mmBtu; AR5 28 and 265
        assertEquals(1000 * (53.06 + 0.001 * 28 + 0.0001 * 265), in2024.co2eKg(), 1e-9);
        ActivityResult in2026 = gas("US", "2026-03", "mmBtu");
        assertEquals("epa-hub-2025", in2026.factor().table().id());
        assertEquals(Set.of(FactorFlag.LATEST_EDITION), in2026.priced().flags());
    }

    /**
     * China's newest MEE/NBS data year is 2023 (national average 0.5306 kg CO2/kWh, MEE/NBS
     * announcement of the 2023 electricity CO2 emission factors): a 2025 record is priced by it, flagged.
     */
    @Test
    void chineseElectricityIn2025_isPricedByTheNewestMeeNbsDataYear_flagged() {
        ActivityResult r = Ledger.calculate(null, "electricity/grid", 1, "MWh", "CN", "2025-05", null, null);
        assertEquals("cn-mee-nbs", r.factor().table().id());
        assertEquals(530.6, r.co2eKg(), 1e-9);
        assertEquals(Set.of(FactorFlag.LATEST_EDITION), r.priced().flags());
        assertTrue(r.factor().why().contains("priced by the newest, cn-mee-nbs 2023"), r.factor().why());
    }
}
