package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.carbonledger.productivity.lp.LpStatus;
import org.carbonledger.productivity.lp.RationalTableauSolver;
import org.junit.jupiter.api.Test;

/**
 * DEA on panels where one column spans ten or more orders of magnitude (issue 12, item 7: a
 * cross-check of such panels against an independent LP found negative SBM scores, SBM above
 * CCR, super-SBM 19.0 where the exact value is 26.03, and numbers where no solution exists).
 *
 * <p>The oracle is {@link RationalTableauSolver}, a textbook tableau simplex in exact rational
 * arithmetic that shares no code with the default solver. Every result of the default solver is
 * either {@code numerical_trouble} (allowed, never a number) or has the oracle's status and, when
 * optimal, its score to 1e-9 relative. The laws of the models hold on the same panels: CCR ≤ BCC
 * (Banker, Charnes &amp; Cooper 1984), SBM ≤ input-oriented CCR (Tone 2001, Theorem 3), scores in
 * (0, 1], and under CRS some unit scores 1.
 */
class DeaWideRangeProperties {
    private static final double REL = 1e-9;

    /**
     * A panel of n units with positive data: every column spreads over two decades, except one
     * chosen column, whose values run from 10^lo to 10^(lo + span) with both ends taken, span of
     * ten to fourteen decades.
     */
    static Panel widePanel(int n, int m, int s, int q, long seed) {
        Random random = new Random(seed);
        int wide = random.nextInt(m + s + q);
        int span = 10 + random.nextInt(5);
        int lo = -4 + random.nextInt(6);
        Panel.Builder b = Panel.builder().inputs(DeaProperties.names("x_", m))
                .goods(DeaProperties.names("y_", s)).bads(DeaProperties.names("b_", q));
        int low = random.nextInt(n);
        int high = (low + 1 + random.nextInt(n - 1)) % n;
        for (int j = 0; j < n; j++) {
            double[] d = new double[m + s + q];
            for (int c = 0; c < d.length; c++) {
                double u = random.nextDouble();
                if (c == wide) {
                    u = j == low ? 0.0 : j == high ? 1.0 : u;
                    d[c] = Math.pow(10, lo + span * u);
                } else {
                    d[c] = 1 + 99 * u;
                }
            }
            b.add("U" + j, null, java.util.Arrays.copyOfRange(d, 0, m),
                    java.util.Arrays.copyOfRange(d, m, m + s),
                    java.util.Arrays.copyOfRange(d, m + s, m + s + q));
        }
        return b.build();
    }

    static List<DeaModel> models(boolean bads) {
        List<DeaModel> list = new ArrayList<>(DeaProperties.models(bads));
        list.add(DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS).withSuperEfficiency());
        list.add(DeaModel.sbm(Orientation.NONE, ReturnsToScale.VRS).withSuperEfficiency());
        DeaModel ap = DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS).withSuperEfficiency();
        list.add(bads ? ap.withBadOutputs(BadOutputConvention.INPUT_LIKE) : ap);
        for (Direction d : Direction.values()) {
            list.add(DeaModel.directional(d, bads ? BadOutputConvention.WEAK_DISPOSABILITY
                    : BadOutputConvention.INPUT_LIKE, ReturnsToScale.VRS));
        }
        return list;
    }

    @Test
    void everyOptimalScoreEqualsTheExactOptimumOnWideRangeData() {
        qt().withExamples(20).forAll(integers().between(2, 8), integers().between(1, 3),
                integers().between(0, 1), longs().all()).checkAssert((n, m, q, seed) -> {
                    Panel panel = widePanel(n, m, 1 + (int) (seed & 1), q, seed);
                    for (DeaModel model : models(q > 0)) {
                        List<DeaResult> got = Dea.of(model).evaluate(panel);
                        List<DeaResult> exact = Dea.of(model)
                                .withSolver(new RationalTableauSolver()).evaluate(panel);
                        for (int i = 0; i < got.size(); i++) {
                            DeaResult a = got.get(i);
                            DeaResult e = exact.get(i);
                            if (a.status() == LpStatus.NUMERICAL_TROUBLE) {
                                assertTrue(Double.isNaN(a.score()), a.toString());
                                continue;
                            }
                            assertEquals(e.status(), a.status(),
                                    model + " " + panel.observations());
                            if (e.isOptimal()) {
                                assertEquals(e.score(), a.score(),
                                        REL * Math.max(1, Math.abs(e.score())),
                                        model + " " + a.dmu() + " " + panel.observations());
                            }
                        }
                    }
                });
    }

    @Test
    void ccrBelowBccAndSbmBelowCcrOnWideRangeData() {
        qt().withExamples(60).forAll(integers().between(2, 12), integers().between(1, 3),
                integers().between(1, 2), longs().all()).checkAssert((n, m, s, seed) -> {
                    Panel panel = widePanel(n, m, s, 0, seed);
                    List<DeaResult> ccr = Dea.of(DeaModel.radial(Orientation.INPUT,
                            ReturnsToScale.CRS)).evaluate(panel);
                    List<DeaResult> bcc = Dea.of(DeaModel.radial(Orientation.INPUT,
                            ReturnsToScale.VRS)).evaluate(panel);
                    List<DeaResult> sbm = Dea.of(DeaModel.sbm(Orientation.NONE,
                            ReturnsToScale.CRS)).evaluate(panel);
                    double best = 0;
                    for (int i = 0; i < ccr.size(); i++) {
                        double c = ccr.get(i).score();
                        double v = bcc.get(i).score();
                        double r = sbm.get(i).score();
                        String where = panel.observations().get(i) + " in " + panel.observations();
                        for (DeaResult each : List.of(ccr.get(i), bcc.get(i), sbm.get(i))) {
                            assertEquals(LpStatus.OPTIMAL, each.status(), where);
                            assertTrue(each.score() > 0 && each.score() <= 1 + REL,
                                    each + where);
                        }
                        assertTrue(c <= v * (1 + REL), "CCR " + c + " > BCC " + v + where);
                        assertTrue(r <= c * (1 + REL), "SBM " + r + " > CCR " + c + where);
                        best = Math.max(best, c);
                    }
                    assertEquals(1.0, best, REL,
                            "an efficient unit under CRS in " + panel.observations());
                });
    }
}
