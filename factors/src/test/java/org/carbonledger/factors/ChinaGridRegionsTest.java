package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonledger.activity.Region;
import org.carbonledger.factors.china.ChinaGridTable;
import org.carbonledger.inventory.ActivityResult;
import org.junit.jupiter.api.Test;

/**
 * Provinces take their regional grid's factor before the national one, as MEE/NBS divide the
 * country (announcement 2024 No. 12, attachment 2, Table 1; the 2022 factors' announcement 2024
 * No. 33 uses the same method).
 */
class ChinaGridRegionsTest {

    /**
     * Shandong has no provincial factor of medium confidence for 2022 in {@code cn-mee-nbs}: it takes
     * the North China grid's 0.6776 kg CO2/kWh (MEE/NBS 2022 factors, regional table), not the
     * national 0.5366.
     */
    @Test
    void shandongIn2022_isPricedAtTheNorthChinaGridFactor() {
        ActivityResult r = Ledger.calculate(null, "electricity/grid", 1, "MWh", "CN-SD", "2022", null, null);
        assertEquals(677.6, r.co2eKg(), 1e-9);
        assertEquals("CN-GRID-NORTH", r.factor().factors().get(0).region().id());
    }

    @Test
    void aProvinceWithItsOwnFactor_keepsIt_beforeItsGrid() {
        ActivityResult r = Ledger.calculate(null, "electricity/grid", 1, "MWh", "CN-BJ", "2023", null, null);
        assertEquals("cn-mee-nbs", r.factor().table().id());
        String region = r.factor().factors().get(0).region().id();
        assertTrue(region.equals("CN-BJ") || region.equals("CN-GRID-NORTH"), region);
        List<Region> lineage = ChinaGridTable.meeNbs().lineage(Region.parse("CN-BJ"));
        assertEquals(List.of("CN-BJ", "CN-GRID-NORTH", "CN", "GLOBAL"), lineage.stream().map(Region::id).toList());
    }

    /** Inner Mongolia is split between two grids by prefecture: no grid is guessed for it. */
    @Test
    void innerMongolia_hasNoGridInItsLineage() {
        assertEquals(List.of("CN-NM", "CN", "GLOBAL"),
                ChinaGridTable.meeNbs().lineage(Region.parse("CN-NM")).stream().map(Region::id).toList());
    }
}
