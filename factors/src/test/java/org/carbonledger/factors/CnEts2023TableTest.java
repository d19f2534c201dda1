package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;
import org.carbonledger.factors.china.ChinaGridTable;
import org.carbonledger.ghg.Gas;
import org.junit.jupiter.api.Test;

/**
 * {@code cn-ets-2023} against the MEE notice on the power sector's 2023-2025 greenhouse gas
 * reports (February 2023): national grid average emission factor 0.5703 t CO2/MWh (2022 data),
 * for activity in 2023-2025.
 */
class CnEts2023TableTest extends FactorTableContract {
    private static final List<String> ETS = List.of("cn-ets-2023");

    @Override
    protected FactorTable table() {
        return ChinaGridTable.ets2023();
    }

    @Test
    void nationalGridAverage_0_5703() {
        assertEquals(0.5703, Ledger.factor(table(), "electricity/grid", Gas.CO2, "CN", "kWh", null).value(), 0);
        assertEquals(570.3, Ledger.calculate(ETS, "electricity/grid", 1, "MWh", "CN-BJ", "2024", null, null).co2eKg(),
                1e-9);
        assertEquals(1, table().factors(org.carbonledger.activity.ActivityId.of("electricity/grid")).size());
    }

    @Test
    void validOnlyFor2023To2025() {
        assertEquals(570.3, Ledger.calculate(ETS, "electricity/grid", 1, "MWh", "CN", "2025-12", null, null).co2eKg(),
                1e-9);
        assertThrows(FactorNotFoundException.class,
                () -> Ledger.calculate(ETS, "electricity/grid", 1, "MWh", "CN", "2022", null, null));
    }

    @Test
    void isNotInTheDefaultChain() {
        assertFalse(BuiltInTables.DEFAULT_CHAIN.contains("cn-ets-2023"));
    }
}
