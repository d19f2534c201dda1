package org.carbonledger.productivity.lp;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A test oracle: the textbook two-phase tableau simplex (Chvátal 1983, ch. 2 and 8) in exact
 * rational arithmetic, with Bland's rule throughout and an artificial variable on every row.
 *
 * <p>It shares nothing with the production solvers but the {@link LinearProgram} it reads: no
 * scaling, no warm start, no column generation, no tolerance. Every block column is expanded
 * into a dense tableau, so it is meant for the small panels of property tests. Its answer is the
 * exact optimum of the problem as built (doubles are exact rationals), rounded to double at the
 * end.
 */
public final class RationalTableauSolver implements LpSolver {

    @Override
    public LpSolution solve(LinearProgram lp) {
        int m = lp.rowCount();
        ColumnBlock block = lp.block();
        List<int[]> origin = new ArrayList<>(); // {kind, index, sign}: 0 explicit, 1 block, 2 slack
        for (int j = 0; j < lp.variables(); j++) {
            origin.add(new int[] {0, j, 1});
            if (lp.isFree(j)) {
                origin.add(new int[] {0, j, -1});
            }
        }
        if (block != null) {
            for (int j = 0; j < block.size(); j++) {
                if (j != block.excluded()) {
                    origin.add(new int[] {1, j, 1});
                }
            }
        }
        for (int r = 0; r < m; r++) {
            if (lp.relation(r) != LinearProgram.Relation.EQUAL) {
                origin.add(new int[] {2, r,
                        lp.relation(r) == LinearProgram.Relation.LESS_OR_EQUAL ? 1 : -1});
            }
        }
        int n = origin.size();
        int width = n + m + 1; // structural, artificial, right-hand side
        BigFraction[][] t = new BigFraction[m][width];
        for (int r = 0; r < m; r++) {
            boolean flip = lp.rhs(r) < 0;
            for (int c = 0; c < width; c++) {
                t[r][c] = BigFraction.ZERO;
            }
            for (int c = 0; c < n; c++) {
                BigFraction v = entry(lp, origin.get(c), r);
                t[r][c] = flip ? v.negate() : v;
            }
            t[r][n + r] = BigFraction.ONE;
            BigFraction rhs = new BigFraction(lp.rhs(r));
            t[r][width - 1] = flip ? rhs.negate() : rhs;
        }
        int[] basis = new int[m];
        for (int r = 0; r < m; r++) {
            basis[r] = n + r;
        }
        BigFraction[] phase1 = new BigFraction[width - 1];
        for (int c = 0; c < width - 1; c++) {
            phase1[c] = c >= n ? BigFraction.ONE : BigFraction.ZERO;
        }
        if (!run(t, basis, phase1, width - 1)) {
            throw new IllegalStateException("phase 1 cannot be unbounded");
        }
        BigFraction infeasibility = BigFraction.ZERO;
        for (int r = 0; r < m; r++) {
            if (basis[r] >= n) {
                infeasibility = infeasibility.add(t[r][width - 1]);
            }
        }
        if (infeasibility.compareTo(BigFraction.ZERO) > 0) {
            return LpSolution.failed(LpStatus.INFEASIBLE, 0);
        }
        for (int r = 0; r < m; r++) {
            if (basis[r] >= n) {
                for (int c = 0; c < n; c++) {
                    if (t[r][c].compareTo(BigFraction.ZERO) != 0) {
                        pivot(t, basis, r, c);
                        break;
                    }
                }
            }
        }
        BigFraction sense = lp.sense() == LinearProgram.Sense.MAXIMIZE
                ? BigFraction.MINUS_ONE : BigFraction.ONE;
        BigFraction[] cost = new BigFraction[width - 1];
        for (int c = 0; c < width - 1; c++) {
            int[] o = c < n ? origin.get(c) : null;
            cost[c] = o != null && o[0] == 0
                    ? new BigFraction(lp.cost(o[1])).multiply(o[2]).multiply(sense)
                    : BigFraction.ZERO;
        }
        if (!run(t, basis, cost, n)) {
            return LpSolution.failed(LpStatus.UNBOUNDED, 0);
        }
        BigFraction[] x = new BigFraction[lp.variables()];
        java.util.Arrays.fill(x, BigFraction.ZERO);
        java.util.TreeMap<Integer, BigFraction> lambda = new java.util.TreeMap<>();
        for (int r = 0; r < m; r++) {
            if (basis[r] < n) {
                int[] o = origin.get(basis[r]);
                BigFraction v = t[r][width - 1];
                if (o[0] == 0) {
                    x[o[1]] = x[o[1]].add(v.multiply(o[2]));
                } else if (o[0] == 1 && v.compareTo(BigFraction.ZERO) > 0) {
                    lambda.put(o[1], v);
                }
            }
        }
        BigFraction objective = BigFraction.ZERO;
        double[] xd = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            objective = objective.add(new BigFraction(lp.cost(j)).multiply(x[j]));
            xd[j] = x[j].doubleValue();
        }
        int[] cols = new int[lambda.size()];
        double[] vals = new double[lambda.size()];
        int k = 0;
        for (var e : lambda.entrySet()) {
            cols[k] = e.getKey();
            vals[k++] = e.getValue().doubleValue();
        }
        return LpSolution.optimal(objective.doubleValue(), xd, cols, vals, new double[0], 0);
    }

    private static BigFraction entry(LinearProgram lp, int[] o, int r) {
        if (o[0] == 0) {
            return new BigFraction(lp.coefficient(r, o[1])).multiply(o[2]);
        }
        if (o[0] == 2) {
            return o[1] == r ? new BigFraction(o[2]) : BigFraction.ZERO;
        }
        ColumnBlock block = lp.block();
        BigFraction v = BigFraction.ZERO;
        for (int k = 0; k < block.dataRows(); k++) {
            if (block.row(k) == r) {
                v = v.add(new BigFraction(block.value(k, o[1])));
            }
        }
        return block.onesRow() == r ? v.add(BigFraction.ONE) : v;
    }

    /** Bland's rule over columns {@code 0 .. eligible-1}; false when unbounded. */
    private static boolean run(BigFraction[][] t, int[] basis, BigFraction[] cost, int eligible) {
        int m = t.length;
        int rhs = t[0].length - 1;
        while (true) {
            int enter = -1;
            for (int c = 0; c < eligible && enter < 0; c++) {
                BigFraction d = cost[c];
                for (int r = 0; r < m; r++) {
                    d = d.subtract(cost[basis[r]].multiply(t[r][c]));
                }
                if (d.compareTo(BigFraction.ZERO) < 0) {
                    enter = c;
                }
            }
            if (enter < 0) {
                return true;
            }
            int leave = -1;
            BigFraction best = null;
            for (int r = 0; r < m; r++) {
                if (t[r][enter].compareTo(BigFraction.ZERO) > 0) {
                    BigFraction ratio = t[r][rhs].divide(t[r][enter]);
                    int c = best == null ? -1 : ratio.compareTo(best);
                    if (c < 0 || (c == 0 && basis[r] < basis[leave])) {
                        best = ratio;
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                return false;
            }
            pivot(t, basis, leave, enter);
        }
    }

    private static void pivot(BigFraction[][] t, int[] basis, int row, int col) {
        BigFraction p = t[row][col];
        for (int c = 0; c < t[row].length; c++) {
            t[row][c] = t[row][c].divide(p);
        }
        for (int r = 0; r < t.length; r++) {
            BigFraction f = t[r][col];
            if (r != row && f.compareTo(BigFraction.ZERO) != 0) {
                for (int c = 0; c < t[r].length; c++) {
                    t[r][c] = t[r][c].subtract(f.multiply(t[row][c]));
                }
            }
        }
        basis[row] = col;
    }

    @Override
    public String toString() {
        return "RationalTableauSolver";
    }
}
