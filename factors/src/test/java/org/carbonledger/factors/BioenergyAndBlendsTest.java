package org.carbonledger.factors;

import static org.carbonledger.factors.FugitiveEmissionsTest.calculate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.quantity.UnitParser;
import org.carbonledger.ghg.UnavailableGwpException;
import org.carbonledger.inventory.ActivityResult;
import org.junit.jupiter.api.Test;

/**
 * DESNZ bioenergy and the biogenic CO2 of the forecourt blends ("Outside of scopes"), and the ids
 * that mean one fuel under every table.
 */
class BioenergyAndBlendsTest {

    /**
     * Diesel (average biofuel blend), 2025: biogenic CO2 0.14 kg/L ('Outside of scopes'!D22), reported
     * apart; its fossil CO2 counts. 2024: 0.16 kg/L (flat file ID 99_604_1011_8_2).
     */
    @Test
    void dieselBlendBiogenicCo2() {
        ActivityResult y2025 = calculate("AR5", "fuel/diesel_biofuel_blend", 1000, "L", "GB", "2025");
        assertEquals(140, y2025.biogenicCo2Kg(), 1e-9);
        assertTrue(y2025.gasesKg().get(Gas.CO2) > 2000, "fossil CO2 counts: " + y2025.gasesKg());
        assertTrue(String.join("\n", y2025.trace()).contains("'Outside of scopes'!D22"), y2025.trace().toString());
        ActivityResult y2024 = calculate("AR5", "fuel/diesel_biofuel_blend", 1000, "L", "GB", "2024");
        assertEquals(160, y2024.biogenicCo2Kg(), 1e-9);
        assertTrue(String.join("\n", y2024.trace()).contains("99_604_1011_8_2"), y2024.trace().toString());
        ActivityResult old = calculate("AR5", "fuel/diesel", 1000, "L", "GB", "2025");
        assertEquals(y2025.co2eKg(), old.co2eKg(), 0, "fuel/diesel is another name of the blend");
        assertEquals(140, old.biogenicCo2Kg(), 1e-9);
    }

    /**
     * Per kWh the 2025 sheet gives the diesel blend's biogenic CO2 on net CV only, 0.01 kg/kWh
     * ('Outside of scopes'!D23): an amount stated on net CV gets it; an amount priced on gross CV (the
     * table's default for an unstated basis) gets none, and the trace says so, never a made-up value.
     */
    @Test
    void dieselBlendPerKwh_biogenicOnNetBasisOnly() {
        CalculationSettings s = CalculationSettings.of(Ledger.REGISTRY, BuiltInTables.defaultChain(Ledger.REGISTRY))
                .withGwp(GwpSet.of("AR5"));
        Activity net = Activity.builder(ActivityId.of("fuel/diesel_biofuel_blend"), 1000, UnitParser.standard().parse("kWh"))
                .region(Region.parse("GB")).period(Period.parse("2025")).basis(CalorificBasis.NET).build();
        assertEquals(10, new EmissionCalculator(s).calculate(net).biogenicCo2Kg(), 1e-12);
        ActivityResult gross = calculate("AR5", "fuel/diesel_biofuel_blend", 1000, "kWh", "GB", "2025");
        assertEquals(0, gross.biogenicCo2Kg(), 0);
        assertTrue(gross.gasesKg().get(Gas.CO2) > 0);
        assertTrue(String.join("\n", gross.trace()).contains("no biogenic CO2 is published per unit of energy"),
                gross.trace().toString());
    }

    /** Petrol (average biofuel blend): 0.13 kg/L biogenic CO2 in 2025 ('Outside of scopes'!D25) and 2024 (99_604_1017_8_2). */
    @Test
    void petrolBlendBiogenicCo2() {
        assertEquals(130, calculate("AR5", "fuel/petrol_biofuel_blend", 1000, "L", "GB", "2025").biogenicCo2Kg(), 1e-9);
        assertEquals(130, calculate("AR5", "fuel/petrol_biofuel_blend", 1000, "L", "GB", "2024").biogenicCo2Kg(), 1e-9);
    }

    /**
     * fuel/motor_gasoline is fossil petrol under DESNZ too ('Petrol (100% mineral petrol)', as under
     * EPA and IPCC): 2.33984 kg CO2e/L in 2025 (sheet Fuels, CO2e total; the gases recombine within
     * 2e-5), no biogenic CO2, and the same factor as fuel/motor_gasoline_mineral.
     */
    @Test
    void motorGasolineIsFossilEverywhere() {
        ActivityResult r = calculate("AR5", "fuel/motor_gasoline", 1000, "L", "GB", "2025");
        assertEquals(2339.84, r.co2eKg(), 2e-2);
        assertEquals(0, r.biogenicCo2Kg(), 0);
        assertTrue(r.factor().factors().get(0).source().sourceName().contains("100% mineral petrol"),
                r.factor().factors().get(0).source().sourceName());
        assertEquals(calculate("AR5", "fuel/motor_gasoline_mineral", 1000, "L", "GB", "2025").co2eKg(), r.co2eKg(), 0);
    }

    /**
     * Wood logs, 2025: scope 1 46.98508 kg CO2e/t (CH4 and N2O under AR5; sheet 'Bioenergy', cell D63),
     * biogenic CO2 1436.23 kg/t ('Outside of scopes'!D74). Wood pellets 2025: 55.19389 (D67) and
     * 1677.18 (D78). Wood chips 2024: 42.76487 (flat file ID 2_104_1044_15_1).
     */
    @Test
    void woodUnderDesnz() {
        ActivityResult logs = calculate("AR5", "fuel/wood_logs", 10, "t", "GB", "2025");
        assertEquals("desnz-2025", logs.factor().table().id());
        assertEquals(469.8508, logs.co2eKg(), 1e-9);
        assertEquals(14_362.3, logs.biogenicCo2Kg(), 1e-9);
        ActivityResult pellets = calculate("AR5", "fuel/wood_pellets", 1, "t", "GB", "2025");
        assertEquals(55.19389, pellets.co2eKg(), 1e-12);
        assertEquals(1677.18, pellets.biogenicCo2Kg(), 1e-12);
        assertEquals(42.76487, calculate("AR5", "fuel/wood_chips", 1, "t", "GB", "2024").co2eKg(), 1e-12);
        assertEquals(java.util.Set.of(), logs.priced().flags(), "the CO2e figure covers CH4 and N2O: not gases_not_covered");
    }

    /** Landfill gas in GB, 2025: 0.69696 kg CO2e/t (Bioenergy!D77) and 679.98674 kg biogenic CO2/t (D88), not IPCC. */
    @Test
    void landfillGasUnderDesnz() {
        ActivityResult r = calculate("AR5", "fuel/landfill_gas", 1, "t", "GB", "2025");
        assertEquals("desnz-2025", r.factor().table().id());
        assertEquals(0.69696, r.co2eKg(), 1e-12);
        assertEquals(679.98674, r.biogenicCo2Kg(), 1e-12);
    }

    /** DESNZ's bioenergy CO2e is an AR5 figure of CH4 and N2O together: it cannot be restated under AR6. */
    @Test
    void desnzBioenergyIsAr5Only() {
        UnavailableGwpException e = assertThrows(UnavailableGwpException.class,
                () -> calculate("AR6", "fuel/wood_logs", 1, "t", "GB", "2025"));
        assertTrue(e.getMessage().contains("desnz-2025 publishes the CO2e of fuel/wood_logs with its own GWP under AR5"
                + " only"), e.getMessage());
        assertTrue(e.getMessage().contains("run with --gwp AR5"), e.getMessage());
    }
}
