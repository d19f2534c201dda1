package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand calculations from the 2006 IPCC Guidelines, Vol. 2 Energy, reproduced by the calculator.
 *
 * <p>Each case states its inputs and the published values it uses: net calorific values from
 * Ch. 1 Table 1.2 (TJ/Gg), CO2 factors from Ch. 1 Table 1.4 (kg/TJ), CH4 and N2O factors from
 * Ch. 2 Table 2.2 (energy industries), 2.3 (manufacturing), 2.4 (commercial) or 2.5 (residential)
 * (kg/TJ); GWPs from AR4 WG1 Table 2.14 (CH4 25, N2O 298), AR5 WG1 Table 8.A.1 (28, 265) and AR6
 * WG1 Tables 7.15/7.SM.7 (combustion methane 27.0, N2O 273). Five fuels, energy units (GJ, kWh,
 * mmBtu, gross by convention and converted to the net basis by DESNZ 2025's net and gross
 * calorific values of the fuel) and mass units (t), four sectors, three GWP sets.
 */
class Ipcc2006HandCalculationTest {
    private static final FactorRegistry REGISTRY = FactorRegistry.discover();
    /** 3200 mmBtu of natural gas, gross, in TJ on the net basis. */
    private static final double NET_TJ = 3.376178728384 * 45.745 / 50.678;

    private static ActivityResult calculate(String fuel, double amount, String unit, Sector sector, String gwp) {
        CalculationSettings s = CalculationSettings.of(REGISTRY, BuiltInTables.defaultChain(REGISTRY))
                .withGwp(GwpSet.of(gwp));
        Activity a = Activity.builder(ActivityId.of(fuel), amount, UnitParser.standard().parse(unit)).sector(sector).build();
        return new EmissionCalculator(s).calculate(a);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            // natural gas, 1000 GJ = 1 TJ; Table 1.4 CO2 56100; Table 2.3 CH4 1, N2O 0.1; AR5
            Arguments.of("fuel/natural_gas", 1000, "GJ", Sector.MANUFACTURING, "AR5",
                    56100.0, 1.0, 0.1, 0.0, 56100 + 1 * 28 + 0.1 * 265),
            // gas/diesel oil, 12.4 t: Table 1.2 NCV 43 TJ/Gg -> 0.5332 TJ; CO2 74100; Table 2.3 CH4 3, N2O 0.6; AR4
            Arguments.of("fuel/gas_diesel_oil", 12.4, "t", Sector.MANUFACTURING, "AR4",
                    0.5332 * 74100, 0.5332 * 3, 0.5332 * 0.6, 0.0, 0.5332 * 74100 + 0.5332 * 3 * 25 + 0.5332 * 0.6 * 298),
            // other bituminous coal, 100 t: NCV 25.8 -> 2.58 TJ; CO2 94600; Table 2.2 CH4 1, N2O 1.5; AR6
            Arguments.of("fuel/other_bituminous_coal", 100, "t", Sector.ENERGY_INDUSTRIES, "AR6",
                    2.58 * 94600, 2.58 * 1, 2.58 * 1.5, 0.0, 2.58 * 94600 + 2.58 * 27.0 + 2.58 * 1.5 * 273),
            // LPG, 96500 kWh = 347.4 GJ; CO2 63100; Table 2.4 CH4 5, N2O 0.1; AR5
            Arguments.of("fuel/lpg", 96500, "kWh", Sector.COMMERCIAL, "AR5",
                    0.3474 * 63100, 0.3474 * 5, 0.3474 * 0.1, 0.0, 0.3474 * 63100 + 0.3474 * 5 * 28 + 0.3474 * 0.1 * 265),
            // wood/wood waste, 85 t: NCV 15.6 -> 1.326 TJ; CO2 112000 biogenic; Table 2.5 CH4 300, N2O 4; AR6
            Arguments.of("fuel/wood_wood_waste", 85, "t", Sector.RESIDENTIAL, "AR6",
                    0.0, 1.326 * 300, 1.326 * 4, 1.326 * 112000, 1.326 * 300 * 27.0 + 1.326 * 4 * 273),
            // natural gas, 3200 mmBtu = 3376.178728384 GJ (Btu_IT) on the gross basis, as mmBtu is by
            // convention; on IPCC's net basis x 45.745 / 50.678 (DESNZ 2025 'Fuel properties'!D31, E31:
            // natural gas net and gross CV, GJ/tonne); Table 2.5 CH4 5, N2O 0.1; AR4
            Arguments.of("fuel/natural_gas", 3200, "mmBtu", Sector.RESIDENTIAL, "AR4",
                    NET_TJ * 56100, NET_TJ * 5, NET_TJ * 0.1, 0.0, NET_TJ * (56100 + 5 * 25 + 0.1 * 298)));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4}")
    @MethodSource("cases")
    void reproducesTheHandCalculation(String fuel, double amount, String unit, Sector sector, String gwp,
            double co2, double ch4, double n2o, double biogenic, double co2e) {
        ActivityResult r = calculate(fuel, amount, unit, sector, gwp);
        assertClose(co2, r.gasesKg().get(Gas.CO2), "CO2");
        assertClose(ch4, r.gasesKg().get(Gas.CH4), "CH4");
        assertClose(n2o, r.gasesKg().get(Gas.N2O), "N2O");
        assertClose(biogenic, r.biogenicCo2Kg(), "biogenic CO2");
        assertClose(co2e, r.co2eKg(), "CO2e");
        assertEquals("ipcc-2006", r.factor().table().id());
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12, what);
    }

    @Test
    void traceNamesTheTablesUsed() {
        ActivityResult r = calculate("fuel/gas_diesel_oil", 12.4, "t", Sector.MANUFACTURING, "AR5");
        String trace = String.join("\n", r.trace());
        assertTrue(trace.contains("Table 1.2"), trace);
        assertTrue(trace.contains("Table 1.4"), trace);
        assertTrue(trace.contains("Table 2.3"), trace);
        assertTrue(trace.contains("43 TJ/Gg"), trace);
        assertTrue(trace.contains("Table 8.A.1"), trace);
    }

    /** Jet gasoline's CH4 factor in Table 2.4 (100 kg/TJ) is marked SUSPECT: no commercial factor, never a zero. */
    @Test
    void withheldSuspectRow_leavesTheFuelUnpricedInThatSector() {
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class,
                () -> calculate("fuel/jet_gasoline", 10, "GJ", Sector.COMMERCIAL, "AR5"));
        assertTrue(e.getMessage().contains("CH4"), e.getMessage());
        // Table 1.4: jet gasoline CO2 70000 kg/TJ, so 10 GJ emit 700 kg in any sector that has CH4 and N2O
        assertEquals(700, calculate("fuel/jet_gasoline", 10, "GJ", Sector.MANUFACTURING, "AR5")
                .gasesKg().get(Gas.CO2), 1e-12);
    }

    /**
     * References name the Guidelines' table, and the pages only where the data give them: Chapter 1
     * rows cite pp. 1.18-1.24 (the pages the transcription says it read Tables 1.2-1.4 from); the
     * Chapter 2 rows record no page, and the reference says so rather than making one up.
     */
    @Test
    void referencesNameTheTableAndThePagesTheDataGive() {
        var gas = org.carbonledger.factors.ipcc.Ipcc2006Table.instance().factors(ActivityId.of("fuel/natural_gas"));
        String co2 = gas.stream().filter(f -> f.gas().equals(Gas.CO2)).findFirst().orElseThrow().source().reference();
        assertTrue(co2.startsWith("Vol. 2 Ch.1 Table 1.4, pp. 1.18-1.24 (as the transcription cites them)"
                + " (bundled data row "), co2);
        String ch4 = gas.stream().filter(f -> f.gas().equals(Gas.CH4) && f.sector() == Sector.MANUFACTURING)
                .findFirst().orElseThrow().source().reference();
        assertTrue(ch4.startsWith("Vol. 2 Ch.2 Table 2.3 Manufacturing Industries and Construction, page not in the"
                + " bundled data (bundled data row "), ch4);
    }
}
