package org.carbonledger.productivity.lp;

import java.util.Arrays;
import java.util.Objects;

/**
 * The default {@link LpSolver}: a two-phase revised simplex method with an explicit basis
 * inverse (Dantzig 1963; Chvátal 1983, ch. 7), with column generation over a {@link
 * ColumnBlock} (Gilmore &amp; Gomory 1961).
 *
 * <p>Numerics. Rows and columns are equilibrated by powers of two before solving (so data with
 * CO2 near 1e8 beside labour near 1e3 is as well conditioned as data near 1), the leaving row is
 * chosen by Harris's two-pass ratio test, the inverse is recomputed from the basis every {@value
 * #REINVERT} pivots and before optimality is declared, and after a run of degenerate pivots the
 * rules switch to Bland's, which cannot cycle. Tolerances apply to the scaled problem.
 *
 * <p>Verification. Scaling cannot help when one row holds numbers many orders of magnitude
 * apart (one unit's staff at 1e10 beside the others' near 100): after equilibration the small
 * entries fall below the pivot and feasibility tolerances, and the double-precision simplex
 * returns a basis that is not optimal, or not feasible, and calls it optimal. So no answer
 * leaves this solver unchecked:
 * <ul>
 *   <li>a problem is <em>badly scaled</em> when, after equilibration, some non-zero
 *       coefficient is below {@value #BADLY_SCALED} of its row's or column's largest (six
 *       decades inside one row; the tolerances are 1e-9, so such an entry carries fewer than
 *       three trustworthy digits against them);</li>
 *   <li>on a well-scaled problem, an optimum is accepted when every constraint of the problem
 *       as given (not the scaled one) holds to {@value #TOL_RESIDUAL} of the magnitude of its
 *       terms; an infeasible or unbounded verdict is accepted as it stands;</li>
 *   <li>otherwise, and for every outcome on a badly scaled problem, the final basis is handed
 *       to an exact rational simplex ({@link ExactSimplex}), which certifies it (exact primal
 *       and dual feasibility, hence complementary slackness) or pivots on to the exact optimum,
 *       or proves the problem infeasible or unbounded;</li>
 *   <li>when the exact re-solve exceeds its work budget, the status is {@link
 *       LpStatus#NUMERICAL_TROUBLE} and no number is reported.</li>
 * </ul>
 * On well-scaled data the checks cost one pass over the rows and the basic columns, next to
 * the pricing passes every solve makes anyway. Dual feasibility there is the solver's own last
 * pricing pass, made over every column on a freshly inverted basis before optimality is
 * declared (complementary slackness holds by construction for a basic solution); a second,
 * relative pass over all columns made the SBM benchmark about 30 % slower at n = 2,000 (168
 * against 129 ms) and is left to badly scaled problems, where the exact certificate replaces
 * it.
 *
 * <p>Column generation. Only the block columns named by the block's hint, and those that price
 * out favourably, take part in the simplex iterations; when none of them improves, every
 * block column is priced with the current duals (in phase 1 with the phase-1 duals, so a
 * restricted problem that is infeasible grows until it is feasible or proven infeasible), and
 * the best few are added. The result is the optimum of the whole problem, not of the
 * restricted one. Where a DEA run evaluates n units against one reference set, each problem
 * therefore touches the frontier units and a single pass over the data per pricing round.
 *
 * <p>Immutable and thread-safe.
 */
public final class SimplexLpSolver implements LpSolver {
    /** Pivots between recomputations of the basis inverse. */
    static final int REINVERT = 50;
    private static final double TOL_PRIMAL = 1e-9;
    private static final double TOL_DUAL = 1e-9;
    private static final double TOL_PIVOT = 1e-9;
    private static final double TOL_INFEASIBLE = 1e-8;
    /** Relative residual above which a double-precision optimum is re-solved exactly. */
    static final double TOL_RESIDUAL = 1e-9;
    /** Smallest scaled coefficient, relative to its row's and column's largest, trusted. */
    static final double BADLY_SCALED = 1e-6;
    /** Full pricing passes the exact re-solve may spend (and at least 200,000 pricings). */
    private static final long EXACT_PASSES = 100;
    private static final int PRICE_BATCH = 8;
    private static final int DEGENERATE_RUN = 60;

    private final long exactWork;

    /** Creates the solver. */
    public SimplexLpSolver() {
        this(-1);
    }

    /**
     * A solver whose exact re-solves may price at most {@code exactWork} columns in all (tests
     * reach {@link LpStatus#NUMERICAL_TROUBLE} with it); negative for the default budget of
     * {@value #EXACT_PASSES} pricing passes over all columns, and at least 200,000 pricings.
     */
    SimplexLpSolver(long exactWork) {
        this.exactWork = exactWork;
    }

    @Override
    public boolean reportsDuals() {
        return true;
    }

    @Override
    public LpSolution solve(LinearProgram problem) {
        Objects.requireNonNull(problem, "problem");
        Run run = new Run(problem);
        LpSolution s = run.solve();
        boolean trusted = !run.badlyScaled() && (s.isOptimal() ? run.satisfiedBy(s)
                : s.status() != LpStatus.NOT_SOLVED);
        if (trusted) {
            return s;
        }
        long budget = exactWork >= 0 ? exactWork
                : Math.max(200_000L, EXACT_PASSES * run.columnCount());
        LpSolution exact = ExactSimplex.solve(problem, run.basis(), budget);
        return exact != null ? exact
                : LpSolution.failed(LpStatus.NUMERICAL_TROUBLE, s.iterations());
    }

    @Override
    public String toString() {
        return "SimplexLpSolver";
    }

    /** The working state of one solve. */
    private static final class Run {
        private final LinearProgram lp;
        private final int m;
        private final ColumnBlock block;
        private final int nBlock;
        // dense columns: explicit (split when free), slacks, artificials
        private final double[][] dense;
        private final double[] denseCost;
        private final int[] denseVar;      // explicit variable or -1
        private final int[] denseSign;     // +1 / -1 for split free variables
        private final double[] denseScale;
        private final boolean[] artificial;
        private final int nDense;
        private final double[] rowScale;
        private final double[] rowMaxOriginal;
        private final double[] b;
        private final double[] blockRowFactor; // R of each block data row
        private final double onesFactor;
        private final int onesRow;
        // basis
        private final int[] basis;
        private final double[][] binv;
        private final double[] xb;
        private final boolean[] denseBasic;
        private final boolean[] blockBasic;
        private final boolean[] inPool;
        private int[] pool;
        private int poolSize;
        private final double[] cost;      // current phase cost of dense columns
        private boolean phaseOne;
        private int iterations;
        private int sincePivotReinvert;
        private int degenerateRun;
        private final double[] work;
        private final double[] alpha;
        private final double[] pi;
        private double[] reduced;

        Run(LinearProgram lp) {
            this.lp = lp;
            this.m = lp.rowCount();
            this.block = lp.block();
            this.nBlock = block == null ? 0 : block.size();
            this.onesRow = block == null ? -1 : block.onesRow();
            int n = lp.variables();

            // row scaling: equilibrate over explicit coefficients and block magnitudes
            double[] rowMax = new double[m];
            for (int r = 0; r < m; r++) {
                double[] row = lp.rowUnsafe(r);
                for (double v : row) {
                    rowMax[r] = Math.max(rowMax[r], Math.abs(v));
                }
            }
            if (block != null) {
                for (int k = 0; k < block.dataRows(); k++) {
                    int r = block.row(k);
                    rowMax[r] = Math.max(rowMax[r], block.rowMagnitude(k));
                }
                if (onesRow >= 0) {
                    rowMax[onesRow] = Math.max(rowMax[onesRow], 1.0);
                }
            }
            rowMaxOriginal = rowMax;
            rowScale = new double[m];
            b = new double[m];
            for (int r = 0; r < m; r++) {
                double s = rowMax[r] > 0 ? powerOfTwo(1.0 / rowMax[r]) : 1.0;
                if (lp.rhs(r) < 0) {
                    s = -s;
                }
                rowScale[r] = s;
                b[r] = lp.rhs(r) * s;
            }
            if (block != null) {
                blockRowFactor = new double[block.dataRows()];
                for (int k = 0; k < blockRowFactor.length; k++) {
                    blockRowFactor[k] = rowScale[block.row(k)];
                }
                onesFactor = onesRow >= 0 ? rowScale[onesRow] : 0.0;
            } else {
                blockRowFactor = new double[0];
                onesFactor = 0.0;
            }

            // count dense columns
            int explicitCols = 0;
            for (int j = 0; j < n; j++) {
                explicitCols += lp.isFree(j) ? 2 : 1;
            }
            int slackCols = 0;
            for (int r = 0; r < m; r++) {
                if (lp.relation(r) != LinearProgram.Relation.EQUAL) {
                    slackCols++;
                }
            }
            // an artificial for every row without a +1 slack after sign normalisation
            boolean[] needsArtificial = new boolean[m];
            int artCols = 0;
            for (int r = 0; r < m; r++) {
                LinearProgram.Relation rel = lp.relation(r);
                boolean plusSlack = (rel == LinearProgram.Relation.LESS_OR_EQUAL && rowScale[r] > 0)
                        || (rel == LinearProgram.Relation.GREATER_OR_EQUAL && rowScale[r] < 0);
                if (!plusSlack) {
                    needsArtificial[r] = true;
                    artCols++;
                }
            }
            nDense = explicitCols + slackCols + artCols;
            dense = new double[nDense][];
            denseCost = new double[nDense];
            denseVar = new int[nDense];
            denseSign = new int[nDense];
            denseScale = new double[nDense];
            artificial = new boolean[nDense];
            double sign = lp.sense() == LinearProgram.Sense.MAXIMIZE ? -1.0 : 1.0;
            int c = 0;
            for (int j = 0; j < n; j++) {
                for (int part = 0; part < (lp.isFree(j) ? 2 : 1); part++) {
                    int sg = part == 0 ? 1 : -1;
                    double[] col = new double[m];
                    double max = 0;
                    for (int r = 0; r < m; r++) {
                        col[r] = sg * lp.coefficient(r, j) * rowScale[r];
                        max = Math.max(max, Math.abs(col[r]));
                    }
                    double cs = max > 0 ? powerOfTwo(1.0 / max) : 1.0;
                    for (int r = 0; r < m; r++) {
                        col[r] *= cs;
                    }
                    dense[c] = col;
                    denseCost[c] = sign * sg * lp.cost(j) * cs;
                    denseVar[c] = j;
                    denseSign[c] = sg;
                    denseScale[c] = cs;
                    c++;
                }
            }
            basis = new int[m];
            Arrays.fill(basis, -1);
            for (int r = 0; r < m; r++) {
                LinearProgram.Relation rel = lp.relation(r);
                if (rel == LinearProgram.Relation.EQUAL) {
                    continue;
                }
                double[] col = new double[m];
                double unit = rel == LinearProgram.Relation.LESS_OR_EQUAL ? 1.0 : -1.0;
                col[r] = unit * rowScale[r];
                double cs = 1.0 / Math.abs(col[r]);
                col[r] *= cs;
                dense[c] = col;
                denseVar[c] = -1;
                denseScale[c] = cs;
                if (col[r] > 0) {
                    basis[r] = c;
                }
                c++;
            }
            for (int r = 0; r < m; r++) {
                if (needsArtificial[r]) {
                    double[] col = new double[m];
                    col[r] = 1.0;
                    dense[c] = col;
                    denseVar[c] = -1;
                    denseScale[c] = 1.0;
                    artificial[c] = true;
                    basis[r] = c;
                    c++;
                }
            }
            binv = new double[m][m];
            for (int r = 0; r < m; r++) {
                binv[r][r] = 1.0;
            }
            xb = b.clone();
            denseBasic = new boolean[nDense];
            for (int r = 0; r < m; r++) {
                denseBasic[basis[r]] = true;
            }
            blockBasic = new boolean[nBlock];
            inPool = new boolean[nBlock];
            pool = new int[Math.max(16, block == null ? 0 : block.hintUnsafe().length + 16)];
            if (block != null) {
                for (int j : block.hintUnsafe()) {
                    if (j >= 0 && j < nBlock && j != block.excluded() && !inPool[j]) {
                        addToPool(j);
                    }
                }
            }
            cost = new double[nDense];
            work = new double[m];
            alpha = new double[m];
            pi = new double[m];
        }

        /** The final basis in {@link ExactSimplex}'s column layout. */
        int[] basis() {
            return basis.clone();
        }

        int columnCount() {
            return nDense + nBlock;
        }

        /**
         * Whether some non-zero coefficient, after equilibration, is below {@link #BADLY_SCALED}
         * of the largest in its column (dense columns are scaled to a largest entry near 1) or
         * its row (block entries, whose rows are scaled to a largest entry near 1).
         */
        boolean badlyScaled() {
            for (int c = 0; c < nDense; c++) {
                double max = 0.0;
                double min = Double.POSITIVE_INFINITY;
                for (double v : dense[c]) {
                    double a = Math.abs(v);
                    if (a > 0) {
                        max = Math.max(max, a);
                        min = Math.min(min, a);
                    }
                }
                if (min < BADLY_SCALED * max) {
                    return true;
                }
            }
            for (int k = 0; k < blockRowFactor.length; k++) {
                double min = block.rowMinimum(k) * Math.abs(blockRowFactor[k]);
                double max = Math.abs(rowScale[block.row(k)]) * rowMaxOriginal[block.row(k)];
                if (min > 0 && min < BADLY_SCALED * max) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a solution satisfies every row of the problem as given, to {@link
         * #TOL_RESIDUAL} of the sum of the absolute values of the row's terms and right-hand
         * side, with every non-free variable non-negative.
         */
        boolean satisfiedBy(LpSolution s) {
            int n = lp.variables();
            double[] x = s.values();
            for (int j = 0; j < n; j++) {
                if (!lp.isFree(j) && x[j] < 0) {
                    return false;
                }
            }
            double[] lhs = new double[m];
            double[] mag = new double[m];
            for (int r = 0; r < m; r++) {
                double[] row = lp.rowUnsafe(r);
                for (int j = 0; j < n; j++) {
                    double t = row[j] * x[j];
                    lhs[r] += t;
                    mag[r] += Math.abs(t);
                }
            }
            int[] cols = s.blockColumns();
            double[] vals = s.blockValues();
            for (int i = 0; i < cols.length; i++) {
                for (int k = 0; k < blockRowFactor.length; k++) {
                    double t = block.value(k, cols[i]) * vals[i];
                    lhs[block.row(k)] += t;
                    mag[block.row(k)] += Math.abs(t);
                }
                if (onesRow >= 0) {
                    lhs[onesRow] += vals[i];
                    mag[onesRow] += Math.abs(vals[i]);
                }
            }
            for (int r = 0; r < m; r++) {
                double tol = TOL_RESIDUAL * (mag[r] + Math.abs(lp.rhs(r)));
                double gap = lhs[r] - lp.rhs(r);
                boolean ok;
                switch (lp.relation(r)) {
                    case LESS_OR_EQUAL:
                        ok = gap <= tol;
                        break;
                    case GREATER_OR_EQUAL:
                        ok = gap >= -tol;
                        break;
                    default:
                        ok = Math.abs(gap) <= tol;
                }
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        LpSolution solve() {
            int maxIterations = 20_000 + 20 * (m + nDense) + 4 * nBlock;
            // phase 1
            phaseOne = true;
            boolean anyArtificial = false;
            for (int c = 0; c < nDense; c++) {
                cost[c] = artificial[c] ? 1.0 : 0.0;
                anyArtificial |= artificial[c];
            }
            if (anyArtificial) {
                LpStatus s = iterate(maxIterations);
                if (s != LpStatus.OPTIMAL) {
                    return LpSolution.failed(s == LpStatus.UNBOUNDED ? LpStatus.NOT_SOLVED : s,
                            iterations);
                }
                double infeasibility = 0;
                double scale = 1.0;
                for (int r = 0; r < m; r++) {
                    scale = Math.max(scale, Math.abs(b[r]));
                    if (basis[r] < nDense && artificial[basis[r]]) {
                        infeasibility += Math.max(0, xb[r]);
                    }
                }
                if (infeasibility > TOL_INFEASIBLE * scale) {
                    return LpSolution.failed(LpStatus.INFEASIBLE, iterations);
                }
                driveOutArtificials();
            }
            // phase 2
            phaseOne = false;
            System.arraycopy(denseCost, 0, cost, 0, nDense);
            degenerateRun = 0;
            LpStatus s = iterate(maxIterations);
            if (s != LpStatus.OPTIMAL) {
                return LpSolution.failed(s, iterations);
            }
            return extract();
        }

        private LpStatus iterate(int maxIterations) {
            double costScale = 1.0;
            for (int c = 0; c < nDense; c++) {
                costScale = Math.max(costScale, Math.abs(cost[c]));
            }
            double tolDual = TOL_DUAL * costScale;
            while (true) {
                if (iterations >= maxIterations) {
                    return LpStatus.NOT_SOLVED;
                }
                computeDuals();
                boolean bland = degenerateRun > DEGENERATE_RUN;
                int entering = bland ? chooseBland(tolDual) : chooseDantzig(tolDual);
                if (entering < 0) {
                    if (sincePivotReinvert > 0) {
                        if (!reinvert()) {
                            return LpStatus.NOT_SOLVED;
                        }
                        continue;
                    }
                    return LpStatus.OPTIMAL;
                }
                column(entering, work);
                multiply(work, alpha);
                int leave = ratioTest(bland);
                if (leave < 0) {
                    return LpStatus.UNBOUNDED;
                }
                pivot(entering, leave);
                iterations++;
                if (++sincePivotReinvert >= REINVERT && !reinvert()) {
                    return LpStatus.NOT_SOLVED;
                }
            }
        }

        private void computeDuals() {
            Arrays.fill(pi, 0.0);
            for (int i = 0; i < m; i++) {
                double cb = basicCost(basis[i]);
                if (cb != 0.0) {
                    double[] row = binv[i];
                    for (int r = 0; r < m; r++) {
                        pi[r] += cb * row[r];
                    }
                }
            }
        }

        private double basicCost(int id) {
            return id < nDense ? cost[id] : 0.0;
        }

        private boolean eligibleDense(int c) {
            return !denseBasic[c] && !artificial[c];
        }

        private double reducedDense(int c) {
            double[] col = dense[c];
            double d = cost[c];
            for (int r = 0; r < m; r++) {
                d -= pi[r] * col[r];
            }
            return d;
        }

        private double reducedBlock(int j) {
            double d = 0.0;
            for (int k = 0; k < blockRowFactor.length; k++) {
                d -= pi[block.row(k)] * blockRowFactor[k] * block.dataRowUnsafe(k)[j];
            }
            if (onesRow >= 0) {
                d -= pi[onesRow] * onesFactor;
            }
            return d;
        }

        private int chooseDantzig(double tolDual) {
            int best = -1;
            double bestD = -tolDual;
            for (int c = 0; c < nDense; c++) {
                if (eligibleDense(c)) {
                    double d = reducedDense(c);
                    if (d < bestD) {
                        bestD = d;
                        best = c;
                    }
                }
            }
            for (int p = 0; p < poolSize; p++) {
                int j = pool[p];
                if (!blockBasic[j]) {
                    double d = reducedBlock(j);
                    if (d < bestD) {
                        bestD = d;
                        best = nDense + j;
                    }
                }
            }
            if (best >= 0 || nBlock == 0 || poolSize >= nBlock) {
                return best;
            }
            return priceBlock(tolDual);
        }

        /** Prices every block column outside the pool; adds the best few to the pool. */
        private int priceBlock(double tolDual) {
            if (reduced == null) {
                reduced = new double[nBlock];
            }
            double[] d = reduced;
            double base = onesRow >= 0 ? -pi[onesRow] * onesFactor : 0.0;
            Arrays.fill(d, base);
            for (int k = 0; k < blockRowFactor.length; k++) {
                double f = pi[block.row(k)] * blockRowFactor[k];
                if (f != 0.0) {
                    double[] row = block.dataRowUnsafe(k);
                    for (int j = 0; j < nBlock; j++) {
                        d[j] -= f * row[j];
                    }
                }
            }
            int[] top = new int[PRICE_BATCH];
            double[] topD = new double[PRICE_BATCH];
            int count = 0;
            int excluded = block.excluded();
            for (int j = 0; j < nBlock; j++) {
                double v = d[j];
                if (v < -tolDual && !inPool[j] && j != excluded) {
                    if (count < PRICE_BATCH) {
                        int i = count++;
                        while (i > 0 && topD[i - 1] > v) {
                            topD[i] = topD[i - 1];
                            top[i] = top[i - 1];
                            i--;
                        }
                        topD[i] = v;
                        top[i] = j;
                    } else if (v < topD[PRICE_BATCH - 1]) {
                        int i = PRICE_BATCH - 1;
                        while (i > 0 && topD[i - 1] > v) {
                            topD[i] = topD[i - 1];
                            top[i] = top[i - 1];
                            i--;
                        }
                        topD[i] = v;
                        top[i] = j;
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                addToPool(top[i]);
            }
            return count == 0 ? -1 : nDense + top[0];
        }

        private int chooseBland(double tolDual) {
            for (int c = 0; c < nDense; c++) {
                if (eligibleDense(c) && reducedDense(c) < -tolDual) {
                    return c;
                }
            }
            int excluded = block == null ? -1 : block.excluded();
            for (int j = 0; j < nBlock; j++) {
                if (!blockBasic[j] && j != excluded && reducedBlock(j) < -tolDual) {
                    if (!inPool[j]) {
                        addToPool(j);
                    }
                    return nDense + j;
                }
            }
            return -1;
        }

        private void addToPool(int j) {
            if (poolSize == pool.length) {
                pool = Arrays.copyOf(pool, pool.length * 2);
            }
            pool[poolSize++] = j;
            inPool[j] = true;
        }

        private void column(int id, double[] out) {
            if (id < nDense) {
                System.arraycopy(dense[id], 0, out, 0, m);
                return;
            }
            int j = id - nDense;
            Arrays.fill(out, 0.0);
            for (int k = 0; k < blockRowFactor.length; k++) {
                out[block.row(k)] += blockRowFactor[k] * block.dataRowUnsafe(k)[j];
            }
            if (onesRow >= 0) {
                out[onesRow] += onesFactor;
            }
        }

        private void multiply(double[] a, double[] out) {
            for (int i = 0; i < m; i++) {
                double[] row = binv[i];
                double s = 0.0;
                for (int r = 0; r < m; r++) {
                    s += row[r] * a[r];
                }
                out[i] = s;
            }
        }

        private boolean isArtificialBasic(int i) {
            return basis[i] < nDense && artificial[basis[i]];
        }

        private int ratioTest(boolean bland) {
            if (!phaseOne) {
                // artificials left at zero in phase 2 leave as soon as they could move
                for (int i = 0; i < m; i++) {
                    if (isArtificialBasic(i) && Math.abs(alpha[i]) > TOL_PIVOT) {
                        return i;
                    }
                }
            }
            double thetaMax = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (alpha[i] > TOL_PIVOT) {
                    double t = (Math.max(xb[i], 0.0) + TOL_PRIMAL) / alpha[i];
                    if (t < thetaMax) {
                        thetaMax = t;
                    }
                }
            }
            if (thetaMax == Double.POSITIVE_INFINITY) {
                return -1;
            }
            int leave = -1;
            if (bland) {
                double minRatio = Double.POSITIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    if (alpha[i] > TOL_PIVOT) {
                        minRatio = Math.min(minRatio, Math.max(xb[i], 0.0) / alpha[i]);
                    }
                }
                int bestId = Integer.MAX_VALUE;
                for (int i = 0; i < m; i++) {
                    if (alpha[i] > TOL_PIVOT
                            && Math.max(xb[i], 0.0) / alpha[i] <= minRatio + TOL_PRIMAL
                            && basis[i] < bestId) {
                        bestId = basis[i];
                        leave = i;
                    }
                }
                return leave;
            }
            double bestAlpha = 0.0;
            for (int i = 0; i < m; i++) {
                if (alpha[i] > TOL_PIVOT && Math.max(xb[i], 0.0) / alpha[i] <= thetaMax
                        && alpha[i] > bestAlpha) {
                    bestAlpha = alpha[i];
                    leave = i;
                }
            }
            return leave;
        }

        private void pivot(int entering, int leave) {
            double theta = Math.max(xb[leave], 0.0) / alpha[leave];
            if (theta < 1e-12) {
                degenerateRun++;
            } else {
                degenerateRun = 0;
            }
            for (int i = 0; i < m; i++) {
                if (i != leave) {
                    xb[i] -= theta * alpha[i];
                }
            }
            xb[leave] = theta;
            double[] pivotRow = binv[leave];
            double inv = 1.0 / alpha[leave];
            for (int r = 0; r < m; r++) {
                pivotRow[r] *= inv;
            }
            for (int i = 0; i < m; i++) {
                if (i != leave && alpha[i] != 0.0) {
                    double f = alpha[i];
                    double[] row = binv[i];
                    for (int r = 0; r < m; r++) {
                        row[r] -= f * pivotRow[r];
                    }
                }
            }
            int old = basis[leave];
            setBasic(old, false);
            basis[leave] = entering;
            setBasic(entering, true);
        }

        private void setBasic(int id, boolean basic) {
            if (id < nDense) {
                denseBasic[id] = basic;
            } else {
                blockBasic[id - nDense] = basic;
            }
        }

        /** Recomputes the inverse of the basis and the basic values by Gauss–Jordan. */
        private boolean reinvert() {
            sincePivotReinvert = 0;
            double[][] a = new double[m][2 * m];
            double[] col = new double[m];
            for (int i = 0; i < m; i++) {
                column(basis[i], col);
                for (int r = 0; r < m; r++) {
                    a[r][i] = col[r];
                }
                a[i][m + i] = 1.0;
            }
            // a = [B | I]; reduce to [I | B^-1]
            int[] perm = new int[m];
            for (int i = 0; i < m; i++) {
                perm[i] = i;
            }
            for (int k = 0; k < m; k++) {
                int p = -1;
                double best = 0.0;
                for (int r = k; r < m; r++) {
                    double v = Math.abs(a[r][k]);
                    if (v > best) {
                        best = v;
                        p = r;
                    }
                }
                if (p < 0 || best < 1e-13) {
                    return false;
                }
                double[] t = a[p];
                a[p] = a[k];
                a[k] = t;
                double inv = 1.0 / a[k][k];
                for (int c = 0; c < 2 * m; c++) {
                    a[k][c] *= inv;
                }
                for (int r = 0; r < m; r++) {
                    if (r != k && a[r][k] != 0.0) {
                        double f = a[r][k];
                        for (int c = 0; c < 2 * m; c++) {
                            a[r][c] -= f * a[k][c];
                        }
                    }
                }
            }
            // row k of the reduced matrix belongs to basic position k
            for (int i = 0; i < m; i++) {
                System.arraycopy(a[i], m, binv[i], 0, m);
            }
            multiply(b, xb);
            return true;
        }

        private void driveOutArtificials() {
            double[] col = new double[m];
            double[] al = new double[m];
            for (int i = 0; i < m; i++) {
                if (!isArtificialBasic(i)) {
                    continue;
                }
                int found = -1;
                for (int c = 0; c < nDense && found < 0; c++) {
                    if (eligibleDense(c)) {
                        column(c, col);
                        if (Math.abs(dot(binv[i], col)) > 1e-7) {
                            found = c;
                        }
                    }
                }
                int excluded = block == null ? -1 : block.excluded();
                for (int j = 0; j < nBlock && found < 0; j++) {
                    if (!blockBasic[j] && j != excluded) {
                        column(nDense + j, col);
                        if (Math.abs(dot(binv[i], col)) > 1e-7) {
                            found = nDense + j;
                            if (!inPool[j]) {
                                addToPool(j);
                            }
                        }
                    }
                }
                if (found >= 0) {
                    column(found, col);
                    multiply(col, al);
                    System.arraycopy(al, 0, alpha, 0, m);
                    xb[i] = 0.0;
                    pivot(found, i);
                    iterations++;
                    sincePivotReinvert++;
                }
            }
            reinvert();
        }

        private static double dot(double[] a, double[] b) {
            double s = 0.0;
            for (int i = 0; i < a.length; i++) {
                s += a[i] * b[i];
            }
            return s;
        }

        private LpSolution extract() {
            int n = lp.variables();
            double[] x = new double[n];
            int blockCount = 0;
            for (int i = 0; i < m; i++) {
                int id = basis[i];
                double v = Math.max(xb[i], 0.0);
                if (id < nDense) {
                    if (denseVar[id] >= 0) {
                        x[denseVar[id]] += denseSign[id] * v * denseScale[id];
                    }
                } else if (v > 0.0) {
                    blockCount++;
                }
            }
            int[] cols = new int[blockCount];
            int k = 0;
            for (int i = 0; i < m; i++) {
                int id = basis[i];
                if (id >= nDense && xb[i] > 0.0) {
                    cols[k++] = id - nDense;
                }
            }
            Arrays.sort(cols);
            double[] vals = new double[blockCount];
            for (int i = 0; i < m; i++) {
                int id = basis[i];
                if (id >= nDense && xb[i] > 0.0) {
                    vals[Arrays.binarySearch(cols, id - nDense)] = xb[i];
                }
            }
            double objective = 0.0;
            for (int j = 0; j < n; j++) {
                objective += lp.cost(j) * x[j];
            }
            computeDuals();
            double sign = lp.sense() == LinearProgram.Sense.MAXIMIZE ? -1.0 : 1.0;
            double[] duals = new double[m];
            for (int r = 0; r < m; r++) {
                duals[r] = sign * pi[r] * rowScale[r];
            }
            return LpSolution.optimal(objective, x, cols, vals, duals, iterations);
        }

        private static double powerOfTwo(double v) {
            return Math.scalb(1.0, Math.getExponent(v));
        }
    }
}
