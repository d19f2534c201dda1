package org.carbonledger.productivity.lp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A revised simplex method in exact rational arithmetic ({@link BigFraction}), used by {@link
 * SimplexLpSolver} to certify or repair an optimum that double precision cannot be trusted
 * with.
 *
 * <p>Every double is a rational number ({@code BigFraction(double)} converts it exactly), so the
 * problem the caller built is solved exactly, with no tolerance at all: a basis is optimal when
 * its basic values are non-negative and no reduced cost is negative, both decided by signs of
 * exact numbers. Pricing runs in double first, with a rigorous bound on its error, and computes
 * a reduced cost exactly only where the double value cannot prove it positive. The entering
 * column is the most negative reduced cost (in double order, confirmed exactly) until a run of
 * degenerate pivots, then Bland's smallest-index rule for the rest of the phase, which
 * terminates in exact arithmetic (Bland 1977); the leaving row is chosen by the minimum ratio
 * with ties broken by the smallest column id.
 *
 * <p>Cost: measured on SBM with undesirable outputs (3 inputs, 1 good, 1 bad, CRS), one unit's
 * labour at 1e13 beside the others' near 1e3, so that every problem of the run is badly scaled
 * and solved here: about 12 ms per unit at n = 1,000 (a full run 12 to 15 s, against about
 * 60 ms for the whole run on ordinary data), mostly in the greatest common divisors that
 * {@link BigFraction} computes after every operation.
 *
 * <p>The column layout is {@link SimplexLpSolver}'s, so that its final basis can be handed over
 * as a warm start: the explicit variables (a free one as a plus and a minus column), one slack
 * per inequality row in row order, one artificial per row that has no slack of sign +1 once rows
 * with a negative right-hand side are negated, then the block columns. When the warm basis is
 * optimal (the usual case) the work is one exact factorisation and one exact pricing pass;
 * otherwise the method pivots on from it, or starts from the slack basis when it is singular or
 * not primal feasible.
 *
 * <p>Exact arithmetic costs far more than double: the work is bounded by a budget of priced
 * columns, and a solve that exceeds it returns {@code null}, which the caller reports as {@link
 * LpStatus#NUMERICAL_TROUBLE}. Not thread-safe; one instance per solve.
 */
final class ExactSimplex {
    private static final int DEGENERATE_RUN = 30;
    private static final MathContext TWENTY_DIGITS = new MathContext(20);

    private final LinearProgram lp;
    private final int m;
    private final boolean[] negated;
    private final BigFraction[] b;
    private final BigFraction[][] dense;     // column, row
    private final double[][] denseDouble;    // the same, as the doubles they came from
    private final double[] denseCostDouble;
    private final BigFraction[] denseCost;
    private final int[] denseVar;
    private final int[] denseSign;
    private final boolean[] artificial;
    private final int nDense;
    private final ColumnBlock block;
    private final int nBlock;
    private final BigFraction[][] blockData; // column, data row; converted when first needed
    private final int blockRows;
    private final long budget;
    private long work;

    private final int[] basis;
    private final boolean[] basic;
    private BigFraction[][] binv;
    private BigFraction[] xb;
    private boolean phaseOne;

    private ExactSimplex(LinearProgram lp, long budget) {
        this.lp = lp;
        this.m = lp.rowCount();
        this.budget = budget;
        this.block = lp.block();
        this.nBlock = block == null ? 0 : block.size();
        negated = new boolean[m];
        b = new BigFraction[m];
        for (int r = 0; r < m; r++) {
            negated[r] = lp.rhs(r) < 0;
            BigFraction v = new BigFraction(lp.rhs(r));
            b[r] = negated[r] ? v.negate() : v;
        }
        int n = lp.variables();
        int count = 0;
        for (int j = 0; j < n; j++) {
            count += lp.isFree(j) ? 2 : 1;
        }
        for (int r = 0; r < m; r++) {
            if (lp.relation(r) != LinearProgram.Relation.EQUAL) {
                count++;
            }
            if (needsArtificial(r)) {
                count++;
            }
        }
        nDense = count;
        dense = new BigFraction[nDense][];
        denseDouble = new double[nDense][];
        denseCostDouble = new double[nDense];
        denseCost = new BigFraction[nDense];
        denseVar = new int[nDense];
        denseSign = new int[nDense];
        artificial = new boolean[nDense];
        BigFraction sense = lp.sense() == LinearProgram.Sense.MAXIMIZE
                ? BigFraction.MINUS_ONE : BigFraction.ONE;
        int c = 0;
        for (int j = 0; j < n; j++) {
            for (int part = 0; part < (lp.isFree(j) ? 2 : 1); part++) {
                int sg = part == 0 ? 1 : -1;
                BigFraction[] col = new BigFraction[m];
                for (int r = 0; r < m; r++) {
                    col[r] = signed(new BigFraction(lp.coefficient(r, j)), sg, r);
                }
                dense[c] = col;
                BigFraction cost = new BigFraction(lp.cost(j)).multiply(sense);
                denseCost[c] = sg > 0 ? cost : cost.negate();
                denseVar[c] = j;
                denseSign[c] = sg;
                c++;
            }
        }
        for (int r = 0; r < m; r++) {
            LinearProgram.Relation rel = lp.relation(r);
            if (rel != LinearProgram.Relation.EQUAL) {
                BigFraction[] col = zeros();
                col[r] = signed(BigFraction.ONE,
                        rel == LinearProgram.Relation.LESS_OR_EQUAL ? 1 : -1, r);
                dense[c] = col;
                denseCost[c] = BigFraction.ZERO;
                denseVar[c] = -1;
                c++;
            }
        }
        for (int r = 0; r < m; r++) {
            if (needsArtificial(r)) {
                BigFraction[] col = zeros();
                col[r] = BigFraction.ONE;
                dense[c] = col;
                denseCost[c] = BigFraction.ZERO;
                denseVar[c] = -1;
                artificial[c] = true;
                c++;
            }
        }
        for (int k = 0; k < nDense; k++) {
            denseDouble[k] = new double[m];
            for (int r = 0; r < m; r++) {
                denseDouble[k][r] = dense[k][r].doubleValue();
            }
            denseCostDouble[k] = denseCost[k].doubleValue();
        }
        blockData = new BigFraction[nBlock][];
        blockRows = block == null ? 0 : block.dataRows();
        basis = new int[m];
        basic = new boolean[nDense + nBlock];
    }

    /**
     * Solves a problem exactly.
     *
     * @param lp the problem
     * @param warmBasis the basis to start from in the layout described above, or null
     * @param budget the largest number of column pricings to spend
     * @return the exact solution (values rounded to double), or null when the budget ran out
     */
    static LpSolution solve(LinearProgram lp, int[] warmBasis, long budget) {
        return new ExactSimplex(lp, budget).run(warmBasis);
    }

    private boolean needsArtificial(int r) {
        LinearProgram.Relation rel = lp.relation(r);
        boolean neg = lp.rhs(r) < 0;
        boolean plusSlack = (rel == LinearProgram.Relation.LESS_OR_EQUAL && !neg)
                || (rel == LinearProgram.Relation.GREATER_OR_EQUAL && neg);
        return !plusSlack;
    }

    private BigFraction signed(BigFraction v, int sign, int row) {
        boolean flip = (sign < 0) != negated[row];
        return flip ? v.negate() : v;
    }

    /**
     * A fraction rounded to double, to within a hair of correct rounding (20 significant
     * digits, then one rounding to double); Commons Math's own {@code doubleValue} divides
     * two doubles and overflows when the numerator and denominator pass 2^1024.
     */
    static double toDouble(BigFraction f) {
        if (sign(f) == 0) {
            return 0.0;
        }
        return new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()),
                TWENTY_DIGITS).doubleValue();
    }

    /** The sign of a fraction (its denominator is kept positive). */
    private static int sign(BigFraction f) {
        return f.getNumerator().signum();
    }

    private BigFraction[] zeros() {
        BigFraction[] z = new BigFraction[m];
        Arrays.fill(z, BigFraction.ZERO);
        return z;
    }

    private LpSolution run(int[] warmBasis) {
        boolean warm = warmBasis != null && warmBasis.length == m && start(warmBasis)
                && primalFeasible();
        if (!warm) {
            coldStart();
            phaseOne = true;
            LpStatus s = iterate();
            if (s == null) {
                return null;
            }
            BigFraction infeasibility = BigFraction.ZERO;
            for (int i = 0; i < m; i++) {
                if (isArtificial(basis[i])) {
                    infeasibility = infeasibility.add(xb[i]);
                }
            }
            if (sign(infeasibility) > 0) {
                return LpSolution.failed(LpStatus.INFEASIBLE, 0);
            }
            driveOutArtificials();
        }
        phaseOne = false;
        LpStatus s = iterate();
        if (s == null) {
            return null;
        }
        if (s != LpStatus.OPTIMAL) {
            return LpSolution.failed(s, 0);
        }
        return extract();
    }

    /** Installs a basis; false if it is not a basis (repeated, excluded or singular). */
    private boolean start(int[] ids) {
        int excluded = block == null ? -1 : block.excluded();
        for (int id : ids) {
            if (id < 0 || id >= nDense + nBlock || basic[id]
                    || (id >= nDense && id - nDense == excluded)) {
                Arrays.fill(basic, false);
                return false;
            }
            basic[id] = true;
        }
        System.arraycopy(ids, 0, basis, 0, m);
        if (!invert()) {
            Arrays.fill(basic, false);
            return false;
        }
        return true;
    }

    private boolean primalFeasible() {
        for (int i = 0; i < m; i++) {
            int s = sign(xb[i]);
            if (s < 0 || (s > 0 && isArtificial(basis[i]))) {
                return false;
            }
        }
        return true;
    }

    private void coldStart() {
        Arrays.fill(basic, false);
        for (int c = 0; c < nDense; c++) {
            if (denseVar[c] >= 0) {
                continue;
            }
            for (int r = 0; r < m; r++) {
                if (dense[c][r].equals(BigFraction.ONE) && (artificial[c] || !needsArtificial(r))) {
                    basis[r] = c;
                    basic[c] = true;
                }
            }
        }
        binv = new BigFraction[m][];
        for (int r = 0; r < m; r++) {
            binv[r] = zeros();
            binv[r][r] = BigFraction.ONE;
        }
        xb = b.clone();
    }

    /** Gauss–Jordan inversion of the basis matrix; false when it is singular. */
    private boolean invert() {
        BigFraction[][] a = new BigFraction[m][2 * m];
        for (int i = 0; i < m; i++) {
            BigFraction[] col = column(basis[i]);
            for (int r = 0; r < m; r++) {
                a[r][i] = col[r];
                a[r][m + i] = r == i ? BigFraction.ONE : BigFraction.ZERO;
            }
        }
        for (int k = 0; k < m; k++) {
            int p = k;
            while (p < m && sign(a[p][k]) == 0) {
                p++;
            }
            if (p == m) {
                return false;
            }
            BigFraction[] t = a[p];
            a[p] = a[k];
            a[k] = t;
            BigFraction inv = a[k][k].reciprocal();
            for (int c = k; c < 2 * m; c++) {
                a[k][c] = a[k][c].multiply(inv);
            }
            for (int r = 0; r < m; r++) {
                BigFraction f = a[r][k];
                if (r != k && sign(f) != 0) {
                    for (int c = k; c < 2 * m; c++) {
                        if (sign(a[k][c]) != 0) {
                            a[r][c] = a[r][c].subtract(f.multiply(a[k][c]));
                        }
                    }
                }
            }
        }
        binv = new BigFraction[m][];
        for (int i = 0; i < m; i++) {
            binv[i] = Arrays.copyOfRange(a[i], m, 2 * m);
        }
        xb = multiply(b);
        return true;
    }

    private BigFraction[] multiply(BigFraction[] v) {
        BigFraction[] out = new BigFraction[m];
        for (int i = 0; i < m; i++) {
            BigFraction s = BigFraction.ZERO;
            for (int r = 0; r < m; r++) {
                if (sign(binv[i][r]) != 0 && sign(v[r]) != 0) {
                    s = s.add(binv[i][r].multiply(v[r]));
                }
            }
            out[i] = s;
        }
        return out;
    }

    private boolean isArtificial(int id) {
        return id < nDense && artificial[id];
    }

    private BigFraction cost(int id) {
        if (id >= nDense) {
            return BigFraction.ZERO;
        }
        if (phaseOne) {
            return artificial[id] ? BigFraction.ONE : BigFraction.ZERO;
        }
        return denseCost[id];
    }

    private BigFraction[] column(int id) {
        if (id < nDense) {
            return dense[id];
        }
        int j = id - nDense;
        BigFraction[] col = zeros();
        BigFraction[] data = blockColumn(j);
        for (int k = 0; k < blockRows; k++) {
            int r = block.row(k);
            col[r] = col[r].add(negated[r] ? data[k].negate() : data[k]);
        }
        int ones = block.onesRow();
        if (ones >= 0) {
            col[ones] = col[ones].add(negated[ones] ? BigFraction.MINUS_ONE : BigFraction.ONE);
        }
        return col;
    }

    private BigFraction[] blockColumn(int j) {
        BigFraction[] data = blockData[j];
        if (data == null) {
            data = new BigFraction[blockRows];
            for (int k = 0; k < blockRows; k++) {
                data[k] = new BigFraction(block.value(k, j));
            }
            blockData[j] = data;
        }
        return data;
    }

    /**
     * A reduced cost in double precision, or NaN when its error bound proves the exact value
     * positive. With the duals rounded to double (relative error u = 2⁻⁵³ each) and m products
     * summed in double, the error is at most (m + 2)·u·Σ|terms| (Higham 2002, §3.1); the bound
     * takes twice that and the smallest normal double on top.
     */
    private double reducedDouble(int id, double[] pi) {
        double d = id < nDense ? costDouble(id) : 0.0;
        double mag = Math.abs(d);
        if (id < nDense) {
            double[] col = denseDouble[id];
            for (int r = 0; r < m; r++) {
                double t = pi[r] * col[r];
                d -= t;
                mag += Math.abs(t);
            }
        } else {
            int j = id - nDense;
            for (int k = 0; k < blockRows; k++) {
                int r = block.row(k);
                double t = pi[r] * block.value(k, j);
                d = negated[r] ? d + t : d - t;
                mag += Math.abs(t);
            }
            int ones = block.onesRow();
            if (ones >= 0) {
                d = negated[ones] ? d + pi[ones] : d - pi[ones];
                mag += Math.abs(pi[ones]);
            }
        }
        double bound = 2.0 * (m + 2) * 0x1p-53 * mag + Double.MIN_NORMAL;
        return d > bound ? Double.NaN : d;
    }

    private double costDouble(int id) {
        if (phaseOne) {
            return artificial[id] ? 1.0 : 0.0;
        }
        return denseCostDouble[id];
    }

    private BigFraction[] duals() {
        BigFraction[] pi = zeros();
        for (int i = 0; i < m; i++) {
            BigFraction cb = cost(basis[i]);
            if (sign(cb) != 0) {
                for (int r = 0; r < m; r++) {
                    if (sign(binv[i][r]) != 0) {
                        pi[r] = pi[r].add(cb.multiply(binv[i][r]));
                    }
                }
            }
        }
        return pi;
    }

    private BigFraction reducedCost(int id, BigFraction[] pi) {
        BigFraction d = cost(id);
        if (id < nDense) {
            BigFraction[] col = dense[id];
            for (int r = 0; r < m; r++) {
                if (sign(col[r]) != 0 && sign(pi[r]) != 0) {
                    d = d.subtract(pi[r].multiply(col[r]));
                }
            }
            return d;
        }
        BigFraction[] data = blockColumn(id - nDense);
        for (int k = 0; k < blockRows; k++) {
            int r = block.row(k);
            BigFraction v = data[k];
            if (sign(v) != 0 && sign(pi[r]) != 0) {
                BigFraction t = pi[r].multiply(v);
                d = negated[r] ? d.add(t) : d.subtract(t);
            }
        }
        int ones = block.onesRow();
        if (ones >= 0 && sign(pi[ones]) != 0) {
            d = negated[ones] ? d.add(pi[ones]) : d.subtract(pi[ones]);
        }
        return d;
    }

    private boolean eligible(int id) {
        int excluded = block == null ? -1 : block.excluded();
        return !basic[id] && !isArtificial(id) && !(id >= nDense && id - nDense == excluded);
    }

    /**
     * Dantzig's rule, by the double-precision reduced costs: the columns are tried from the
     * most negative double value on, and the first whose exact reduced cost is negative enters
     * (the rule picks a column, it proves nothing, so the double order is good enough). Columns
     * whose double value proves them non-negative are never computed exactly. Returns -1 when
     * no column has a negative exact reduced cost: the basis is optimal for the phase.
     */
    private int mostNegative(BigFraction[] pi, double[] piDouble) {
        int[] candidates = new int[nDense + nBlock];
        double[] values = new double[nDense + nBlock];
        int count = 0;
        for (int id = 0; id < nDense + nBlock; id++) {
            if (eligible(id)) {
                double d = reducedDouble(id, piDouble);
                if (!Double.isNaN(d)) {
                    candidates[count] = id;
                    values[count++] = d;
                }
            }
        }
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        for (Integer k : order) {
            if (sign(reducedCost(candidates[k], pi)) < 0) {
                return candidates[k];
            }
        }
        return -1;
    }

    /** Bland's rule: the smallest column id whose exact reduced cost is negative, or -1. */
    private int firstNegative(BigFraction[] pi, double[] piDouble) {
        for (int id = 0; id < nDense + nBlock; id++) {
            if (eligible(id) && !Double.isNaN(reducedDouble(id, piDouble))
                    && sign(reducedCost(id, pi)) < 0) {
                return id;
            }
        }
        return -1;
    }

    /** Iterates the current phase; null when the budget runs out. */
    private LpStatus iterate() {
        int degenerate = 0;
        boolean bland = false;
        while (true) {
            BigFraction[] pi = duals();
            double[] piDouble = new double[m];
            for (int r = 0; r < m; r++) {
                piDouble[r] = toDouble(pi[r]);
            }
            int entering = bland ? firstNegative(pi, piDouble) : mostNegative(pi, piDouble);
            work += nDense + nBlock;
            if (entering < 0) {
                return LpStatus.OPTIMAL;
            }
            if (work > budget) {
                return null;
            }
            BigFraction[] alpha = multiply(column(entering));
            int leave = -1;
            if (!phaseOne) {
                for (int i = 0; i < m && leave < 0; i++) {
                    if (isArtificial(basis[i]) && sign(alpha[i]) != 0) {
                        leave = i;
                    }
                }
            }
            BigFraction ratio = null;
            boolean artificialLeaves = leave >= 0;
            for (int i = 0; i < m && !artificialLeaves; i++) {
                if (sign(alpha[i]) > 0) {
                    BigFraction t = xb[i].divide(alpha[i]);
                    int c = ratio == null ? -1 : t.compareTo(ratio);
                    if (c < 0 || (c == 0 && basis[i] < basis[leave])) {
                        ratio = t;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return LpStatus.UNBOUNDED;
            }
            if (sign(xb[leave]) == 0) {
                bland |= ++degenerate > DEGENERATE_RUN;
            } else {
                degenerate = 0;
            }
            pivot(entering, leave, alpha);
        }
    }

    private void pivot(int entering, int leave, BigFraction[] alpha) {
        BigFraction theta = xb[leave].divide(alpha[leave]);
        BigFraction inv = alpha[leave].reciprocal();
        BigFraction[] pivotRow = binv[leave];
        for (int r = 0; r < m; r++) {
            pivotRow[r] = pivotRow[r].multiply(inv);
        }
        for (int i = 0; i < m; i++) {
            if (i != leave && sign(alpha[i]) != 0) {
                xb[i] = xb[i].subtract(theta.multiply(alpha[i]));
                BigFraction[] row = binv[i];
                for (int r = 0; r < m; r++) {
                    if (sign(pivotRow[r]) != 0) {
                        row[r] = row[r].subtract(alpha[i].multiply(pivotRow[r]));
                    }
                }
            }
        }
        xb[leave] = theta;
        basic[basis[leave]] = false;
        basis[leave] = entering;
        basic[entering] = true;
    }

    /** Pivots basic artificials (at zero after phase 1) out wherever a column allows it. */
    private void driveOutArtificials() {
        int excluded = block == null ? -1 : block.excluded();
        for (int i = 0; i < m; i++) {
            if (!isArtificial(basis[i])) {
                continue;
            }
            for (int id = 0; id < nDense + nBlock; id++) {
                if (basic[id] || isArtificial(id) || (id >= nDense && id - nDense == excluded)) {
                    continue;
                }
                BigFraction[] alpha = multiply(column(id));
                if (sign(alpha[i]) != 0) {
                    pivot(id, i, alpha);
                    break;
                }
            }
            // a row no column reaches is redundant: its artificial stays basic at zero
        }
    }

    private LpSolution extract() {
        int n = lp.variables();
        double[] x = new double[n];
        BigFraction[] exact = new BigFraction[n];
        Arrays.fill(exact, BigFraction.ZERO);
        int blockCount = 0;
        for (int i = 0; i < m; i++) {
            int id = basis[i];
            if (id < nDense) {
                if (denseVar[id] >= 0) {
                    BigFraction v = denseSign[id] > 0 ? xb[i] : xb[i].negate();
                    exact[denseVar[id]] = exact[denseVar[id]].add(v);
                }
            } else if (sign(xb[i]) > 0) {
                blockCount++;
            }
        }
        BigFraction objective = BigFraction.ZERO;
        for (int j = 0; j < n; j++) {
            x[j] = toDouble(exact[j]);
            objective = objective.add(new BigFraction(lp.cost(j)).multiply(exact[j]));
        }
        int[] cols = new int[blockCount];
        int k = 0;
        for (int i = 0; i < m; i++) {
            if (basis[i] >= nDense && sign(xb[i]) > 0) {
                cols[k++] = basis[i] - nDense;
            }
        }
        Arrays.sort(cols);
        double[] vals = new double[blockCount];
        for (int i = 0; i < m; i++) {
            if (basis[i] >= nDense && sign(xb[i]) > 0) {
                vals[Arrays.binarySearch(cols, basis[i] - nDense)] = toDouble(xb[i]);
            }
        }
        BigFraction[] pi = duals();
        double[] y = new double[m];
        for (int r = 0; r < m; r++) {
            BigFraction v = negated[r] ? pi[r].negate() : pi[r];
            y[r] = toDouble(lp.sense() == LinearProgram.Sense.MAXIMIZE ? v.negate() : v);
        }
        return LpSolution.optimal(toDouble(objective), x, cols, vals, y, 0);
    }
}
