package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;
import org.carbonledger.factors.epa.EpaHub2025Table;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.junit.jupiter.api.Test;

/**
 * {@code epa-hub-2025} against the published values of the US EPA GHG Emission Factors Hub 2025
 * (last modified January 15, 2025): Table 1 natural gas 53.06 kg CO2, 1 g CH4 and 0.1 g N2O per
 * mmBtu (HHV) and 0.05444 kg CO2 per scf; anthracite 2602 kg CO2 per short ton; Table 2 diesel
 * fuel 10.21 kg CO2 per gallon with Table 5 industrial/commercial diesel equipment 0.43 g CH4 and
 * 0.62 g N2O per gallon; Table 6 eGRID2023 CAMX total output 436.655 lb CO2, 0.025 lb CH4, 0.003
 * lb N2O per MWh, non-baseload 1033.985 lb CO2/MWh, US average 771.523 lb CO2/MWh; Table 7 steam
 * and heat 66.33 kg CO2 per mmBtu.
 */
class EpaHub2025TableTest extends FactorTableContract {
    private static final List<String> EPA = List.of("epa-hub-2025");
    private static final double LB = 0.45359237;

    @Override
    protected FactorTable table() {
        return EpaHub2025Table.instance();
    }

    @Test
    void naturalGasPerMmbtu_isOnGrossHeatingValue() {
        assertEquals(53.06, Ledger.factor(table(), "fuel/natural_gas", Gas.CO2, "US", "mmBtu", CalorificBasis.GROSS)
                .value(), 0);
        ActivityResult r = Ledger.calculate(EPA, "fuel/natural_gas", 1000, "mmBtu", "US", "2025", null, null);
        assertEquals(53060, r.gasesKg().get(Gas.CO2), 1e-9);
        assertEquals(1.0, r.gasesKg().get(Gas.CH4), 1e-12);
        assertEquals(0.1, r.gasesKg().get(Gas.N2O), 1e-12);
        // stated as net, it is converted to EPA's gross basis by DESNZ 2025 'Fuel properties'!E31 / D31
        // (natural gas, gross CV 50.678 and net CV 45.745 GJ/tonne) when desnz-2025 is in the chain, and the
        // trace names both cells; without it, EPA's factors are passed over, saying why
        FactorNotFoundException outside = assertThrows(FactorNotFoundException.class,
                () -> Ledger.calculate(EPA, "fuel/natural_gas", 1000, "mmBtu", "US", "2025", null, CalorificBasis.NET));
        assertTrue(outside.getMessage().contains("desnz-2025's, which is not in the chain"), outside.getMessage());
        ActivityResult net = Ledger.calculate(List.of("epa-hub-2025", "desnz-2025"), "fuel/natural_gas", 1000, "mmBtu",
                "US", "2025", null, CalorificBasis.NET);
        assertEquals(53060 * (50.678 / 45.745), net.gasesKg().get(Gas.CO2), 1e-9);
        assertTrue(String.join("\n", net.trace()).contains("'Fuel properties'!D31 and 'Fuel properties'!E31"), () -> String.join("\n", net.trace()));
        // a fuel whose two calorific values no table publishes is not converted: not priced
        assertThrows(FactorNotFoundException.class,
                () -> Ledger.calculate(EPA, "fuel/anthracite", 1000, "mmBtu", "US", "2025", null, CalorificBasis.NET));
    }

    @Test
    void physicalUnits_asPublished() {
        assertEquals(54440, Ledger.calculate(EPA, "fuel/natural_gas", 1e6, "scf", "US", "2025", null, null)
                .gasesKg().get(Gas.CO2), 1e-6);
        assertEquals(26020, Ledger.calculate(EPA, "fuel/anthracite", 10, "short ton", "US", "2025", null, null)
                .gasesKg().get(Gas.CO2), 1e-9);
        // 1 m3 = 264.172... US gallons; distillate No. 2 is fuel/gas_diesel_oil at 10.21 kg CO2/gallon
        assertEquals(10.21 / 0.003785411784, Ledger.calculate(EPA, "fuel/gas_diesel_oil", 1, "m3", "US", "2025", null,
                null).gasesKg().get(Gas.CO2), 1e-9);
    }

    @Test
    void nonRoadMobile_combinesTable2Co2WithTable5Ch4AndN2o() {
        ActivityResult r = Ledger.calculate(EPA, "mobile/non_road/industrial_commercial/diesel", 100, "US gallon", "US",
                "2025", null, null);
        assertEquals(1021, r.gasesKg().get(Gas.CO2), 1e-9);
        assertEquals(0.043, r.gasesKg().get(Gas.CH4), 1e-12);
        assertEquals(0.062, r.gasesKg().get(Gas.N2O), 1e-12);
        String trace = String.join("\n", r.trace());
        assertTrue(trace.contains("Table 2") && trace.contains("Table 5"), trace);
        assertFalse(table().activities().contains(ActivityId.of("mobile/motor_gasoline")), "on-road is not shipped");
    }

    @Test
    void egridSubregion_totalOutputPerGas_andTheDataYearInTheTrace() {
        ActivityResult r = Ledger.calculate(EPA, "electricity/grid", 1000, "MWh", "US-CAMX", "2025", null, null);
        assertEquals(436655 * LB, r.gasesKg().get(Gas.CO2), 1e-6);
        assertEquals(25 * LB, r.gasesKg().get(Gas.CH4), 1e-9);
        assertEquals(3 * LB, r.gasesKg().get(Gas.N2O), 1e-9);
        String trace = String.join("\n", r.trace());
        assertTrue(trace.contains("eGRID2023") && trace.contains("data year 2023"), trace);
        assertEquals(771523 * LB, Ledger.calculate(EPA, "electricity/grid", 1000, "MWh", "US", "2025", null, null)
                .gasesKg().get(Gas.CO2), 1e-6);
    }

    @Test
    void nonBaseload_isKeptApart() {
        assertEquals(1033.985, Ledger.factor(table(), "electricity/grid_non_baseload", Gas.CO2, "US-CAMX", "MWh", null)
                .value(), 0);
        assertEquals(436.655, Ledger.factor(table(), "electricity/grid", Gas.CO2, "US-CAMX", "MWh", null).value(), 0);
        assertFalse(table().activities().contains(ActivityId.of("electricity/residual_mix")));
    }

    @Test
    void purchasedSteam() {
        ActivityResult r = Ledger.calculate(EPA, "steam/purchased", 100, "mmBtu", "US", "2025", null, null);
        assertEquals(6633, r.gasesKg().get(Gas.CO2), 1e-9);
        assertEquals(0.125, r.gasesKg().get(Gas.CH4), 1e-12);
    }

    @Test
    void heatContents_shipAsGrossConversions() {
        var c = table().conversions(ActivityId.of("fuel/natural_gas"));
        assertEquals(1, c.size());
        assertEquals(0.001026, c.get(0).value(), 0);
        assertEquals(CalorificBasis.GROSS, c.get(0).basis());
        assertTrue(EpaHub2025Table.instance().withheld().isEmpty());
    }

    /**
     * References name the Hub's table and the value's cell in sheet 'Emission Factors Hub': Table 1,
     * natural gas 53.06 kg CO2 per mmBtu in E38 and its heat content 0.001026 mmBtu per scf in D38;
     * Table 6 CAMX total output 436.655 lb CO2/MWh in E342, non-baseload 1033.985 in H342; Table 7
     * steam and heat 66.33 kg CO2 per mmBtu in D410.
     */
    @Test
    void referencesNameTheTableAndCell() {
        String gas = Ledger.factor(table(), "fuel/natural_gas", Gas.CO2, "US", "mmBtu", CalorificBasis.GROSS).source()
                .reference();
        assertTrue(gas.startsWith("Table 1 Stationary Combustion, 'Emission Factors Hub'!E38: Natural Gas, CO2 53.06 kg"
                + " CO2 per mmBtu (HHV)"), gas);
        assertTrue(gas.matches(".* \\(bundled data row \\d+\\)"), gas);
        String heat = table().conversions(ActivityId.of("fuel/natural_gas")).get(0).source().reference();
        assertTrue(heat.startsWith("Table 1 Stationary Combustion, 'Emission Factors Hub'!D38: "), heat);
        assertTrue(Ledger.factor(table(), "electricity/grid", Gas.CO2, "US-CAMX", "MWh", null).source().reference()
                .startsWith("Table 6 Electricity, 'Emission Factors Hub'!E342: electricity total output"));
        assertTrue(Ledger.factor(table(), "electricity/grid_non_baseload", Gas.CO2, "US-CAMX", "MWh", null).source()
                .reference().startsWith("Table 6 Electricity, 'Emission Factors Hub'!H342: "));
        assertTrue(Ledger.factor(table(), "steam/purchased", Gas.CO2, "US", "mmBtu", null).source().reference()
                .startsWith("Table 7 Steam and Heat, 'Emission Factors Hub'!D410: "));
    }
}
