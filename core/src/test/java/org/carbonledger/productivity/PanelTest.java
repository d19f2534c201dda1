package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTest {
    static final double[] ONE = {1};
    static final double[] NONE = {};

    @Test
    void periods_numericLabelsInNumericOrder() {
        Panel p = Panel.builder().inputs("x").goods("y")
                .add("A", "10", ONE, ONE, NONE).add("A", "9", ONE, ONE, NONE)
                .add("A", "2", ONE, ONE, NONE).build();
        assertEquals(List.of("2", "9", "10"), p.periods());
        assertTrue(p.hasPeriods());
        assertFalse(p.hasPrices());
    }

    @Test
    void periods_textLabelsInTextOrder() {
        Panel p = Panel.builder().inputs("x").goods("y")
                .add("A", "2024-Q2", ONE, ONE, NONE).add("A", "2024-Q1", ONE, ONE, NONE).build();
        assertEquals(List.of("2024-Q1", "2024-Q2"), p.periods());
    }

    @Test
    void build_rejectsDuplicatesMixedPeriodsAndWrongLengths() {
        assertThrows(IllegalArgumentException.class, () -> Panel.builder().inputs("x").goods("y")
                .add("A", null, ONE, ONE, NONE).add("A", null, ONE, ONE, NONE).build());
        assertThrows(IllegalArgumentException.class, () -> Panel.builder().inputs("x").goods("y")
                .add("A", "1", ONE, ONE, NONE).add("B", null, ONE, ONE, NONE).build());
        assertThrows(IllegalArgumentException.class, () -> Panel.builder().inputs("x", "z")
                .goods("y").add("A", null, ONE, ONE, NONE).build());
        assertThrows(IllegalArgumentException.class, () -> Panel.builder().goods("y").build());
        assertThrows(IllegalArgumentException.class, () -> Panel.builder().inputs("x").build());
    }

    @Test
    void observation_rejectsNegativeAndNonFiniteValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Observation.of("A", null, new double[] {-1}, ONE, NONE));
        assertTrue(e.getMessage().contains("unit A") && e.getMessage().contains("-1.0"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Observation.of("A", null, ONE, new double[] {Double.NaN}, NONE));
        assertThrows(IllegalArgumentException.class,
                () -> Observation.of(" ", null, ONE, ONE, NONE));
        assertThrows(IllegalArgumentException.class,
                () -> Observation.of("A", null, ONE, ONE, NONE).withPrices(new double[] {1, 2}));
    }

    @Test
    void observation_copiesArrays() {
        double[] x = {1};
        Observation o = Observation.of("A", null, x, ONE, NONE);
        x[0] = 5;
        o.inputs()[0] = 7;
        assertEquals(1.0, o.inputs()[0]);
    }
}
