package org.carbonledger.productivity.lp;

import java.util.Arrays;
import java.util.Objects;

/**
 * The result of solving a {@link LinearProgram}: a status and, when {@link LpStatus#OPTIMAL},
 * the objective value, the explicit variables, the non-zero block variables (sparse) and,
 * if the solver reports them, the dual values of the rows.
 *
 * <p>When the status is not optimal the numbers are empty arrays and the objective is NaN; a
 * caller checks {@link #status()} first, so a NaN never passes unnoticed.
 *
 * <p>Immutable and thread-safe.
 */
public final class LpSolution {
    private static final double[] NONE = new double[0];

    private final LpStatus status;
    private final double objective;
    private final double[] values;
    private final int[] blockColumns;
    private final double[] blockValues;
    private final double[] duals;
    private final int iterations;

    private LpSolution(LpStatus status, double objective, double[] values, int[] blockColumns,
            double[] blockValues, double[] duals, int iterations) {
        this.status = status;
        this.objective = objective;
        this.values = values;
        this.blockColumns = blockColumns;
        this.blockValues = blockValues;
        this.duals = duals;
        this.iterations = iterations;
    }

    /**
     * An optimal solution.
     *
     * @param objective the objective value
     * @param values the explicit variables
     * @param blockColumns the block columns with non-zero values, ascending
     * @param blockValues their values
     * @param duals the row duals, or an empty array
     * @param iterations simplex iterations spent
     * @return the solution
     */
    public static LpSolution optimal(double objective, double[] values, int[] blockColumns,
            double[] blockValues, double[] duals, int iterations) {
        if (blockColumns.length != blockValues.length) {
            throw new IllegalArgumentException("block columns and values differ in length");
        }
        return new LpSolution(LpStatus.OPTIMAL, objective, values.clone(), blockColumns.clone(),
                blockValues.clone(), duals.clone(), iterations);
    }

    /**
     * A solution without an optimum.
     *
     * @param status infeasible, unbounded or not solved
     * @param iterations simplex iterations spent
     * @return the solution
     */
    public static LpSolution failed(LpStatus status, int iterations) {
        Objects.requireNonNull(status, "status");
        if (status == LpStatus.OPTIMAL) {
            throw new IllegalArgumentException("an optimal solution needs values");
        }
        return new LpSolution(status, Double.NaN, NONE, new int[0], NONE, NONE, iterations);
    }

    /** @return the status */
    public LpStatus status() {
        return status;
    }

    /** @return true when the status is optimal */
    public boolean isOptimal() {
        return status == LpStatus.OPTIMAL;
    }

    /** @return the objective value; NaN unless optimal */
    public double objective() {
        return objective;
    }

    /**
     * The value of an explicit variable.
     *
     * @param j the variable
     * @return its value
     * @throws IllegalStateException if the solution is not optimal
     */
    public double value(int j) {
        requireOptimal();
        return values[j];
    }

    /** @return the explicit variables (a copy) */
    public double[] values() {
        return values.clone();
    }

    /** @return the block columns with non-zero values, ascending (a copy) */
    public int[] blockColumns() {
        return blockColumns.clone();
    }

    /** @return the values of {@link #blockColumns()} (a copy) */
    public double[] blockValues() {
        return blockValues.clone();
    }

    /**
     * The value of one block column.
     *
     * @param column the column
     * @return its value, 0 if not listed
     */
    public double blockValue(int column) {
        int i = Arrays.binarySearch(blockColumns, column);
        return i >= 0 ? blockValues[i] : 0.0;
    }

    /** @return the dual values of the rows (a copy), empty if not reported */
    public double[] duals() {
        return duals.clone();
    }

    /** @return simplex iterations spent */
    public int iterations() {
        return iterations;
    }

    private void requireOptimal() {
        if (status != LpStatus.OPTIMAL) {
            throw new IllegalStateException("the problem has no optimal solution: " + status.label());
        }
    }

    @Override
    public String toString() {
        return "LpSolution[" + status.label() + ", objective=" + objective + ", x="
                + Arrays.toString(values) + ", block=" + Arrays.toString(blockColumns) + "]";
    }
}
