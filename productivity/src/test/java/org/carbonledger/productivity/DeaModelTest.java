package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeaModelTest {

    @Test
    void describe_namesModelConventionAndFormulation() {
        assertEquals("radial input crs",
                DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS).describe());
        assertEquals("sbm super none vrs, bad outputs by slacks (Tone 2004)",
                DeaModel.sbm(Orientation.NONE, ReturnsToScale.VRS).withSuperEfficiency()
                        .describe());
        String weakVrs = DeaModel.directional(Direction.OUTPUT,
                BadOutputConvention.WEAK_DISPOSABILITY, ReturnsToScale.VRS).describe();
        assertTrue(weakVrs.startsWith("ddf g=output vrs, bad outputs weak"), weakVrs);
        assertTrue(weakVrs.contains("Kuosmanen"), weakVrs);
    }

    @Test
    void equals_comparesEveryChoice() {
        DeaModel a = DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS);
        assertEquals(a, DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS));
        assertEquals(a.hashCode(), DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS)
                .hashCode());
        assertNotEquals(a, a.withSuperEfficiency());
        assertNotEquals(a, a.withReturnsToScale(ReturnsToScale.VRS));
        assertNotEquals(a, a.withBadOutputs(BadOutputConvention.INPUT_LIKE));
    }

    @Test
    void withSuperEfficiency_onlyForRadialAndSbm() {
        assertThrows(IllegalArgumentException.class,
                () -> DeaModel.cost(ReturnsToScale.CRS).withSuperEfficiency());
        assertThrows(IllegalArgumentException.class, () -> DeaModel.directional(Direction.UNIT,
                BadOutputConvention.INPUT_LIKE, ReturnsToScale.CRS).withSuperEfficiency());
    }

    @Test
    void convention_parsesLabels() {
        assertEquals(BadOutputConvention.WEAK_DISPOSABILITY, BadOutputConvention.parse("WEAK"));
        assertEquals(BadOutputConvention.INPUT_LIKE, BadOutputConvention.parse("input-like"));
        assertThrows(IllegalArgumentException.class, () -> BadOutputConvention.parse("strong"));
    }
}
