package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonledger.activity.ActivityId;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;
import org.carbonledger.factors.ipcc.Ipcc2006Vol3Table;
import org.junit.jupiter.api.Test;

/** {@code ipcc-2006-vol3} passes the table contract; every process id of the catalogue is priced by it. */
class Ipcc2006Vol3TableTest extends FactorTableContract {

    @Override
    protected FactorTable table() {
        return Ipcc2006Vol3Table.instance();
    }

    @Test
    void everyProcessActivityIsPricedHere_andOnlyThose() {
        long catalogued = Ledger.REGISTRY.activityTypes().stream().filter(t -> t.id().family().equals("process")).count();
        assertEquals(catalogued, table().activities().size());
        assertTrue(table().activities().stream().allMatch(a -> a.family().equals("process")));
        assertEquals(3, table().factors(ActivityId.of("process/aluminium_hss")).size(), "CO2, CF4 and C2F6");
    }
}
