package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.carbonledger.productivity.lp.LpStatus;
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

    /**
     * Issue 12, item 8: a unit missing from one period was dropped with no message. Every unit
     * of either period now has a row; B (absent in period 2) and C (new in period 2) are
     * undefined with a note naming the period they lack, and A's index is unchanged.
     */
    @Test
    void compute_unitMissingFromAPeriodGetsAnUndefinedRowNamingThePeriod() {
        Panel p = Panel.builder().inputs("x_1").goods("y_1")
                .add("A", "1", new double[] {1}, new double[] {1}, new double[0])
                .add("B", "1", new double[] {2}, new double[] {1}, new double[0])
                .add("A", "2", new double[] {1}, new double[] {2}, new double[0])
                .add("C", "2", new double[] {3}, new double[] {2}, new double[0])
                .build();
        List<ProductivityChange> c = Malmquist.of(Malmquist.Index.MALMQUIST,
                DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS)).compute(p);
        assertEquals(List.of("A", "B", "C"), c.stream().map(ProductivityChange::dmu).toList());
        assertEquals(2.0, c.get(0).index(), 1e-12);
        assertEquals(LpStatus.OPTIMAL, c.get(0).status());
        for (int k : new int[] {1, 2}) {
            ProductivityChange missing = c.get(k);
            assertEquals(LpStatus.UNDEFINED, missing.status());
            assertTrue(Double.isNaN(missing.index()));
            String lacks = k == 1 ? "period 2" : "period 1";
            assertTrue(missing.note().orElseThrow().contains("no observation in " + lacks),
                    missing.note().orElseThrow());
        }
    }

    /**
     * Issue 12, item 7: where the cross-period directional distance has β = −1 the index was
     * printed as a huge number (7.187e7) or labelled not_solved. Here the period-1 frontier is
     * one plant making no good output (x = 1, y = 0, b = 2); against it the same plant's
     * period-2 data (1, 1, 1), in direction g = (0, y, b), needs Yλ = 0 ≥ 1 + β and
     * Bλ = 2λ = 1 − β with λ ≤ 1, so β = −1 exactly, and 1/(1 + β) is not a distance.
     */
    @Test
    void compute_betaOfMinusOneIsUndefinedNotAHugeIndex() {
        Panel p = Panel.builder().inputs("x_1").goods("y_1").bads("b_1")
                .add("A", "1", new double[] {1}, new double[] {0}, new double[] {2})
                .add("A", "2", new double[] {1}, new double[] {1}, new double[] {1})
                .build();
        DeaModel weak = DeaModel.directional(Direction.OUTPUT,
                BadOutputConvention.WEAK_DISPOSABILITY, ReturnsToScale.CRS);
        DeaResult cross = Dea.of(weak).evaluate(p, "1", "2").get(0);
        assertEquals(LpStatus.UNDEFINED, cross.status(), cross.toString());
        assertTrue(cross.note().orElseThrow().contains("beta = -1.0"), cross.toString());
        ProductivityChange ml = Malmquist.of(Malmquist.Index.MALMQUIST_LUENBERGER, weak)
                .compute(p).get(0);
        assertEquals(LpStatus.UNDEFINED, ml.status());
        assertTrue(Double.isNaN(ml.index()));
        assertTrue(ml.note().orElseThrow().contains("period 2 data to the period 1 frontier"),
                ml.note().orElseThrow());
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
