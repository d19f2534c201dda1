package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MalmquistTest {
    private static final Panel ML5 = DeaDatasets.panel("julia_ml5");

    static DeaModel ddf() {
        return DeaModel.directional(Direction.OUTPUT, BadOutputConvention.INPUT_LIKE,
                ReturnsToScale.CRS);
    }

    /** EC is measured on the contemporaneous frontiers by both ML and GML (Oh 2010, eq. 8). */
    @Test
    void compute_globalAndContemporaneousShareEfficiencyChange() {
        Map<String, ProductivityChange> ml = JuliaMalmquist5Test.index(
                Malmquist.of(Malmquist.Index.MALMQUIST_LUENBERGER, ddf()).compute(ML5));
        Map<String, ProductivityChange> gml = JuliaMalmquist5Test.index(
                Malmquist.of(Malmquist.Index.GLOBAL_MALMQUIST_LUENBERGER, ddf()).compute(ML5));
        for (String k : ml.keySet()) {
            assertEquals(ml.get(k).efficiencyChange(), gml.get(k).efficiencyChange(), 1e-12);
        }
    }

    /** GML from the global distances by hand: DMU1 is on the global frontier in both periods. */
    @Test
    void compute_gmlFromGlobalDistances() {
        List<DeaResult> global1 = Dea.of(ddf()).evaluate(ML5, ML5.observations(),
                ML5.period("1"));
        List<DeaResult> global2 = Dea.of(ddf()).evaluate(ML5, ML5.observations(),
                ML5.period("2"));
        Map<String, ProductivityChange> gml = JuliaMalmquist5Test.index(
                Malmquist.of(Malmquist.Index.GLOBAL_MALMQUIST_LUENBERGER, ddf()).compute(ML5));
        for (int i = 0; i < global1.size(); i++) {
            double expected = (1 + global1.get(i).beta().getAsDouble())
                    / (1 + global2.get(i).beta().getAsDouble());
            assertEquals(expected, gml.get(global1.get(i).dmu() + "|1~2").index(), 1e-12);
        }
        assertEquals(0.0, global2.get(0).beta().getAsDouble(), 1e-12);
    }

    @Test
    void compute_onlyUnitsInBothPeriods() {
        Panel p = Panel.builder().inputs("x_1").goods("y_1")
                .add("A", "1", new double[] {1}, new double[] {1}, new double[0])
                .add("B", "1", new double[] {2}, new double[] {1}, new double[0])
                .add("A", "2", new double[] {1}, new double[] {2}, new double[0])
                .build();
        List<ProductivityChange> c = Malmquist.of(Malmquist.Index.MALMQUIST,
                DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS)).compute(p);
        assertEquals(1, c.size());
        assertEquals("A", c.get(0).dmu());
        assertEquals(2.0, c.get(0).index(), 1e-12);
    }

    @Test
    void of_refusesModelsWithoutADistanceFunction() {
        assertThrows(IllegalArgumentException.class, () -> Malmquist.of(
                Malmquist.Index.MALMQUIST, DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS)));
        assertThrows(IllegalArgumentException.class, () -> Malmquist.of(
                Malmquist.Index.MALMQUIST, DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS)
                        .withSuperEfficiency()));
        assertThrows(IllegalArgumentException.class, () -> Malmquist.of(
                Malmquist.Index.MALMQUIST, DeaModel.cost(ReturnsToScale.CRS)));
    }

    @Test
    void compute_needsTwoPeriods() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Malmquist.of(Malmquist.Index.MALMQUIST, DeaModel.radial(Orientation.INPUT,
                        ReturnsToScale.CRS)).compute(DeaDatasets.panel("fls11")));
        assertTrue(e.getMessage().contains("two periods"), e.getMessage());
    }

    @Test
    void index_labelsRoundTrip() {
        for (Malmquist.Index i : Malmquist.Index.values()) {
            assertEquals(i, Malmquist.Index.parse(i.label().toUpperCase()));
        }
        assertThrows(IllegalArgumentException.class, () -> Malmquist.Index.parse("hicks"));
    }
}
