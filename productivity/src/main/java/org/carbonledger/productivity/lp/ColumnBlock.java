package org.carbonledger.productivity.lp;

import java.util.Arrays;
import java.util.Objects;

/**
 * A block of many non-negative, zero-cost columns of a {@link LinearProgram}, given as a dense
 * matrix: column {@code j} has entry {@code data[k][j]} in the problem's row {@code rows[k]},
 * and, if there is a "ones row", the entry 1 there.
 *
 * <p>This is the shape of every data envelopment LP: the intensity variables λ<sub>j</sub> of
 * the n reference units (Charnes, Cooper &amp; Rhodes 1978) have no cost, their coefficients
 * are the units' data, and the convexity row Σλ = 1 of variable returns to scale (Banker,
 * Charnes &amp; Cooper 1984) is a row of ones. A solver may price such columns lazily.
 *
 * <p>Immutable and thread-safe. The data matrix is copied once by {@link #of}; the derived
 * blocks made by {@link #inRows}, {@link #withOnesRow}, {@link #excluding} and {@link
 * #withHint} share it, so that the n problems of one DEA run cost no copies.
 */
public final class ColumnBlock {
    private final double[][] data;
    private final double[] rowMax;
    private final double[] rowMin;
    private final int[] rows;
    private final int onesRow;
    private final int excluded;
    private final int[] hint;

    private ColumnBlock(double[][] data, double[] rowMax, double[] rowMin, int[] rows, int onesRow,
            int excluded, int[] hint) {
        this.data = data;
        this.rowMax = rowMax;
        this.rowMin = rowMin;
        this.rows = rows;
        this.onesRow = onesRow;
        this.excluded = excluded;
        this.hint = hint;
    }

    /**
     * A block from a matrix with one array per data row, all of the same length (the number of
     * columns), placed in problem rows {@code 0 .. data.length - 1} until {@link #inRows} says
     * otherwise.
     *
     * @param data the entries, {@code data[k][j]}; finite; copied
     * @return the block
     * @throws IllegalArgumentException if rows differ in length or an entry is not finite
     */
    public static ColumnBlock of(double[][] data) {
        Objects.requireNonNull(data, "data");
        int n = data.length == 0 ? 0 : data[0].length;
        double[][] copy = new double[data.length][];
        double[] max = new double[data.length];
        double[] min = new double[data.length];
        for (int k = 0; k < data.length; k++) {
            if (data[k].length != n) {
                throw new IllegalArgumentException(
                        "every row of a column block must have " + n + " entries; row " + k
                                + " has " + data[k].length);
            }
            copy[k] = data[k].clone();
            for (double v : copy[k]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("column block row " + k
                            + " holds a value that is not finite: " + v);
                }
                max[k] = Math.max(max[k], Math.abs(v));
                if (v != 0 && (min[k] == 0 || Math.abs(v) < min[k])) {
                    min[k] = Math.abs(v);
                }
            }
        }
        int[] rows = new int[data.length];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = k;
        }
        return new ColumnBlock(copy, max, min, rows, -1, -1, new int[0]);
    }

    /**
     * This block with its data rows placed in the given problem rows.
     *
     * @param problemRows one problem row index per data row
     * @return the new block
     */
    public ColumnBlock inRows(int... problemRows) {
        if (problemRows.length != data.length) {
            throw new IllegalArgumentException("expected " + data.length + " row indices, got "
                    + problemRows.length);
        }
        return new ColumnBlock(data, rowMax, rowMin, problemRows.clone(), onesRow, excluded, hint);
    }

    /**
     * This block with an entry 1 of every column in the given problem row (a convexity row).
     *
     * @param problemRow the row, or -1 for none
     * @return the new block
     */
    public ColumnBlock withOnesRow(int problemRow) {
        return new ColumnBlock(data, rowMax, rowMin, rows, problemRow, excluded, hint);
    }

    /**
     * This block with one column left out of the problem (the evaluated unit in
     * super-efficiency models, Andersen &amp; Petersen 1993).
     *
     * @param column the column, or -1 for none
     * @return the new block
     */
    public ColumnBlock excluding(int column) {
        return new ColumnBlock(data, rowMax, rowMin, rows, onesRow, column, hint);
    }

    /**
     * This block with columns a solver should consider first (a warm start: the frontier units
     * found in earlier problems). A hint never changes the optimum, only the work.
     *
     * @param columns column indices
     * @return the new block
     */
    public ColumnBlock withHint(int... columns) {
        return new ColumnBlock(data, rowMax, rowMin, rows, onesRow, excluded, columns.clone());
    }

    /** @return the number of columns */
    public int size() {
        return data.length == 0 ? 0 : data[0].length;
    }

    /** @return the number of data rows */
    public int dataRows() {
        return data.length;
    }

    /**
     * The entry of data row {@code k} in column {@code j}.
     *
     * @param k data row
     * @param j column
     * @return the entry
     */
    public double value(int k, int j) {
        return data[k][j];
    }

    /**
     * The problem row of data row {@code k}.
     *
     * @param k data row
     * @return the problem row
     */
    public int row(int k) {
        return rows[k];
    }

    /** @return the problem row of ones, or -1 */
    public int onesRow() {
        return onesRow;
    }

    /** @return the excluded column, or -1 */
    public int excluded() {
        return excluded;
    }

    /** @return the hinted columns (a copy) */
    public int[] hint() {
        return hint.clone();
    }

    int[] hintUnsafe() {
        return hint;
    }

    double[] dataRowUnsafe(int k) {
        return data[k];
    }

    /**
     * The largest absolute entry of a data row, used to scale the problem row it sits in.
     *
     * @param k data row
     * @return the largest absolute entry
     */
    public double rowMagnitude(int k) {
        return rowMax[k];
    }

    /**
     * The smallest non-zero absolute entry of a data row (0 when the row is all zero): with
     * {@link #rowMagnitude}, the range of magnitudes a solver must resolve in that row.
     *
     * @param k data row
     * @return the smallest non-zero absolute entry, or 0
     */
    public double rowMinimum(int k) {
        return rowMin[k];
    }

    @Override
    public String toString() {
        return "ColumnBlock[" + data.length + " x " + size() + ", rows=" + Arrays.toString(rows)
                + ", onesRow=" + onesRow + ", excluded=" + excluded + "]";
    }
}
