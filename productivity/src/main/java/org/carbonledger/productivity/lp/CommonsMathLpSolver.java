package org.carbonledger.productivity.lp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * An {@link LpSolver} on Commons Math 3's dense tableau {@link SimplexSolver}: every block
 * column is expanded into the tableau and each problem is solved cold.
 *
 * <p>This is the baseline of the DEA benchmarks (docs/design.md §7) and an independent check of
 * {@link SimplexLpSolver} in tests. It does not scale the problem, and its absolute
 * tolerances make badly scaled data give wrong optima: on SBM with capital near 1e7 and CO2 near
 * 1e8 it returned 0.676 for a unit whose optimum is 0.491 (the same data in units near 1 gives
 * 0.491). It may also cycle on degenerate problems, reported as {@link LpStatus#NOT_SOLVED}
 * at the iteration limit. It reports no duals.
 *
 * <p>Immutable and thread-safe.
 */
public final class CommonsMathLpSolver implements LpSolver {
    private final int maxIterations;

    /** A solver with an iteration limit of 1,000,000. */
    public CommonsMathLpSolver() {
        this(1_000_000);
    }

    /**
     * A solver with the given iteration limit.
     *
     * @param maxIterations the limit, positive
     */
    public CommonsMathLpSolver(int maxIterations) {
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("maxIterations must be positive: " + maxIterations);
        }
        this.maxIterations = maxIterations;
    }

    @Override
    public LpSolution solve(LinearProgram problem) {
        Objects.requireNonNull(problem, "problem");
        int n = problem.variables();
        ColumnBlock block = problem.block();
        int nb = block == null ? 0 : block.size();
        int excluded = block == null ? -1 : block.excluded();
        // layout: explicit (free ones split into + and -), then block columns
        int[] plus = new int[n];
        int[] minus = new int[n];
        int c = 0;
        for (int j = 0; j < n; j++) {
            plus[j] = c++;
            minus[j] = problem.isFree(j) ? c++ : -1;
        }
        int blockStart = c;
        int total = c + nb;
        double[] obj = new double[total];
        for (int j = 0; j < n; j++) {
            obj[plus[j]] = problem.cost(j);
            if (minus[j] >= 0) {
                obj[minus[j]] = -problem.cost(j);
            }
        }
        List<LinearConstraint> constraints = new ArrayList<>(problem.rowCount() + 1);
        double[][] rows = new double[problem.rowCount()][total];
        for (int r = 0; r < problem.rowCount(); r++) {
            for (int j = 0; j < n; j++) {
                double a = problem.coefficient(r, j);
                rows[r][plus[j]] = a;
                if (minus[j] >= 0) {
                    rows[r][minus[j]] = -a;
                }
            }
        }
        if (block != null) {
            for (int k = 0; k < block.dataRows(); k++) {
                int r = block.row(k);
                for (int j = 0; j < nb; j++) {
                    rows[r][blockStart + j] += block.value(k, j);
                }
            }
            if (block.onesRow() >= 0) {
                for (int j = 0; j < nb; j++) {
                    rows[block.onesRow()][blockStart + j] += 1.0;
                }
            }
        }
        for (int r = 0; r < problem.rowCount(); r++) {
            constraints.add(new LinearConstraint(rows[r], relationship(problem.relation(r)),
                    problem.rhs(r)));
        }
        if (excluded >= 0) {
            double[] fix = new double[total];
            fix[blockStart + excluded] = 1.0;
            constraints.add(new LinearConstraint(fix, Relationship.EQ, 0.0));
        }
        GoalType goal = problem.sense() == LinearProgram.Sense.MAXIMIZE
                ? GoalType.MAXIMIZE : GoalType.MINIMIZE;
        PointValuePair p;
        try {
            p = new SimplexSolver().optimize(new MaxIter(maxIterations),
                    new LinearObjectiveFunction(obj, 0.0), new LinearConstraintSet(constraints),
                    goal, new NonNegativeConstraint(true));
        } catch (NoFeasibleSolutionException e) {
            return LpSolution.failed(LpStatus.INFEASIBLE, 0);
        } catch (UnboundedSolutionException e) {
            return LpSolution.failed(LpStatus.UNBOUNDED, 0);
        } catch (TooManyIterationsException e) {
            return LpSolution.failed(LpStatus.NOT_SOLVED, maxIterations);
        }
        double[] point = p.getPoint();
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = point[plus[j]] - (minus[j] >= 0 ? point[minus[j]] : 0.0);
        }
        int count = 0;
        for (int j = 0; j < nb; j++) {
            if (point[blockStart + j] > 0.0) {
                count++;
            }
        }
        int[] cols = new int[count];
        double[] vals = new double[count];
        int k = 0;
        for (int j = 0; j < nb; j++) {
            if (point[blockStart + j] > 0.0) {
                cols[k] = j;
                vals[k++] = point[blockStart + j];
            }
        }
        return LpSolution.optimal(p.getValue(), x, cols, vals, new double[0], 0);
    }

    private static Relationship relationship(LinearProgram.Relation r) {
        switch (r) {
            case LESS_OR_EQUAL:
                return Relationship.LEQ;
            case GREATER_OR_EQUAL:
                return Relationship.GEQ;
            default:
                return Relationship.EQ;
        }
    }

    @Override
    public String toString() {
        return "CommonsMathLpSolver";
    }
}
