package org.carbonledger.productivity.lp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A linear program: optimise {@code c·x} subject to rows {@code a·x (≤ | = | ≥) b}, with every
 * explicit variable non-negative unless declared free, plus optionally a {@link ColumnBlock} of
 * many further non-negative zero-cost variables.
 *
 * <pre>{@code
 * // min θ  s.t.  Σ λj xij ≤ θ xi0,  Σ λj yrj ≥ yr0,  λ ≥ 0   (CCR input, Charnes et al. 1978)
 * LinearProgram lp = LinearProgram.builder(LinearProgram.Sense.MINIMIZE, 1)
 *         .cost(0, 1)
 *         .row(new double[] {-x0}, Relation.LESS_OR_EQUAL, 0)
 *         .row(new double[] {0}, Relation.GREATER_OR_EQUAL, y0)
 *         .block(ColumnBlock.of(new double[][] {xs, ys}))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; arrays are copied in and out.
 */
public final class LinearProgram {

    /** The direction of optimisation. */
    public enum Sense {
        /** Minimise the objective. */
        MINIMIZE,
        /** Maximise the objective. */
        MAXIMIZE
    }

    /** The relation of a row to its right-hand side. */
    public enum Relation {
        /** {@code a·x ≤ b}. */
        LESS_OR_EQUAL,
        /** {@code a·x = b}. */
        EQUAL,
        /** {@code a·x ≥ b}. */
        GREATER_OR_EQUAL
    }

    private final Sense sense;
    private final double[] cost;
    private final boolean[] free;
    private final double[][] rows;
    private final Relation[] relations;
    private final double[] rhs;
    private final ColumnBlock block;

    private LinearProgram(Builder b) {
        this.sense = b.sense;
        this.cost = b.cost.clone();
        this.free = b.free.clone();
        this.rows = b.rows.toArray(new double[0][]);
        this.relations = b.relations.toArray(new Relation[0]);
        double[] r = new double[b.rhs.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = b.rhs.get(i);
        }
        this.rhs = r;
        this.block = b.block;
    }

    /**
     * Starts a problem with the given number of explicit variables, all of cost 0.
     *
     * @param sense minimise or maximise
     * @param variables the number of explicit variables, at least 0
     * @return a builder
     */
    public static Builder builder(Sense sense, int variables) {
        return new Builder(sense, variables);
    }

    /** @return minimise or maximise */
    public Sense sense() {
        return sense;
    }

    /** @return the number of explicit variables (the block not counted) */
    public int variables() {
        return cost.length;
    }

    /** @return the number of rows */
    public int rowCount() {
        return rows.length;
    }

    /**
     * The cost of an explicit variable.
     *
     * @param j the variable
     * @return its objective coefficient
     */
    public double cost(int j) {
        return cost[j];
    }

    /**
     * Whether an explicit variable is free (unbounded below) rather than non-negative.
     *
     * @param j the variable
     * @return true if free
     */
    public boolean isFree(int j) {
        return free[j];
    }

    /**
     * A coefficient of an explicit variable in a row.
     *
     * @param row the row
     * @param j the variable
     * @return the coefficient
     */
    public double coefficient(int row, int j) {
        return rows[row][j];
    }

    /**
     * The relation of a row.
     *
     * @param row the row
     * @return its relation
     */
    public Relation relation(int row) {
        return relations[row];
    }

    /**
     * The right-hand side of a row.
     *
     * @param row the row
     * @return its right-hand side
     */
    public double rhs(int row) {
        return rhs[row];
    }

    /** @return the block of lazily priced columns, or null */
    public ColumnBlock block() {
        return block;
    }

    double[] rowUnsafe(int row) {
        return rows[row];
    }

    /** A mutable builder of a {@link LinearProgram}; not thread-safe. */
    public static final class Builder {
        private final Sense sense;
        private final double[] cost;
        private final boolean[] free;
        private final List<double[]> rows = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<Double> rhs = new ArrayList<>();
        private ColumnBlock block;

        private Builder(Sense sense, int variables) {
            this.sense = Objects.requireNonNull(sense, "sense");
            if (variables < 0) {
                throw new IllegalArgumentException("variables must not be negative: " + variables);
            }
            this.cost = new double[variables];
            this.free = new boolean[variables];
        }

        /**
         * Sets the objective coefficient of an explicit variable.
         *
         * @param j the variable
         * @param c the coefficient, finite
         * @return this builder
         */
        public Builder cost(int j, double c) {
            requireFinite(c, "cost");
            cost[j] = c;
            return this;
        }

        /**
         * Declares an explicit variable free (no lower bound).
         *
         * @param j the variable
         * @return this builder
         */
        public Builder free(int j) {
            free[j] = true;
            return this;
        }

        /**
         * Adds a row over the explicit variables.
         *
         * @param coefficients one per explicit variable, finite; copied
         * @param relation the relation
         * @param value the right-hand side, finite
         * @return this builder
         */
        public Builder row(double[] coefficients, Relation relation, double value) {
            if (coefficients.length != cost.length) {
                throw new IllegalArgumentException("a row needs " + cost.length
                        + " coefficients, got " + coefficients.length);
            }
            for (double c : coefficients) {
                requireFinite(c, "coefficient");
            }
            requireFinite(value, "right-hand side");
            rows.add(coefficients.clone());
            relations.add(Objects.requireNonNull(relation, "relation"));
            rhs.add(value);
            return this;
        }

        /**
         * Sets the block of lazily priced columns.
         *
         * @param columns the block, or null for none; its rows must exist when {@link #build}
         *     is called
         * @return this builder
         */
        public Builder block(ColumnBlock columns) {
            this.block = columns;
            return this;
        }

        /**
         * Builds the problem.
         *
         * @return the problem
         * @throws IllegalArgumentException if the block refers to a row that does not exist
         */
        public LinearProgram build() {
            if (block != null) {
                for (int k = 0; k < block.dataRows(); k++) {
                    checkRow(block.row(k));
                }
                if (block.onesRow() >= 0) {
                    checkRow(block.onesRow());
                }
            }
            return new LinearProgram(this);
        }

        private void checkRow(int r) {
            if (r < 0 || r >= rows.size()) {
                throw new IllegalArgumentException("the column block refers to row " + r
                        + " but the problem has " + rows.size() + " rows");
            }
        }

        private static void requireFinite(double v, String what) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " must be finite: " + v);
            }
        }
    }
}
