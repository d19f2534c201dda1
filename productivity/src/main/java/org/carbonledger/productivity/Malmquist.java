package org.carbonledger.productivity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.productivity.lp.LpSolver;
import org.carbonledger.productivity.lp.LpStatus;
import org.carbonledger.productivity.lp.SimplexLpSolver;

/**
 * Productivity indices between periods, from distance functions d measured by a {@link
 * DeaModel}: radial input θ, radial output 1/φ (Shephard's output distance), or directional
 * 1/(1 + β).
 *
 * <p>With dᵃ(b) the distance of period-b data to the period-a frontier:
 * <ul>
 *   <li>Malmquist (Färe, Grosskopf, Norris &amp; Zhang 1994) and Malmquist–Luenberger (Chung,
 *       Färe &amp; Grosskopf 1997), contemporaneous frontiers:
 *       M = √( dᵗ(t+1)/dᵗ(t) · dᵗ⁺¹(t+1)/dᵗ⁺¹(t) ), EC = dᵗ⁺¹(t+1)/dᵗ(t), TC = M/EC. With
 *       d = 1/(1 + D) this is ML = √( (1+Dᵗ(t))/(1+Dᵗ(t+1)) · (1+Dᵗ⁺¹(t))/(1+Dᵗ⁺¹(t+1)) ).
 *       The input-oriented radial form reads EC = θᵗ⁺¹(t+1)/θᵗ(t),
 *       TC = √( θᵗ(t+1)/θᵗ⁺¹(t+1) · θᵗ(t)/θᵗ⁺¹(t) ).</li>
 *   <li>Global Malmquist–Luenberger (Oh 2010): one global frontier pooling all periods,
 *       GML = dᴳ(t+1)/dᴳ(t), EC from the contemporaneous frontiers as above, TC = GML/EC.
 *       GML is circular: the product over consecutive periods equals the index from the first
 *       period to the last, and the global problems are always feasible for units of the panel.</li>
 * </ul>
 *
 * <p>Cross-period problems may be infeasible (a unit of period t+1 outside the period-t
 * technology under VRS, or under weak disposability). As in the literature (Färe et al. 1994,
 * §4; Oh 2010, §2), such an index is not computed: the {@link ProductivityChange} carries the
 * failing status and a note naming the distance, and the other units are unaffected.
 *
 * <p>Every unit observed in either period of a pair gets a {@link ProductivityChange}: a unit
 * missing from one of the two periods gets one with status {@link LpStatus#UNDEFINED} and a note
 * naming the period it lacks, never silently nothing. A distance that is not a positive number
 * (a directional β ≤ −1; a radial score of 0 for a unit without good output) makes the index
 * {@link LpStatus#UNDEFINED} too. Periods are taken in time order ({@link Panel#periods()}).
 * Immutable and thread-safe.
 */
public final class Malmquist {

    /** Which index to compute. */
    public enum Index {
        /** Malmquist (Färe et al. 1994), normally with a radial model. */
        MALMQUIST,
        /** Malmquist–Luenberger (Chung et al. 1997), normally with a directional model. */
        MALMQUIST_LUENBERGER,
        /** Global Malmquist–Luenberger (Oh 2010). */
        GLOBAL_MALMQUIST_LUENBERGER;

        /**
         * The command-line name: {@code malmquist}, {@code ml} or {@code gml}.
         *
         * @return the label
         */
        public String label() {
            switch (this) {
                case MALMQUIST:
                    return "malmquist";
                case MALMQUIST_LUENBERGER:
                    return "ml";
                default:
                    return "gml";
            }
        }

        /**
         * The index named by a label.
         *
         * @param label malmquist, ml or gml (case-insensitive)
         * @return the index
         * @throws IllegalArgumentException naming the accepted labels
         */
        public static Index parse(String label) {
            for (Index i : values()) {
                if (i.label().equals(label.toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
            throw new IllegalArgumentException("unknown index '" + label
                    + "'; expected malmquist, ml or gml");
        }
    }

    private final Index index;
    private final DeaModel model;
    private final LpSolver solver;

    private Malmquist(Index index, DeaModel model, LpSolver solver) {
        this.index = index;
        this.model = model;
        this.solver = solver;
    }

    /**
     * An index computed with the distances of a model.
     *
     * @param index which index
     * @param model a radial or directional model, not super-efficiency
     * @return the calculator
     * @throws IllegalArgumentException for SBM, cost or super-efficiency models
     */
    public static Malmquist of(Index index, DeaModel model) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(model, "model");
        if (model.isSuperEfficiency() || (model.kind() != DeaModel.Kind.RADIAL
                && model.kind() != DeaModel.Kind.DIRECTIONAL)) {
            throw new IllegalArgumentException("productivity indices use radial or directional "
                    + "distance functions, not " + model.describe());
        }
        return new Malmquist(index, model, new SimplexLpSolver());
    }

    /**
     * This calculator with another LP solver.
     *
     * @param lpSolver the solver
     * @return the calculator
     */
    public Malmquist withSolver(LpSolver lpSolver) {
        return new Malmquist(index, model, Objects.requireNonNull(lpSolver, "lpSolver"));
    }

    /**
     * The index between each pair of consecutive periods.
     *
     * @param panel a panel with at least two periods
     * @return one change per unit present in either period of each pair, pair by pair
     * @throws IllegalArgumentException if the panel has fewer than two periods
     */
    public List<ProductivityChange> compute(Panel panel) {
        Objects.requireNonNull(panel, "panel");
        List<String> periods = panel.periods();
        if (!panel.hasPeriods() || periods.size() < 2) {
            throw new IllegalArgumentException("a productivity index needs at least two periods; "
                    + "the panel has " + (panel.hasPeriods() ? periods.size() : 0));
        }
        Dea dea = Dea.of(model).withSolver(solver);
        Map<String, Map<String, DeaResult>> global = new HashMap<>();
        List<ProductivityChange> out = new ArrayList<>();
        for (int k = 0; k + 1 < periods.size(); k++) {
            out.addAll(compute(panel, dea, periods.get(k), periods.get(k + 1), global));
        }
        return out;
    }

    /**
     * The index between two given periods (for GML, the chained index's endpoints).
     *
     * @param panel the panel
     * @param from the first period
     * @param to the second period
     * @return one change per unit present in either period
     */
    public List<ProductivityChange> compute(Panel panel, String from, String to) {
        Objects.requireNonNull(panel, "panel");
        return compute(panel, Dea.of(model).withSolver(solver), from, to, new HashMap<>());
    }

    private List<ProductivityChange> compute(Panel panel, Dea dea, String a, String b,
            Map<String, Map<String, DeaResult>> globalCache) {
        Map<String, DeaResult> aa = byDmu(dea.evaluate(panel, a, a));
        Map<String, DeaResult> bb = byDmu(dea.evaluate(panel, b, b));
        Map<String, DeaResult> ab = null;
        Map<String, DeaResult> ba = null;
        Map<String, DeaResult> ga = null;
        Map<String, DeaResult> gb = null;
        if (index == Index.GLOBAL_MALMQUIST_LUENBERGER) {
            ga = global(panel, dea, a, globalCache);
            gb = global(panel, dea, b, globalCache);
        } else {
            ab = byDmu(dea.evaluate(panel, a, b));
            ba = byDmu(dea.evaluate(panel, b, a));
        }
        List<ProductivityChange> out = new ArrayList<>();
        for (String dmu : unitsOf(panel, a, b)) {
            String missing = !aa.containsKey(dmu) ? a : !bb.containsKey(dmu) ? b : null;
            if (missing != null) {
                out.add(new ProductivityChange(dmu, a, b, index, Double.NaN, Double.NaN,
                        Double.NaN, LpStatus.UNDEFINED, "unit " + dmu + " has no observation in"
                                + " period " + missing + ", so no index from " + a + " to " + b
                                + " is defined"));
                continue;
            }
            Distances d = new Distances();
            double daa = d.get(aa.get(dmu), a, a);
            double dbb = d.get(bb.get(dmu), b, b);
            double ec = dbb / daa;
            double value;
            if (index == Index.GLOBAL_MALMQUIST_LUENBERGER) {
                double dga = d.get(ga.get(dmu), "G", a);
                double dgb = d.get(gb.get(dmu), "G", b);
                value = dgb / dga;
            } else {
                double dab = d.get(ab.get(dmu), a, b);
                double dba = d.get(ba.get(dmu), b, a);
                value = Math.sqrt((dab / daa) * (dbb / dba));
            }
            if (d.status != LpStatus.OPTIMAL) {
                out.add(new ProductivityChange(dmu, a, b, index, Double.NaN, Double.NaN,
                        Double.NaN, d.status, d.note));
            } else {
                out.add(new ProductivityChange(dmu, a, b, index, value, ec, value / ec,
                        LpStatus.OPTIMAL, null));
            }
        }
        return out;
    }

    /** The units of either period: those of the first in order, then those new in the second. */
    private static List<String> unitsOf(Panel panel, String a, String b) {
        java.util.LinkedHashSet<String> units = new java.util.LinkedHashSet<>();
        for (Observation o : panel.period(a)) {
            units.add(o.dmu());
        }
        for (Observation o : panel.period(b)) {
            units.add(o.dmu());
        }
        return new ArrayList<>(units);
    }

    private static Map<String, DeaResult> global(Panel panel, Dea dea, String period,
            Map<String, Map<String, DeaResult>> cache) {
        return cache.computeIfAbsent(period,
                p -> byDmu(dea.evaluate(panel, panel.observations(), panel.period(p))));
    }

    private static Map<String, DeaResult> byDmu(List<DeaResult> results) {
        Map<String, DeaResult> m = new HashMap<>();
        for (DeaResult r : results) {
            m.put(r.dmu(), r);
        }
        return m;
    }

    /** Collects distances, remembering the first that failed. */
    private static final class Distances {
        LpStatus status = LpStatus.OPTIMAL;
        String note;

        double get(DeaResult r, String frontier, String data) {
            String what = "distance of period " + data + " data to the " + frontierName(frontier);
            if (!r.isOptimal()) {
                fail(r.status(), what + " is " + r.status().label()
                        + r.note().map(n -> " (" + n + ")").orElse(""));
                return Double.NaN;
            }
            double d = r.score();
            if (!(d > 0) || Double.isInfinite(d)) {
                fail(LpStatus.UNDEFINED, what + " is " + d + ", and an index is a ratio of"
                        + " positive distances" + r.note().map(n -> " (" + n + ")").orElse(""));
                return Double.NaN;
            }
            return d;
        }

        private static String frontierName(String f) {
            return f.equals("G") ? "global frontier" : "period " + f + " frontier";
        }

        private void fail(LpStatus s, String why) {
            if (status == LpStatus.OPTIMAL) {
                status = s;
                note = why;
            }
        }
    }
}
