package org.carbonledger.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The coefficients of GB/T 2589-2008 Appendix A as published (rounded), as bundled in
 * {@code gbt2589-2008-appendix-a.csv} (provenance: docs/factors.md): the
 * published values are stored, not recomputed (electricity 0.1229, not 3600/29307.6 = 0.1228).
 */
class CoalEquivalentTest {
    @ParameterizedTest
    @CsvSource({"raw coal,0.7143,kg", "cleaned coal,0.9000,kg", "middlings,0.2857,kg", "coke,0.9714,kg",
        "crude oil,1.4286,kg", "fuel oil,1.4286,kg", "gasoline,1.4714,kg", "kerosene,1.4714,kg", "diesel,1.4571,kg",
        "coal tar,1.1429,kg", "residual oil,1.4286,kg", "LPG,1.7143,kg", "refinery dry gas,1.5714,kg",
        "oilfield natural gas,1.3300,m3", "gasfield natural gas,1.2143,m3",
        "electricity (calorific equivalent),0.1229,kWh", "heat (calorific equivalent),0.03412,MJ"})
    void publishedCoefficients(String name, double kgce, String unit) {
        CoalEquivalentCoefficient c = CoalEquivalent.gbt2589().get(name);
        assertEquals(kgce, c.kgcePerUnit());
        assertEquals(unit, c.unit().symbol());
        assertEquals("GB/T 2589-2008", c.document());
        assertTrue(c.citation().contains("Appendix A"), c.citation());
    }

    @Test
    void seventeenRows_andLookupByIdAndChineseName() {
        assertEquals(17, CoalEquivalent.gbt2589().coefficients().size());
        assertEquals(0.7143, CoalEquivalent.gbt2589().get("原煤").kgcePerUnit());
        assertEquals(0.1229, CoalEquivalent.gbt2589().get("GBT2589-A16").kgcePerUnit());
        assertThrows(IllegalArgumentException.class, () -> CoalEquivalent.gbt2589().get("peat"));
    }

    @Test
    void conversions_inOtherUnitsOfTheSameKind() {
        CoalEquivalentCoefficient coal = CoalEquivalent.gbt2589().get("raw coal");
        assertEquals(714.3, coal.kgce(1, "t"), 1e-9);
        assertEquals(122.9, CoalEquivalent.gbt2589().calorificElectricity().kgce(1, "MWh"), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> coal.kgce(1, "kWh"));
    }

    @Test
    void powerGenerationEquivalent_isAUserSetting() {
        CoalEquivalentCoefficient e = CoalEquivalent.powerGenerationElectricity(300, 2024, "user's NBS value");
        assertEquals(0.3, e.kgcePerUnit(), 1e-15);
        assertEquals(300, e.kgce(1000, "kWh"), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> CoalEquivalent.powerGenerationElectricity(0, 2024, "x"));
    }

    @Test
    void tceAndToe() {
        assertEquals(1.0, CoalEquivalent.tceFromGj(29.3076), 1e-12);
        assertEquals(1.0, CoalEquivalent.toeFromGj(41.868), 1e-12);
    }
}
