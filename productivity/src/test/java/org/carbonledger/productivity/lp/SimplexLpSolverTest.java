package org.carbonledger.productivity.lp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.carbonledger.productivity.Dea;
import org.carbonledger.productivity.DeaModel;
import org.carbonledger.productivity.Orientation;
import org.carbonledger.productivity.Panel;
import org.carbonledger.productivity.ReturnsToScale;
import org.carbonledger.productivity.lp.LinearProgram.Relation;
import org.carbonledger.productivity.lp.LinearProgram.Sense;
import org.junit.jupiter.api.Test;

/** Hand-checked problems for {@link SimplexLpSolver}, each also solved by Commons Math. */
class SimplexLpSolverTest {
    private final LpSolver solver = new SimplexLpSolver();

    /** Hillier &amp; Lieberman's Wyndor Glass problem: max 3x + 5y, optimum 36 at (2, 6). */
    @Test
    void solve_wyndorGlass_withDuals() {
        LinearProgram lp = LinearProgram.builder(Sense.MAXIMIZE, 2).cost(0, 3).cost(1, 5)
                .row(new double[] {1, 0}, Relation.LESS_OR_EQUAL, 4)
                .row(new double[] {0, 2}, Relation.LESS_OR_EQUAL, 12)
                .row(new double[] {3, 2}, Relation.LESS_OR_EQUAL, 18).build();
        LpSolution s = solver.solve(lp);
        assertEquals(LpStatus.OPTIMAL, s.status());
        assertEquals(36, s.objective(), 1e-9);
        assertArrayEquals(new double[] {2, 6}, s.values(), 1e-9);
        assertArrayEquals(new double[] {0, 1.5, 1}, s.duals(), 1e-9);
        assertEquals(36, new CommonsMathLpSolver().solve(lp).objective(), 1e-9);
    }

    @Test
    void solve_reportsInfeasible() {
        LinearProgram lp = LinearProgram.builder(Sense.MINIMIZE, 1).cost(0, 1)
                .row(new double[] {1}, Relation.GREATER_OR_EQUAL, 2)
                .row(new double[] {1}, Relation.LESS_OR_EQUAL, 1).build();
        LpSolution s = solver.solve(lp);
        assertEquals(LpStatus.INFEASIBLE, s.status());
        assertEquals(Double.NaN, s.objective());
        assertThrows(IllegalStateException.class, () -> s.value(0));
    }

    @Test
    void solve_reportsUnbounded() {
        LinearProgram lp = LinearProgram.builder(Sense.MAXIMIZE, 2).cost(0, 1)
                .row(new double[] {1, -1}, Relation.LESS_OR_EQUAL, 1).build();
        assertEquals(LpStatus.UNBOUNDED, solver.solve(lp).status());
    }

    @Test
    void solve_freeVariableGoesNegative() {
        LinearProgram lp = LinearProgram.builder(Sense.MINIMIZE, 1).cost(0, 1).free(0)
                .row(new double[] {1}, Relation.GREATER_OR_EQUAL, -5).build();
        LpSolution s = solver.solve(lp);
        assertEquals(-5, s.value(0), 1e-12);
    }

    @Test
    void solve_equalityWithNegativeRightHandSide() {
        // x - y = -3, min x + y  ->  x = 0, y = 3
        LinearProgram lp = LinearProgram.builder(Sense.MINIMIZE, 2).cost(0, 1).cost(1, 1)
                .row(new double[] {1, -1}, Relation.EQUAL, -3).build();
        LpSolution s = solver.solve(lp);
        assertArrayEquals(new double[] {0, 3}, s.values(), 1e-12);
    }

    /** Beale's (1955) example, on which the textbook simplex rules cycle; optimum −5/4. */
    @Test
    void solve_bealeCyclingExample() {
        LinearProgram lp = LinearProgram.builder(Sense.MINIMIZE, 4).cost(0, -0.75).cost(1, 20)
                .cost(2, -0.5).cost(3, 6)
                .row(new double[] {0.25, -8, -1, 9}, Relation.LESS_OR_EQUAL, 0)
                .row(new double[] {0.5, -12, -0.5, 3}, Relation.LESS_OR_EQUAL, 0)
                .row(new double[] {0, 0, 1, 0}, Relation.LESS_OR_EQUAL, 1).build();
        LpSolution s = solver.solve(lp);
        assertEquals(LpStatus.OPTIMAL, s.status());
        assertEquals(-1.25, s.objective(), 1e-9);
    }

    /** Rows a hundred million apart in magnitude, as CO2 in tonnes beside staff numbers. */
    @Test
    void solve_badlyScaledRowsGiveTheExactOptimum() {
        // min x + y  s.t.  1e8 x + 2e8 y >= 3e8,  1e-3 x + 0.5e-3 y >= 1.5e-3  -> x = y = 1
        LinearProgram lp = LinearProgram.builder(Sense.MINIMIZE, 2).cost(0, 1).cost(1, 1)
                .row(new double[] {1e8, 2e8}, Relation.GREATER_OR_EQUAL, 3e8)
                .row(new double[] {1e-3, 0.5e-3}, Relation.GREATER_OR_EQUAL, 1.5e-3).build();
        LpSolution s = solver.solve(lp);
        assertArrayEquals(new double[] {1, 1}, s.values(), 1e-9);
    }

    /** A block priced lazily gives the optimum of the same problem written out in full. */
    @Test
    void solve_columnBlockMatchesExplicitColumns() {
        Random random = new Random(42);
        int n = 300;
        double[][] data = new double[3][n];
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < n; j++) {
                data[k][j] = 1 + 99 * random.nextDouble();
            }
        }
        for (int excluded : new int[] {-1, 7}) {
            // min θ s.t. Xλ <= θ x0 (2 rows), Yλ >= y0, Σλ = 1
            double[] x0 = {data[0][7], data[1][7]};
            double y0 = data[2][7];
            LinearProgram.Builder b = LinearProgram.builder(Sense.MINIMIZE, 1).cost(0, 1)
                    .row(new double[] {-x0[0]}, Relation.LESS_OR_EQUAL, 0)
                    .row(new double[] {-x0[1]}, Relation.LESS_OR_EQUAL, 0)
                    .row(new double[] {0}, Relation.GREATER_OR_EQUAL, y0)
                    .row(new double[] {0}, Relation.EQUAL, 1);
            LinearProgram lazy = b.block(ColumnBlock.of(data).withOnesRow(3).excluding(excluded)
                    .withHint(1, 2, 3)).build();
            LinearProgram.Builder full = LinearProgram.builder(Sense.MINIMIZE, 1 + n).cost(0, 1);
            for (int r = 0; r < 4; r++) {
                double[] row = new double[1 + n];
                row[0] = r < 2 ? -x0[r] : 0;
                for (int j = 0; j < n; j++) {
                    row[1 + j] = j == excluded ? 0 : r < 3 ? data[r][j] : 1;
                }
                full.row(row, r < 2 ? Relation.LESS_OR_EQUAL
                        : r == 2 ? Relation.GREATER_OR_EQUAL : Relation.EQUAL, r == 2 ? y0
                        : r == 3 ? 1 : 0);
            }
            LpSolution a = solver.solve(lazy);
            LpSolution c = new CommonsMathLpSolver().solve(full.build());
            assertEquals(c.objective(), a.objective(), 1e-9);
            assertEquals(0.0, a.blockValue(excluded < 0 ? 0 : excluded), 0.0,
                    "an excluded column never enters");
        }
    }

    /**
     * The SBM problems of the worked example's five plants plus one whose staff is 1e10 (issue
     * 12, item 7), recorded as the DEA run builds them.
     */
    private static List<LinearProgram> wideRangeSbmProblems() {
        double[][] d = {{120, 42_000, 51_000, 15_100}, {80, 30_500, 36_000, 8_900},
            {150, 66_000, 70_000, 27_500}, {95, 35_000, 44_000, 12_400},
            {60, 25_000, 27_000, 9_800}, {1e10, 40_000, 50_000, 12_000}};
        Panel.Builder b = Panel.builder().inputs("x_staff", "x_energy").goods("y_output")
                .bads("b_co2");
        for (int i = 0; i < d.length; i++) {
            b.add("P" + i, null, new double[] {d[i][0], d[i][1]}, new double[] {d[i][2]},
                    new double[] {d[i][3]});
        }
        List<LinearProgram> problems = new ArrayList<>();
        LpSolver recorder = lp -> {
            problems.add(lp);
            return new SimplexLpSolver().solve(lp);
        };
        Dea.of(DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS)).withSolver(recorder)
                .evaluate(b.build());
        return problems;
    }

    /**
     * A row spanning ten decades: the double-precision simplex alone scored the efficient unit
     * 0.8008 and called it optimal. Every answer now equals the exact rational optimum.
     */
    @Test
    void solve_rowSpanningTenDecadesGivesTheExactOptimum() {
        for (LinearProgram lp : wideRangeSbmProblems()) {
            LpSolution exact = new RationalTableauSolver().solve(lp);
            LpSolution s = solver.solve(lp);
            assertEquals(exact.status(), s.status());
            assertEquals(exact.objective(), s.objective(), 1e-12 * Math.abs(exact.objective()));
        }
    }

    /**
     * When the exact re-solve that a failed verification calls for exceeds its budget, the
     * answer is numerical_trouble with no number, never the unverified double optimum.
     */
    @Test
    void solve_unverifiableOptimumBeyondTheExactBudgetIsNumericalTrouble() {
        int trouble = 0;
        for (LinearProgram lp : wideRangeSbmProblems()) {
            LpSolution exact = new RationalTableauSolver().solve(lp);
            LpSolution s = new SimplexLpSolver(0).solve(lp);
            if (s.status() == LpStatus.NUMERICAL_TROUBLE) {
                trouble++;
                assertTrue(Double.isNaN(s.objective()));
            } else {
                assertEquals(exact.objective(), s.objective(),
                        1e-12 * Math.abs(exact.objective()));
            }
        }
        assertTrue(trouble > 0, "the efficient unit's problem needs exact pivots");
    }

    @Test
    void builder_rejectsNonFiniteAndWrongLengths() {
        assertThrows(IllegalArgumentException.class, () -> LinearProgram.builder(Sense.MINIMIZE, 1)
                .cost(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LinearProgram.builder(Sense.MINIMIZE, 2)
                .row(new double[] {1}, Relation.EQUAL, 0));
        assertThrows(IllegalArgumentException.class, () -> LinearProgram.builder(Sense.MINIMIZE, 1)
                .row(new double[] {1}, Relation.EQUAL, 0)
                .block(ColumnBlock.of(new double[][] {{1}}).inRows(3)).build());
    }
}
