package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.inventory.ActivityResult;
import org.junit.jupiter.api.Test;

/**
 * The default chain (docs/design.md §4; {@link BuiltInTables#DEFAULT_CHAIN}) routes each record to the
 * most specific publisher for its region and period, and a record without a region to IPCC.
 */
class DefaultChainRoutingTest {

    @Test
    void theChainIsDocumentedOrder() {
        FactorRegistry registry = FactorRegistry.discover();
        assertEquals(List.of("desnz-2025", "desnz-2024", "epa-hub-2025", "cn-mee-nbs", "ipcc-2006", "ipcc-2006-vol3",
                "released-gases"),
                BuiltInTables.defaultChain(registry).ids());
        for (String id : List.of("cn-ets-2023", "cn-mee-nbs-provincial")) {
            assertEquals(id, registry.table(id).info().id(), "opt-in tables are registered");
        }
    }

    @Test
    void aGbRow_resolvesToDesnz() {
        ActivityResult r = Ledger.calculate(null, "fuel/natural_gas", 1000, "kWh", "GB", "2025-03", null, null);
        assertEquals("desnz-2025", r.factor().table().id());
        assertTrue(String.join("\n", r.trace()).contains("desnz-2025"));
    }

    @Test
    void aUsCamxElectricityRow_resolvesToEgrid() {
        ActivityResult r = Ledger.calculate(null, "electricity/grid", 10, "MWh", "US-CAMX", "2025", null, null);
        assertEquals("epa-hub-2025", r.factor().table().id());
        assertEquals("US-CAMX", r.factor().factors().get(0).region().id());
        assertTrue(r.factor().passedOver().stream().anyMatch(p -> p.startsWith("desnz-2025")), r.factor().passedOver()
                .toString());
    }

    @Test
    void aRowWithoutRegion_resolvesToIpcc() {
        ActivityResult r = Ledger.calculate(null, "fuel/natural_gas", 1000, "GJ", null, "2025", null, null);
        assertEquals("ipcc-2006", r.factor().table().id());
    }

    @Test
    void aGbFuelDesnzDoesNotPublish_fallsThroughToIpcc() {
        ActivityResult r = Ledger.calculate(null, "fuel/anthracite", 10, "t", "GB", "2025", null, null);
        assertEquals("ipcc-2006", r.factor().table().id());
    }

    @Test
    void aChineseRow_resolvesToTheStatisticalSeries() {
        ActivityResult r = Ledger.calculate(null, "electricity/grid", 1, "MWh", "CN-SD", "2023", null, null);
        assertEquals("cn-mee-nbs", r.factor().table().id());
        // Shandong is in the North China grid (MEE/NBS 2023 regional factor 0.6361), not the national 0.5306
        assertEquals(636.1, r.co2eKg(), 1e-9);
    }
}
