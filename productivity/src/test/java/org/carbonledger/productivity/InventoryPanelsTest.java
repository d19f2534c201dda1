package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.InventoryKey;
import org.junit.jupiter.api.Test;

class InventoryPanelsTest {

    static EmissionTotals co2e(double kg) {
        return new EmissionTotals(1, kg, Map.of(), 0.0);
    }

    static Map<InventoryKey, EmissionTotals> totals() {
        Map<InventoryKey, EmissionTotals> t = new LinkedHashMap<>();
        t.put(new InventoryKey(org.carbonledger.activity.Scope.SCOPE_1, "Leeds", "", "2024", "fuel/natural_gas"), co2e(2_000_000));
        t.put(new InventoryKey(org.carbonledger.activity.Scope.SCOPE_2, "Leeds", "", "2024", "electricity/grid"), co2e(500_000));
        t.put(new InventoryKey(org.carbonledger.activity.Scope.SCOPE_1, "Lyon", "", "2024", "fuel/natural_gas"), co2e(1_000_000));
        return t;
    }

    @Test
    void build_sumsEmissionsPerSiteAndPeriodInTonnes() {
        Panel p = InventoryPanels.builder(totals())
                .input("x_staff", "Leeds", "2024", 120).input("x_staff", "Lyon", "2024", 80)
                .good("y_output_t", "Leeds", "2024", 5e4).good("y_output_t", "Lyon", "2024", 3e4)
                .build();
        assertEquals(List.of(InventoryPanels.CO2E_COLUMN), p.badNames());
        assertEquals(List.of("2024"), p.periods());
        Observation leeds = p.observations().get(0);
        assertEquals("Leeds", leeds.dmu());
        assertArrayEquals(new double[] {2500}, leeds.bads(), 1e-9);
        assertArrayEquals(new double[] {120}, leeds.inputs());
        assertTrue(Dea.of(DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS)).evaluate(p).stream()
                .allMatch(DeaResult::isOptimal));
    }

    @Test
    void build_missingValueNamesSiteAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InventoryPanels.builder(totals()).input("x_staff", "Leeds", "2024", 120)
                        .good("y_output_t", "Leeds", "2024", 5e4)
                        .good("y_output_t", "Lyon", "2024", 3e4).build());
        assertTrue(e.getMessage().contains("Lyon") && e.getMessage().contains("x_staff"),
                e.getMessage());
    }

    @Test
    void build_valueForASiteWithoutEmissionsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InventoryPanels.builder(totals())
                .input("x_staff", "Lodz", "2024", 1).good("y_output_t", "Lodz", "2024", 1)
                .build());
    }

    @Test
    void build_recordsWithoutASiteAreRefused() {
        Map<InventoryKey, EmissionTotals> t = new LinkedHashMap<>(totals());
        t.put(new InventoryKey(org.carbonledger.activity.Scope.SCOPE_1, "", "", "2024", "fuel/lpg"), co2e(1));
        assertThrows(IllegalArgumentException.class, () -> InventoryPanels.builder(t)
                .input("x_staff", "Leeds", "2024", 1).good("y_output_t", "Leeds", "2024", 1)
                .build());
    }
}
