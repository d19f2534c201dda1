package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of the productivity indices on generated panels: the global Malmquist–Luenberger index
 * is circular (Oh 2010, §3: the product over consecutive periods equals the index between the
 * first and the last period), and every index equals EC × TC.
 */
class MalmquistProperties {

    static Panel panel(int n, int periods, long seed) {
        Random random = new Random(seed);
        Panel.Builder b = Panel.builder().inputs("x_1", "x_2").goods("y_1").bads("b_1");
        for (int t = 1; t <= periods; t++) {
            for (int j = 0; j < n; j++) {
                b.add("U" + j, String.valueOf(t),
                        new double[] {1 + 99 * random.nextDouble(), 1e3 * (1 + random.nextDouble())},
                        new double[] {1e6 * (1 + random.nextDouble())},
                        new double[] {1e8 * (0.5 + random.nextDouble())});
            }
        }
        return b.build();
    }

    @Test
    void globalMalmquistLuenbergerIsCircular() {
        qt().withExamples(30).forAll(integers().between(1, 8), integers().between(3, 4),
                integers().between(0, 5), longs().all()).checkAssert((n, periods, variant,
                        seed) -> {
                    Panel panel = panel(n, periods, seed);
                    BadOutputConvention c = BadOutputConvention.values()[variant % 2];
                    Direction d = Direction.values()[variant % 3];
                    ReturnsToScale rts = ReturnsToScale.values()[(variant / 2) % 2];
                    Malmquist gml = Malmquist.of(Malmquist.Index.GLOBAL_MALMQUIST_LUENBERGER,
                            DeaModel.directional(d, c, rts));
                    Map<String, Double> chained = new HashMap<>();
                    for (ProductivityChange p : gml.compute(panel)) {
                        assertTrue(p.isOptimal(), p.toString());
                        chained.merge(p.dmu(), p.index(), (a, b) -> a * b);
                    }
                    List<String> ps = panel.periods();
                    for (ProductivityChange p : gml.compute(panel, ps.get(0),
                            ps.get(ps.size() - 1))) {
                        assertEquals(p.index(), chained.get(p.dmu()), 1e-7 * p.index(),
                                p.toString());
                    }
                });
    }

    @Test
    void everyIndexIsEfficiencyChangeTimesTechnicalChange() {
        qt().withExamples(20).forAll(integers().between(2, 8), integers().between(0, 2),
                longs().all()).checkAssert((n, kind, seed) -> {
                    Panel panel = panel(n, 2, seed);
                    Malmquist.Index index = Malmquist.Index.values()[kind];
                    DeaModel model = kind == 0 ? DeaModel.radial(Orientation.INPUT,
                            ReturnsToScale.CRS).withBadOutputs(BadOutputConvention.INPUT_LIKE)
                            : DeaModel.directional(Direction.OUTPUT,
                                    BadOutputConvention.WEAK_DISPOSABILITY, ReturnsToScale.CRS);
                    for (ProductivityChange p : Malmquist.of(index, model).compute(panel)) {
                        if (p.isOptimal()) {
                            assertEquals(p.index(), p.efficiencyChange() * p.technicalChange(),
                                    1e-9 * p.index());
                        } else {
                            assertTrue(Double.isNaN(p.index()) && p.note().isPresent(),
                                    p.toString());
                        }
                    }
                });
    }
}
