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
    void periods_quartersMonthsAndDaysInTimeOrder() {
        Panel q = Panel.builder().inputs("x").goods("y")
                .add("A", "2024-Q2", ONE, ONE, NONE).add("A", "2023-Q4", ONE, ONE, NONE)
                .add("A", "2024-Q1", ONE, ONE, NONE).build();
        assertEquals(List.of("2023-Q4", "2024-Q1", "2024-Q2"), q.periods());
        Panel m = Panel.builder().inputs("x").goods("y")
                .add("A", "2024-01", ONE, ONE, NONE).add("A", "2023-12", ONE, ONE, NONE).build();
        assertEquals(List.of("2023-12", "2024-01"), m.periods());
        Panel d = Panel.builder().inputs("x").goods("y")
                .add("A", "2024-03-01", ONE, ONE, NONE).add("A", "2024-02-29", ONE, ONE, NONE)
                .build();
        assertEquals(List.of("2024-02-29", "2024-03-01"), d.periods());
    }

    /**
     * Issue 12, item 8: periods were sorted as text, so FY23 came after 2024 and 2023-06 sat
     * among the years. A label that is not a period of time, or a second granularity, is now
     * refused with the unit and the labels named; so is one period written two ways.
     */
    @Test
    void build_refusesFiscalLabelsMixedGranularitiesAndOnePeriodWrittenTwice() {
        IllegalArgumentException fy = assertThrows(IllegalArgumentException.class,
                () -> Panel.builder().inputs("x").goods("y").add("A", "2024", ONE, ONE, NONE)
                        .add("A", "FY23", ONE, ONE, NONE).build());
        assertTrue(fy.getMessage().contains("unit A") && fy.getMessage().contains("'FY23'")
                && fy.getMessage().contains("fiscal year"), fy.getMessage());
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> Panel.builder().inputs("x").goods("y").add("A", "2023", ONE, ONE, NONE)
                        .add("A", "2023-06", ONE, ONE, NONE).add("A", "2024", ONE, ONE, NONE)
                        .build());
        assertTrue(mixed.getMessage().contains("'2023-06' is a month")
                && mixed.getMessage().contains("'2023' is a year or period number"),
                mixed.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> Panel.builder().inputs("x").goods("y").add("A", "2023", ONE, ONE, NONE)
                        .add("B", "02023", ONE, ONE, NONE).build());
        assertTrue(twice.getMessage().contains("same period"), twice.getMessage());
        for (String bad : List.of("2023-13", "2023-02-30", "2023-Q5", "2023.5", "H1 2023")) {
            assertThrows(IllegalArgumentException.class, () -> Panel.builder().inputs("x")
                    .goods("y").add("A", bad, ONE, ONE, NONE).build(), bad);
        }
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
