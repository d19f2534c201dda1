package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;
import org.carbonledger.factors.fugitive.ReleasedGasTable;
import org.junit.jupiter.api.Test;

/** {@code released-gases} passes the table contract: 1 kg of one gas per kg released, for every fugitive id. */
class ReleasedGasTableTest extends FactorTableContract {

    @Override
    protected FactorTable table() {
        return ReleasedGasTable.instance();
    }

    @Test
    void everyFugitiveActivityReleasesOneKgOfOneGasPerKg() {
        long catalogued = Ledger.REGISTRY.activityTypes().stream().filter(t -> t.id().family().equals("fugitive"))
                .count();
        assertEquals(catalogued, table().activities().size());
        for (var id : table().activities()) {
            assertEquals(1, table().factors(id).size(), id.id());
            EmissionFactor f = table().factors(id).get(0);
            assertEquals(1, f.value(), 0);
            assertEquals("kg/kg", f.unit().toString());
            assertTrue(f.region().isGlobal());
        }
    }
}
