package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that a result's slacks and λ are a feasible point of its model at the reported score:
 * where the expected split of slacks or λ is "non-unique", any optimum must pass this check.
 */
final class OptimumChecks {
    private OptimumChecks() {
    }

    /** Σλ·data of a column over the peers. */
    static double projection(Panel panel, List<Observation> reference, DeaResult r, int column) {
        double sum = 0.0;
        for (Map.Entry<String, Double> e : r.peers().entrySet()) {
            Observation peer = find(reference, e.getKey());
            sum += e.getValue() * Reference.value(peer, panel, column);
        }
        return sum;
    }

    static Observation find(List<Observation> reference, String name) {
        for (Observation o : reference) {
            if (o.dmu().equals(name)
                    || (o.dmu() + o.period().map(p -> "|" + p).orElse("")).equals(name)) {
                return o;
            }
        }
        throw new AssertionError("peer " + name + " is not a reference unit");
    }

    static List<String> columns(Panel panel) {
        List<String> c = new ArrayList<>(panel.inputNames());
        c.addAll(panel.goodNames());
        c.addAll(panel.badNames());
        return c;
    }

    /**
     * The envelopment equalities of a radial or SBM result: Σλx = target = x0 ∓ slack, with
     * the target implied by the model, λ ≥ 0, slacks ≥ 0 and Σλ = 1 under VRS.
     */
    static void assertFeasible(Panel panel, List<Observation> reference, Observation unit,
            DeaResult r, double tol) {
        DeaModel model = r.model();
        List<String> cols = columns(panel);
        int m = panel.inputNames().size();
        int s = panel.goodNames().size();
        double lambdaSum = 0.0;
        for (double l : r.peers().values()) {
            assertTrue(l >= 0, "negative lambda in " + r);
            lambdaSum += l;
        }
        if (model.returnsToScale() == ReturnsToScale.VRS) {
            assertEquals(1.0, lambdaSum, tol, "sum of lambda under VRS for " + r);
        }
        for (int c = 0; c < cols.size(); c++) {
            double slack = r.slack(cols.get(c));
            assertTrue(slack >= -tol, "negative slack " + cols.get(c) + " in " + r);
            double x0 = Reference.value(unit, panel, c);
            boolean input = c < m;
            boolean good = c >= m && c < m + s;
            double expected;
            if (model.kind() == DeaModel.Kind.RADIAL && model.orientation() == Orientation.INPUT) {
                expected = input ? r.score() * x0 - slack : x0 + slack;
            } else if (model.kind() == DeaModel.Kind.RADIAL) {
                expected = good ? r.phi().getAsDouble() * x0 + slack : x0 - slack;
            } else {
                expected = good ? x0 + slack : x0 - slack;
            }
            double actual = projection(panel, reference, r, c);
            assertEquals(expected, actual, tol * Math.max(1.0, Math.abs(expected)),
                    "envelopment row " + cols.get(c) + " of " + r);
        }
    }

    /** Tone's ρ recomputed from the reported slacks. */
    static double sbmScore(Panel panel, Observation unit, DeaResult r) {
        List<String> cols = columns(panel);
        int m = panel.inputNames().size();
        double in = 0;
        double out = 0;
        for (int c = 0; c < cols.size(); c++) {
            double v = Reference.value(unit, panel, c);
            double ratio = r.slack(cols.get(c)) / v;
            if (c < m) {
                in += ratio;
            } else {
                out += ratio;
            }
        }
        Orientation o = r.model().orientation();
        double num = o == Orientation.OUTPUT ? 1.0 : 1.0 - in / m;
        double den = o == Orientation.INPUT ? 1.0 : 1.0 + out / (cols.size() - m);
        return num / den;
    }

    /** Reads a unit's datum by panel column index. */
    static final class Reference {
        private Reference() {
        }

        static double value(Observation o, Panel panel, int column) {
            int m = panel.inputNames().size();
            int s = panel.goodNames().size();
            if (column < m) {
                return o.inputs()[column];
            }
            if (column < m + s) {
                return o.goods()[column - m];
            }
            return o.bads()[column - m - s];
        }
    }
}
