package org.carbonledger.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonledger.activity.Period;
import org.junit.jupiter.api.Test;

/** Intensity metrics by hand, and the mismatches that must be reported rather than summed. */
class IntensityCalculatorTest {
    static Footprint fp(String site, String process, String period, double co2e, double gj) {
        return new Footprint(site, process, period == null ? null : Period.parse(period), co2e, gj);
    }

    @Test
    void metrics_byHand() {
        var r = IntensityCalculator.compute(List.of(fp("A", "kiln", "2024-01", 800_000, 4000),
                fp("A", "kiln", "2024-02", 700_000, 3500), fp("B", "kiln", "2024-01", 1, 1)),
                List.of(ProductionRecord.of("A", "kiln", "clinker", "2024", 1_500_000, "kg")
                        .withValueAdded(3_000_000, "CNY")));
        assertEquals(List.of(), r.problems());
        var byMetric = new java.util.HashMap<String, Intensity>();
        r.intensities().forEach(i -> byMetric.put(i.metric(), i));
        assertEquals(1000, byMetric.get("emission_intensity").value(), 1e-9);       // 1.5e6 kg / 1500 t
        assertEquals("kg CO2e/t", byMetric.get("emission_intensity").unit());
        assertEquals(5, byMetric.get("specific_energy_consumption").value(), 1e-12); // 7500 GJ / 1500 t
        assertEquals(1, byMetric.get("carbon_productivity").value(), 1e-12);         // 1500 t / 1500 t CO2e
        assertEquals(0.5, byMetric.get("emission_intensity_value_added").value(), 1e-12);
        assertEquals(0.0025, byMetric.get("energy_intensity_value_added").value(), 1e-15);
        assertEquals(2000, byMetric.get("carbon_productivity_value_added").value(), 1e-9);
        assertTrue(byMetric.get("emission_intensity").trace().size() >= 3);
    }

    @Test
    void mismatchedPeriods_areAProblem() {
        var r = IntensityCalculator.compute(List.of(fp("A", "", "2024", 1000, 10)),
                List.of(ProductionRecord.of("A", "", "", "2024-01", 10, "t")));
        assertEquals(0, r.intensities().size());
        assertTrue(r.problems().get(0).contains("do not lie within"), r.problems().toString());
    }

    @Test
    void mismatchedUnits_areAProblem() {
        var r = IntensityCalculator.compute(List.of(fp("A", "", "2024", 1000, 10)),
                List.of(ProductionRecord.of("A", "", "", "2024", 10, "t"),
                        ProductionRecord.of("A", "", "", "2024", 10, "piece")));
        assertEquals(0, r.intensities().size());
        assertTrue(r.problems().get(0).contains("cannot be added"), r.problems().toString());
    }

    @Test
    void noFootprint_isAProblemNotAZero() {
        var r = IntensityCalculator.compute(List.of(fp("A", "", "2024", 1000, 10)),
                List.of(ProductionRecord.of("B", "", "", "2024", 10, "t")));
        assertTrue(r.problems().get(0).contains("no emissions"), r.problems().toString());
    }

    @Test
    void twoProductsOfOneProcess_areNotAllocated() {
        var r = IntensityCalculator.compute(List.of(fp("A", "p", "2024", 1000, 10)),
                List.of(ProductionRecord.of("A", "p", "x", "2024", 10, "t"),
                        ProductionRecord.of("A", "p", "y", "2024", 10, "t")));
        assertEquals(0, r.intensities().size());
        assertEquals(2, r.problems().size());
    }
}
