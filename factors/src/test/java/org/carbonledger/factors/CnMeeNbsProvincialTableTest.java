package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;
import org.carbonledger.factors.china.ChinaGridTable;
import org.junit.jupiter.api.Test;

/**
 * {@code cn-mee-nbs-provincial}, the opt-in table of MEE/NBS rows of low-medium transcription
 * confidence: Beijing 0.5688 (data year 2021) and 0.558 kg CO2/kWh (2022); North China regional
 * grid 0.7120 (2021), as read from the third-party file named in the data.
 */
class CnMeeNbsProvincialTableTest extends FactorTableContract {
    private static final List<String> CHAIN = List.of("cn-mee-nbs-provincial", "cn-mee-nbs");

    @Override
    protected FactorTable table() {
        return ChinaGridTable.meeNbsProvincial();
    }

    @Test
    void descriptionSaysOptInAndLowConfidence_andItIsNotInTheDefaultChain() {
        String d = table().info().description();
        assertTrue(d.contains("OPT-IN") && d.contains("LOW CONFIDENCE"), d);
        assertFalse(BuiltInTables.DEFAULT_CHAIN.contains("cn-mee-nbs-provincial"));
        for (var id : table().activities()) {
            table().factors(id).forEach(f -> assertTrue(f.source().confidence().startsWith("low"), f.toString()));
        }
    }

    @Test
    void chainedBeforeCnMeeNbs_provincesThenTheirGridsRows() {
        assertEquals(568.8, Ledger.calculate(CHAIN, "electricity/grid", 1, "MWh", "CN-BJ", "2021", null, null).co2eKg(),
                1e-9);
        assertEquals(558.0, Ledger.calculate(CHAIN, "electricity/grid", 1, "MWh", "CN-BJ", "2022", null, null).co2eKg(),
                1e-9);
        assertEquals(712.0, Ledger.calculate(CHAIN, "electricity/grid", 1, "MWh", "CN-GRID-NORTH", "2021", null, null)
                .co2eKg(), 1e-9);
        var y2023 = Ledger.calculate(CHAIN, "electricity/grid", 1, "MWh", "CN-BJ", "2023", null, null);
        // no provincial row for 2023 in either table: Beijing's grid, North China 2023 (0.6361)
        assertEquals(636.1, y2023.co2eKg(), 1e-9);
        assertEquals("cn-mee-nbs", y2023.factor().table().id());
    }
}
