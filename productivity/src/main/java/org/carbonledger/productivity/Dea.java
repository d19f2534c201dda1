package org.carbonledger.productivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.productivity.lp.ColumnBlock;
import org.carbonledger.productivity.lp.LinearProgram;
import org.carbonledger.productivity.lp.LinearProgram.Relation;
import org.carbonledger.productivity.lp.LpSolution;
import org.carbonledger.productivity.lp.LpSolver;
import org.carbonledger.productivity.lp.LpStatus;
import org.carbonledger.productivity.lp.SimplexLpSolver;

/**
 * Evaluates units with a {@link DeaModel}: each unit's envelopment LP against a reference set.
 *
 * <pre>{@code
 * List<DeaResult> r = Dea.of(DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS)).evaluate(panel);
 * }</pre>
 *
 * <p>Formulations (envelopment form; unit 0 is evaluated against reference units j with data
 * X, Y, B and intensities λ ≥ 0; VRS adds Σλ = 1, or ΣΛ = t in the Charnes–Cooper forms):
 * <ul>
 *   <li>radial input (CCR/BCC): min θ, Xλ + s⁻ = θx₀, Yλ − s⁺ = y₀; output: max φ, Xλ + s⁻ = x₀,
 *       Yλ − s⁺ = φy₀; then phase 2, max Σs⁻ + Σs⁺ at the optimal θ or φ (Cooper, Seiford &amp;
 *       Tone 2007, §3.3). Bad outputs: input-like {@code Bλ + sᵇ = θb₀} (input orientation) or
 *       {@code = b₀} (output orientation); weak {@code Bλ = b₀}.</li>
 *   <li>SBM (Tone 2001, 2004), linearised by Charnes–Cooper: min t − (1/m) Σ S⁻ᵢ/xᵢ₀ s.t.
 *       t + (1/(s₁+s₂)) (Σ Sᵍ/yᵍ₀ + Σ Sᵇ/b₀) = 1, XΛ + S⁻ = tx₀, YΛ − Sᵍ = ty₀, BΛ + Sᵇ = tb₀;
 *       ρ = objective, λ = Λ/t, s = S/t. Input orientation drops the output terms (t = 1),
 *       output orientation the input terms. A zero datum drops its term, and the mean is over
 *       the remaining terms (Tone 2001, §6).</li>
 *   <li>super-SBM (Tone 2002), for the units with ρ = 1, unit 0 left out of the reference set:
 *       min t + (1/m) Σ S⁻/x₀ s.t. t − (1/(s₁+s₂)) (Σ Sᵍ/yᵍ₀ + Σ Sᵇ/b₀) = 1,
 *       XΛ − S⁻ ≤ tx₀, YΛ + Sᵍ ≥ ty₀, Sᵍ ≤ ty₀, BΛ − Sᵇ ≤ tb₀.</li>
 *   <li>Andersen–Petersen (1993): the radial model with unit 0 left out.</li>
 *   <li>directional distance (Chung, Färe &amp; Grosskopf 1997): max β (free) s.t.
 *       Xλ + s⁻ = x₀ − βgx, Yλ − s⁺ = y₀ + βgy, weak {@code Bλ = b₀ − βgb} or input-like
 *       {@code Bλ + sᵇ = b₀ − βgb}; then phase 2 as for radial models.</li>
 *   <li>cost (Färe, Grosskopf &amp; Lovell 1985): min p·x̃ s.t. Xλ ≤ x̃, Yλ ≥ y₀; cost efficiency
 *       min p·x̃ over p·x₀, allocative = cost / radial input efficiency.</li>
 * </ul>
 *
 * <p>Work is reused across the n problems of a run: the reference data is one shared {@link
 * ColumnBlock}, and the units found on the frontier so far are offered to the solver as a
 * warm-start hint, so with the default {@link SimplexLpSolver} each problem iterates over the
 * frontier units only and prices the rest in one pass. This changes no optimum (the solver
 * proves optimality over all columns); peers are reported as found by the solver.
 *
 * <p>Immutable and thread-safe.
 */
public final class Dea {
    private static final double PEER_EPS = 1e-10;
    private static final double EFFICIENT = 1.0 - 1e-9;
    /** Round-off allowed beyond a score's bounds (scores are exact optima rounded to double). */
    private static final double BOUND_SLACK = 1e-9;
    /**
     * 1 + β at or below this is β = −1 to round-off (the exact re-solve gives β to double
     * rounding, about 1e-16 relative), where the distance 1/(1 + β) is not defined.
     */
    private static final double BETA_FLOOR = 1e-12;

    private final DeaModel model;
    private final LpSolver solver;

    private Dea(DeaModel model, LpSolver solver) {
        this.model = model;
        this.solver = solver;
    }

    /**
     * A calculator for a model with the default solver ({@link SimplexLpSolver}).
     *
     * @param model the model
     * @return the calculator
     */
    public static Dea of(DeaModel model) {
        return new Dea(Objects.requireNonNull(model, "model"), new SimplexLpSolver());
    }

    /**
     * This calculator with another LP solver.
     *
     * @param lpSolver the solver
     * @return the calculator
     */
    public Dea withSolver(LpSolver lpSolver) {
        return new Dea(model, Objects.requireNonNull(lpSolver, "lpSolver"));
    }

    /** @return the model */
    public DeaModel model() {
        return model;
    }

    /**
     * Evaluates every observation against the frontier of its own period (a cross-section is one
     * period).
     *
     * @param panel the data
     * @return one result per observation, period by period, in the panel's order within a period
     * @throws IllegalArgumentException if the model needs data the panel lacks (prices for cost,
     *     a bad-output convention when the panel has bad outputs)
     */
    public List<DeaResult> evaluate(Panel panel) {
        Objects.requireNonNull(panel, "panel");
        List<DeaResult> out = new ArrayList<>(panel.size());
        for (String p : panel.periods()) {
            List<Observation> obs = panel.period(p);
            out.addAll(evaluate(panel, obs, obs));
        }
        return out;
    }

    /**
     * Evaluates every observation against one frontier pooled over all periods.
     *
     * @param panel the data
     * @return one result per observation, in the panel's order
     */
    public List<DeaResult> evaluatePooled(Panel panel) {
        Objects.requireNonNull(panel, "panel");
        return evaluate(panel, panel.observations(), panel.observations());
    }

    /**
     * Evaluates the observations of one period against the frontier of another (the
     * cross-period distance functions of the Malmquist indices). The unit may lie outside the
     * reference technology; the score may then exceed 1 or the problem be infeasible.
     *
     * @param panel the data
     * @param referencePeriod the period whose units span the frontier
     * @param evaluatedPeriod the period whose units are evaluated
     * @return one result per unit of the evaluated period
     */
    public List<DeaResult> evaluate(Panel panel, String referencePeriod, String evaluatedPeriod) {
        return evaluate(panel, panel.period(referencePeriod), panel.period(evaluatedPeriod));
    }

    /**
     * Evaluates units against a reference set given explicitly.
     *
     * @param panel supplies the column names
     * @param reference the units spanning the frontier
     * @param units the units to evaluate
     * @return one result per unit
     */
    public List<DeaResult> evaluate(Panel panel, List<Observation> reference,
            List<Observation> units) {
        Objects.requireNonNull(panel, "panel");
        checkModelFits(panel);
        Reference ref = new Reference(panel, reference);
        List<DeaResult> out = new ArrayList<>(units.size());
        for (Observation o : units) {
            out.add(evaluateOne(ref, o));
        }
        return out;
    }

    private void checkModelFits(Panel panel) {
        boolean bads = !panel.badNames().isEmpty();
        if (bads && model.kind() != DeaModel.Kind.SBM && model.badOutputs().isEmpty()) {
            throw new IllegalArgumentException("the panel has bad outputs " + panel.badNames()
                    + ", so the " + model.kind().label() + " model needs a bad-output convention"
                    + " (weak or input-like)");
        }
        if (model.kind() == DeaModel.Kind.COST && !panel.hasPrices()) {
            throw new IllegalArgumentException("cost efficiency needs a price for every input of "
                    + "every unit (columns price_<input>)");
        }
    }

    private DeaResult evaluateOne(Reference ref, Observation o) {
        String undefined = undefinedFor(o);
        if (undefined != null) {
            return DeaResult.failed(o, model, LpStatus.UNDEFINED, undefined);
        }
        DeaResult r;
        switch (model.kind()) {
            case RADIAL:
            case DIRECTIONAL:
                r = radial(ref, o);
                break;
            case SBM:
                r = sbm(ref, o);
                break;
            case COST:
                r = cost(ref, o);
                break;
            default:
                throw new IllegalStateException("unknown model " + model.kind());
        }
        r = withinBounds(ref, o, r);
        if (r.isOptimal() && allZero(o.y()) && model.kind() != DeaModel.Kind.DIRECTIONAL) {
            r = r.withNote("every good output of the unit is zero: its score measures the input"
                    + " it could save making nothing, and is 0 where the technology makes nothing"
                    + " from nothing (CRS)");
        }
        return r;
    }

    /**
     * The case, if any, in which the model's measure is not defined for a unit's data; null
     * when it is defined. Only the evaluated unit's data matters: a unit of zeros stays in the
     * reference set as the point of inaction, which changes nothing under CRS and adds the
     * origin to a VRS technology (its note says so; the data is the user's to keep or drop).
     */
    private String undefinedFor(Observation o) {
        boolean noInput = allZero(o.x());
        boolean noGood = allZero(o.y());
        if (noInput && noGood && allZero(o.b())) {
            return "every input and output of the unit is zero: no efficiency is defined (0/0)"
                    + (model.returnsToScale() == ReturnsToScale.VRS ? "; it is kept as a"
                            + " reference unit, the point of inaction, which under VRS adds the"
                            + " origin to the technology (remove the row if it is missing data)"
                            : "");
        }
        boolean radial = model.kind() == DeaModel.Kind.RADIAL || model.kind() == DeaModel.Kind.COST;
        if (radial && model.orientation() == Orientation.INPUT && noInput) {
            return "every input of the unit is zero: an input-oriented model has nothing to"
                    + " contract";
        }
        if ((radial || model.kind() == DeaModel.Kind.SBM)
                && model.orientation() == Orientation.OUTPUT && noGood) {
            return "every good output of the unit is zero: an output-oriented model has nothing"
                    + " to expand";
        }
        return null;
    }

    private static boolean allZero(double[] v) {
        for (double d : v) {
            if (d != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A unit evaluated against a reference set that contains it scores in [0, 1] (radial, SBM,
     * directional distance β ≥ 0, cost): the unit itself, λ = 1, is feasible. A score outside
     * by more than round-off (1e-9) can only come from a solver's wrong optimum (such as
     * Commons Math's on badly scaled data), and is reported as numerical trouble, not printed.
     * Super-efficiency and cross-period scores have no upper bound and are not checked.
     */
    private DeaResult withinBounds(Reference ref, Observation o, DeaResult r) {
        if (!r.isOptimal() || model.isSuperEfficiency() || ref.indexOf(o) < 0) {
            return r;
        }
        double score = r.score();
        if (score >= -BOUND_SLACK && score <= 1 + BOUND_SLACK) {
            return r;
        }
        return DeaResult.failed(o, model, LpStatus.NUMERICAL_TROUBLE, "the solver's optimum "
                + "gives a score of " + score + ", outside [0, 1] for a unit of its own"
                + " reference set; the number is not reported");
    }

    // ---------------------------------------------------------------- radial and directional

    private DeaResult radial(Reference ref, Observation o) {
        int excluded = model.isSuperEfficiency() ? ref.indexOf(o) : -1;
        if (model.isSuperEfficiency() && ref.units.size() == (excluded >= 0 ? 1 : 0)) {
            return noOtherUnit(o);
        }
        LinearProgram lp1 = radialProgram(ref, o, Double.NaN);
        LpSolution s1 = ref.solve(solver, lp1, o, excluded);
        if (!s1.isOptimal()) {
            return DeaResult.failed(o, model, s1.status());
        }
        double v = s1.value(0);
        LinearProgram lp2 = radialProgram(ref, o, v);
        LpSolution s2 = ref.solve(solver, lp2, o, excluded);
        LpSolution s = s2.isOptimal() ? s2 : s1;
        DeaResult.Builder b = DeaResult.builder(o, model);
        if (model.kind() == DeaModel.Kind.DIRECTIONAL && 1.0 + v <= BETA_FLOOR * Math.max(1, -v)) {
            return DeaResult.failed(o, model, LpStatus.UNDEFINED, "beta = " + v + " <= -1: the"
                    + " distance 1/(1 + beta) is not a positive number, so no score is defined");
        }
        if (model.kind() == DeaModel.Kind.DIRECTIONAL) {
            b.beta(v).score(1.0 / (1.0 + v));
        } else if (model.orientation() == Orientation.OUTPUT) {
            b.phi(v).score(1.0 / v);
        } else {
            b.score(v);
        }
        double[] slack = new double[ref.rows];
        int var = 1;
        for (int r = 0; r < ref.rows; r++) {
            if (hasSlack(ref, r)) {
                slack[r] = Math.max(0.0, s.value(var++));
            }
        }
        fill(b, ref, s, 1.0, slack, null);
        return b.build();
    }

    private boolean hasSlack(Reference ref, int row) {
        return !(row >= ref.m + ref.s
                && model.badOutputs().orElse(null) == BadOutputConvention.WEAK_DISPOSABILITY);
    }

    /**
     * Phase 1 when {@code fixed} is NaN (optimise the score variable), phase 2 otherwise
     * (score fixed, maximise the sum of slacks).
     */
    private LinearProgram radialProgram(Reference ref, Observation o, double fixed) {
        int slacks = 0;
        for (int r = 0; r < ref.rows; r++) {
            if (hasSlack(ref, r)) {
                slacks++;
            }
        }
        boolean phase2 = !Double.isNaN(fixed);
        boolean ddf = model.kind() == DeaModel.Kind.DIRECTIONAL;
        boolean output = model.orientation() == Orientation.OUTPUT;
        LinearProgram.Sense sense = phase2 || ddf || output
                ? LinearProgram.Sense.MAXIMIZE : LinearProgram.Sense.MINIMIZE;
        LinearProgram.Builder lp = LinearProgram.builder(sense, 1 + slacks);
        if (!phase2) {
            lp.cost(0, 1.0);
        }
        if (ddf) {
            lp.free(0);
        }
        double[] d = ref.data(o);
        double[] g = ddf ? direction(ref, d) : null;
        int var = 1;
        for (int r = 0; r < ref.rows; r++) {
            double[] row = new double[1 + slacks];
            double rhs;
            double vCoef;
            boolean input = r < ref.m;
            boolean good = r >= ref.m && r < ref.m + ref.s;
            if (ddf) {
                rhs = d[r];
                vCoef = good ? -g[r] : g[r];
            } else if (output) {
                rhs = good ? 0.0 : d[r];
                vCoef = good ? -d[r] : 0.0;
            } else {
                boolean contracted = input || (!good
                        && model.badOutputs().orElse(null) == BadOutputConvention.INPUT_LIKE);
                rhs = contracted ? 0.0 : d[r];
                vCoef = contracted ? -d[r] : 0.0;
            }
            if (hasSlack(ref, r)) {
                row[var] = good ? -1.0 : 1.0;
                if (phase2) {
                    lp.cost(var, 1.0);
                }
                var++;
            }
            if (phase2) {
                rhs -= vCoef * fixed;
            } else {
                row[0] = vCoef;
            }
            lp.row(row, Relation.EQUAL, rhs);
        }
        if (model.returnsToScale() == ReturnsToScale.VRS) {
            lp.row(new double[1 + slacks], Relation.EQUAL, 1.0);
        }
        lp.block(ref.block(model.returnsToScale() == ReturnsToScale.VRS ? ref.rows : -1, 0));
        return lp.build();
    }

    private double[] direction(Reference ref, double[] d) {
        double[] g = new double[ref.rows];
        Direction dir = model.direction().orElseThrow();
        for (int r = 0; r < ref.rows; r++) {
            boolean input = r < ref.m;
            switch (dir) {
                case OBSERVED:
                    g[r] = d[r];
                    break;
                case OUTPUT:
                    g[r] = input ? 0.0 : d[r];
                    break;
                default:
                    g[r] = 1.0;
            }
        }
        return g;
    }

    // ---------------------------------------------------------------- SBM

    private DeaResult sbm(Reference ref, Observation o) {
        LpSolution s = ref.solve(solver, sbmProgram(ref, o), o, -1);
        if (!s.isOptimal()) {
            return DeaResult.failed(o, model, s.status());
        }
        double rho = s.objective();
        if (model.isSuperEfficiency() && rho >= EFFICIENT) {
            return superSbm(ref, o);
        }
        double t = s.value(0);
        double[] slack = new double[ref.rows];
        for (int r = 0; r < ref.rows; r++) {
            slack[r] = Math.max(0.0, s.value(1 + r)) / t;
        }
        DeaResult.Builder b = DeaResult.builder(o, model).score(rho);
        fill(b, ref, s, t, slack, null);
        return b.build();
    }

    private LinearProgram sbmProgram(Reference ref, Observation o) {
        double[] d = ref.data(o);
        boolean inTerms = model.orientation() != Orientation.OUTPUT;
        boolean outTerms = model.orientation() != Orientation.INPUT;
        int n = 1 + ref.rows;
        LinearProgram.Builder lp = LinearProgram.builder(LinearProgram.Sense.MINIMIZE, n);
        lp.cost(0, 1.0);
        int mPos = countPositive(d, 0, ref.m);
        int outPos = countPositive(d, ref.m, ref.rows);
        double[] row0 = new double[n];
        row0[0] = 1.0;
        for (int r = 0; r < ref.rows; r++) {
            if (d[r] <= 0) {
                continue;
            }
            if (r < ref.m) {
                if (inTerms) {
                    lp.cost(1 + r, -1.0 / (mPos * d[r]));
                }
            } else if (outTerms) {
                row0[1 + r] = 1.0 / (outPos * d[r]);
            }
        }
        lp.row(row0, Relation.EQUAL, 1.0);
        for (int r = 0; r < ref.rows; r++) {
            double[] row = new double[n];
            row[0] = -d[r];
            row[1 + r] = r >= ref.m && r < ref.m + ref.s ? -1.0 : 1.0;
            lp.row(row, Relation.EQUAL, 0.0);
        }
        boolean vrs = model.returnsToScale() == ReturnsToScale.VRS;
        if (vrs) {
            double[] row = new double[n];
            row[0] = -1.0;
            lp.row(row, Relation.EQUAL, 0.0);
        }
        lp.block(ref.block(vrs ? 1 + ref.rows : -1, 1));
        return lp.build();
    }

    private DeaResult superSbm(Reference ref, Observation o) {
        int excluded = ref.indexOf(o);
        if (ref.units.size() == (excluded >= 0 ? 1 : 0)) {
            return noOtherUnit(o);
        }
        double[] d = ref.data(o);
        boolean inTerms = model.orientation() != Orientation.OUTPUT;
        boolean outTerms = model.orientation() != Orientation.INPUT;
        int n = 1 + ref.rows;
        LinearProgram.Builder lp = LinearProgram.builder(LinearProgram.Sense.MINIMIZE, n);
        lp.cost(0, 1.0);
        int mPos = countPositive(d, 0, ref.m);
        int outPos = countPositive(d, ref.m, ref.rows);
        double[] row0 = new double[n];
        row0[0] = 1.0;
        for (int r = 0; r < ref.rows; r++) {
            if (d[r] <= 0) {
                continue;
            }
            if (r < ref.m) {
                if (inTerms) {
                    lp.cost(1 + r, 1.0 / (mPos * d[r]));
                }
            } else if (outTerms) {
                row0[1 + r] = -1.0 / (outPos * d[r]);
            }
        }
        lp.row(row0, Relation.EQUAL, 1.0);
        for (int r = 0; r < ref.rows; r++) {
            boolean good = r >= ref.m && r < ref.m + ref.s;
            boolean movable = r < ref.m ? inTerms : outTerms;
            double[] row = new double[n];
            row[0] = -d[r];
            if (movable) {
                row[1 + r] = good ? 1.0 : -1.0;
            }
            lp.row(row, good ? Relation.GREATER_OR_EQUAL : Relation.LESS_OR_EQUAL, 0.0);
        }
        boolean vrs = model.returnsToScale() == ReturnsToScale.VRS;
        if (vrs) {
            double[] row = new double[n];
            row[0] = -1.0;
            lp.row(row, Relation.EQUAL, 0.0);
        }
        if (outTerms) {
            for (int r = ref.m; r < ref.m + ref.s; r++) {
                double[] row = new double[n];
                row[0] = -d[r];
                row[1 + r] = 1.0;
                lp.row(row, Relation.LESS_OR_EQUAL, 0.0);
            }
        }
        lp.block(ref.block(vrs ? 1 + ref.rows : -1, 1));
        LpSolution s = ref.solve(solver, lp.build(), o, excluded);
        if (!s.isOptimal()) {
            return DeaResult.failed(o, model, s.status());
        }
        double t = s.value(0);
        double[] slack = new double[ref.rows];
        double[] target = new double[ref.rows];
        for (int r = 0; r < ref.rows; r++) {
            slack[r] = Math.max(0.0, s.value(1 + r)) / t;
            boolean good = r >= ref.m && r < ref.m + ref.s;
            target[r] = good ? d[r] - slack[r] : d[r] + slack[r];
        }
        DeaResult.Builder b = DeaResult.builder(o, model).score(s.objective());
        fill(b, ref, s, t, slack, target);
        return b.build();
    }

    /**
     * Super-efficiency compares a unit with the others only; with none, its problem has no
     * feasible point (the built LP, with 1/y rounded to double, could otherwise show a
     * spurious optimum near 1e16 to an exact solver).
     */
    private DeaResult noOtherUnit(Observation o) {
        return DeaResult.failed(o, model, LpStatus.INFEASIBLE, "super-efficiency compares the"
                + " unit with the others in its reference set, and there are none");
    }

    private static int countPositive(double[] d, int from, int to) {
        int c = 0;
        for (int r = from; r < to; r++) {
            if (d[r] > 0) {
                c++;
            }
        }
        return Math.max(c, 1);
    }

    // ---------------------------------------------------------------- cost

    private DeaResult cost(Reference ref, Observation o) {
        double[] d = ref.data(o);
        double[] p = o.p();
        int n = ref.m;
        LinearProgram.Builder lp = LinearProgram.builder(LinearProgram.Sense.MINIMIZE, n);
        double observed = 0.0;
        for (int i = 0; i < ref.m; i++) {
            lp.cost(i, p[i]);
            observed += p[i] * d[i];
        }
        if (observed <= 0) {
            throw new IllegalArgumentException("unit " + o.dmu() + " has an observed cost of "
                    + observed + "; cost efficiency needs positive prices of its inputs");
        }
        for (int r = 0; r < ref.rows; r++) {
            double[] row = new double[n];
            if (r < ref.m) {
                row[r] = -1.0;
                lp.row(row, Relation.LESS_OR_EQUAL, 0.0);
            } else if (r < ref.m + ref.s) {
                lp.row(row, Relation.GREATER_OR_EQUAL, d[r]);
            } else {
                lp.row(row, model.badOutputs().orElseThrow() == BadOutputConvention.INPUT_LIKE
                        ? Relation.LESS_OR_EQUAL : Relation.EQUAL, d[r]);
            }
        }
        boolean vrs = model.returnsToScale() == ReturnsToScale.VRS;
        if (vrs) {
            lp.row(new double[n], Relation.EQUAL, 1.0);
        }
        lp.block(ref.block(vrs ? ref.rows : -1, 0));
        LpSolution s = ref.solve(solver, lp.build(), o, -1);
        if (!s.isOptimal()) {
            return DeaResult.failed(o, model, s.status());
        }
        DeaModel technicalModel = DeaModel.radial(Orientation.INPUT, model.returnsToScale());
        if (model.badOutputs().isPresent()) {
            technicalModel = technicalModel.withBadOutputs(model.badOutputs().get());
        }
        DeaResult te = new Dea(technicalModel, solver).radial(ref, o);
        double ce = s.objective() / observed;
        DeaResult.Builder b = DeaResult.builder(o, model).score(ce);
        if (te.isOptimal()) {
            b.technical(te.score()).allocative(ce / te.score());
        }
        double[] slack = new double[ref.rows];
        double[] target = new double[ref.rows];
        double[] proj = ref.projection(s, 1.0);
        for (int r = 0; r < ref.rows; r++) {
            target[r] = r < ref.m ? s.value(r) : proj[r];
            slack[r] = r < ref.m ? Math.max(0.0, s.value(r) - proj[r]) : Math.max(0.0,
                    r < ref.m + ref.s ? proj[r] - d[r] : d[r] - proj[r]);
        }
        fill(b, ref, s, 1.0, slack, target);
        return b.build();
    }

    // ---------------------------------------------------------------- results

    private void fill(DeaResult.Builder b, Reference ref, LpSolution s, double t, double[] slack,
            double[] target) {
        double[] proj = target != null ? target : ref.projection(s, t);
        for (int r = 0; r < ref.rows; r++) {
            // round-off of the order of the data's magnitude times 1e-12 is not a slack
            double noise = 1e-10 * Math.max(ref.base.rowMagnitude(r), Math.abs(proj[r]));
            b.slack(ref.names.get(r), Math.abs(slack[r]) < noise ? 0.0 : slack[r]);
        }
        for (int r = 0; r < ref.rows; r++) {
            b.target(ref.names.get(r), proj[r]);
        }
        int[] cols = s.blockColumns();
        double[] vals = s.blockValues();
        for (int k = 0; k < cols.length; k++) {
            double lambda = vals[k] / t;
            if (lambda > PEER_EPS) {
                b.peer(ref.peerName(cols[k]), lambda);
            }
        }
    }

    /** The reference units of one evaluation, as one shared column block. */
    private static final class Reference {
        final int m;
        final int s;
        final int q;
        final int rows;
        final List<String> names;
        final List<Observation> units;
        final ColumnBlock base;
        final IdentityHashMap<Observation, Integer> index = new IdentityHashMap<>();
        final boolean uniqueNames;
        // frontier units found so far, offered to the solver as a warm start
        private int[] frontier = new int[16];
        private int frontierSize;
        private final boolean[] onFrontier;

        Reference(Panel panel, List<Observation> units) {
            this.m = panel.inputNames().size();
            this.s = panel.goodNames().size();
            this.q = panel.badNames().size();
            this.rows = m + s + q;
            List<String> n = new ArrayList<>(panel.inputNames());
            n.addAll(panel.goodNames());
            n.addAll(panel.badNames());
            this.names = List.copyOf(n);
            this.units = units;
            double[][] data = new double[rows][units.size()];
            java.util.Set<String> seen = new java.util.HashSet<>();
            boolean unique = true;
            for (int j = 0; j < units.size(); j++) {
                Observation o = units.get(j);
                index.put(o, j);
                unique &= seen.add(o.dmu());
                double[] d = concat(o);
                for (int r = 0; r < rows; r++) {
                    data[r][j] = d[r];
                }
            }
            this.uniqueNames = unique;
            this.base = ColumnBlock.of(data);
            this.onFrontier = new boolean[units.size()];
        }

        static double[] concat(Observation o) {
            double[] x = o.x();
            double[] y = o.y();
            double[] b = o.b();
            double[] d = Arrays.copyOf(x, x.length + y.length + b.length);
            System.arraycopy(y, 0, d, x.length, y.length);
            System.arraycopy(b, 0, d, x.length + y.length, b.length);
            return d;
        }

        double[] data(Observation o) {
            return concat(o);
        }

        int indexOf(Observation o) {
            Integer i = index.get(o);
            return i == null ? -1 : i;
        }

        String peerName(int j) {
            Observation o = units.get(j);
            return uniqueNames || o.periodOrNull() == null ? o.dmu()
                    : o.dmu() + "|" + o.periodOrNull();
        }

        /** The block placed in rows {@code firstRow ..}, with an optional ones row. */
        ColumnBlock block(int onesRow, int firstRow) {
            int[] r = new int[rows];
            for (int k = 0; k < rows; k++) {
                r[k] = firstRow + k;
            }
            return base.inRows(r).withOnesRow(onesRow);
        }

        LpSolution solve(LpSolver solver, LinearProgram lp, Observation o, int excluded) {
            int own = indexOf(o);
            int extra = own >= 0 && own != excluded && !onFrontier[own] ? 1 : 0;
            int[] hint = Arrays.copyOf(frontier, frontierSize + extra);
            if (extra == 1) {
                hint[frontierSize] = own;
            }
            ColumnBlock block = lp.block().excluding(excluded).withHint(hint);
            LinearProgram withHint = rebuild(lp, block);
            LpSolution sol = solver.solve(withHint);
            if (sol.isOptimal()) {
                for (int j : sol.blockColumns()) {
                    if (!onFrontier[j]) {
                        onFrontier[j] = true;
                        if (frontierSize == frontier.length) {
                            frontier = Arrays.copyOf(frontier, frontier.length * 2);
                        }
                        frontier[frontierSize++] = j;
                    }
                }
            }
            return sol;
        }

        private static LinearProgram rebuild(LinearProgram lp, ColumnBlock block) {
            LinearProgram.Builder b = LinearProgram.builder(lp.sense(), lp.variables());
            for (int j = 0; j < lp.variables(); j++) {
                b.cost(j, lp.cost(j));
                if (lp.isFree(j)) {
                    b.free(j);
                }
            }
            double[] row = new double[lp.variables()];
            for (int r = 0; r < lp.rowCount(); r++) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = lp.coefficient(r, j);
                }
                b.row(row, lp.relation(r), lp.rhs(r));
            }
            return b.block(block).build();
        }

        /** Σ λⱼ dataⱼ per row, with λ = value / t. */
        double[] projection(LpSolution sol, double t) {
            double[] p = new double[rows];
            int[] cols = sol.blockColumns();
            double[] vals = sol.blockValues();
            for (int k = 0; k < cols.length; k++) {
                double lambda = vals[k] / t;
                for (int r = 0; r < rows; r++) {
                    p[r] += lambda * base.value(r, cols[k]);
                }
            }
            return p;
        }
    }
}
