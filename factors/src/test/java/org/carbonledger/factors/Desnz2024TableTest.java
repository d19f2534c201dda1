package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;
import org.carbonledger.factors.desnz.DesnzTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.junit.jupiter.api.Test;

/**
 * {@code desnz-2024} against the published values of UK Government GHG Conversion Factors for
 * Company Reporting 2024, flat file v1.1 (ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx),
 * sheet 'Factors by Category': UK electricity generated, ID 7_400_4000_5_1-4 (0.20705 kg CO2e/kWh:
 * CO2 0.20493, CH4 0.0009, N2O 0.00122 kg CO2e); natural gas per kWh gross CV, ID 1_100_1004_6_1-4
 * (0.1829: CO2 0.18253). AR5 GWPs, as the workbook states.
 */
class Desnz2024TableTest extends FactorTableContract {

    @Override
    protected FactorTable table() {
        return DesnzTable.edition2024();
    }

    @Test
    void ukElectricityGenerated2024() {
        assertEquals(0.20493, Ledger.factor(table(), "electricity/grid", Gas.CO2, "GB", "kWh", null).value(), 0);
        ActivityResult r = Ledger.calculate(List.of("desnz-2024"), "electricity/grid", 1000, "kWh", "GB", "2024-06",
                null, null);
        assertEquals(204.93 + 0.9 + 1.22, r.co2eKg(), 1e-9); // published 207.05
        assertEquals(207.05, r.co2eKg(), 0.02);
        assertEquals(0.0009 / 28, r.gasesKg().get(Gas.CH4) / 1000, 1e-15);
    }

    @Test
    void naturalGasGross2024() {
        ActivityResult r = Ledger.calculate(List.of("desnz-2024"), "fuel/natural_gas", 1000, "kWh", "GB", "2024", null,
                null);
        assertEquals(182.53, r.gasesKg().get(Gas.CO2), 1e-9);
        assertEquals(182.90, r.co2eKg(), 1e-9);
    }

    @Test
    void theDefaultChainPicksTheEditionOfThePeriod() {
        assertEquals("desnz-2024", Ledger.calculate(null, "electricity/grid", 1, "kWh", "GB", "2024", null, null)
                .factor().table().id());
        assertEquals("desnz-2025", Ledger.calculate(null, "electricity/grid", 1, "kWh", "GB", "2025", null, null)
                .factor().table().id());
    }

    @Test
    void everyGroupRecombinesToThePublishedTotal() {
        Desnz2025TableTest.assertRecombines("2024", DesnzTable.edition2024());
    }

    /**
     * References name the flat file's factor ID (column A of sheet 'Factors by Category') and the
     * value's cell: natural gas, kWh (Gross CV), kg CO2e of CO2 per unit 0.18253 is ID
     * 1_100_1004_6_2, row 84; UK electricity generated CO2 0.20493 is ID 7_400_4000_5_2, row 3067.
     */
    @Test
    void referencesNameTheFlatFileId() {
        String gas = Ledger.factor(table(), "fuel/natural_gas", Gas.CO2, "GB", "kWh",
                org.carbonledger.activity.CalorificBasis.GROSS).source().reference();
        assertTrue(gas.startsWith("flat file ID 1_100_1004_6_2 ('Factors by Category'!J84): Fuels, Gaseous fuels /"
                + " Natural gas, 'kg CO2e of CO2 per unit (kWh (Gross CV))' = 0.18253"), gas);
        assertTrue(gas.matches(".* \\(bundled data row \\d+\\)"), gas);
        String power = Ledger.factor(table(), "electricity/grid", Gas.CO2, "GB", "kWh", null).source().reference();
        assertTrue(power.startsWith("flat file ID 7_400_4000_5_2 ('Factors by Category'!J3067): "), power);
    }
}
