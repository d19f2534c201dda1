package org.carbonledger.productivity.lp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.carbonledger.productivity.lp.LinearProgram.Relation;
import org.carbonledger.productivity.lp.LinearProgram.Sense;
import org.junit.jupiter.api.Test;

/** Hand-checked problems for {@link ExactSimplex}, cold and from given bases. */
class ExactSimplexTest {
    private static final long BUDGET = 1_000_000;

    /** Hillier &amp; Lieberman's Wyndor Glass problem: max 3x + 5y, optimum 36 at (2, 6). */
    static LinearProgram wyndor() {
        return LinearProgram.builder(Sense.MAXIMIZE, 2).cost(0, 3).cost(1, 5)
                .row(new double[] {1, 0}, Relation.LESS_OR_EQUAL, 4)
                .row(new double[] {0, 2}, Relation.LESS_OR_EQUAL, 12)
                .row(new double[] {3, 2}, Relation.LESS_OR_EQUAL, 18).build();
    }

    @Test
    void solve_wyndorGlassColdWithDuals() {
        LpSolution s = ExactSimplex.solve(wyndor(), null, BUDGET);
        assertEquals(LpStatus.OPTIMAL, s.status());
        assertEquals(36.0, s.objective(), 0.0);
        assertArrayEquals(new double[] {2, 6}, s.values(), 0.0);
        assertArrayEquals(new double[] {0, 1.5, 1}, s.duals(), 0.0);
    }

    /**
     * A warm basis that is not optimal (the slacks of rows 1 and 2 with x, the vertex (4, 0)) is
     * pivoted on to the optimum; one that is singular (x with the slacks of rows 0 and 2, all
     * zero in row 1), repeats a column or has the wrong size is ignored.
     */
    @Test
    void solve_fromASuboptimalBasisAndFromBasesThatAreNotBases() {
        // columns: x = 0, y = 1, slacks of rows 0, 1, 2 = 2, 3, 4
        for (int[] basis : new int[][] {{0, 3, 4}, {0, 2, 4}, {0, 0, 4}, {2, 3, 3}, {0, 1}}) {
            LpSolution s = ExactSimplex.solve(wyndor(), basis, BUDGET);
            assertEquals(36.0, s.objective(), 0.0);
            assertArrayEquals(new double[] {2, 6}, s.values(), 0.0);
        }
    }

    /** Beale's (1955) example, on which the textbook rules cycle: optimum −5/4 exactly. */
    @Test
    void solve_bealeCyclingExampleExactly() {
        LinearProgram lp = LinearProgram.builder(Sense.MINIMIZE, 4).cost(0, -0.75).cost(1, 20)
                .cost(2, -0.5).cost(3, 6)
                .row(new double[] {0.25, -8, -1, 9}, Relation.LESS_OR_EQUAL, 0)
                .row(new double[] {0.5, -12, -0.5, 3}, Relation.LESS_OR_EQUAL, 0)
                .row(new double[] {0, 0, 1, 0}, Relation.LESS_OR_EQUAL, 1).build();
        assertEquals(-1.25, ExactSimplex.solve(lp, null, BUDGET).objective(), 0.0);
    }

    @Test
    void solve_infeasibleUnboundedAndFreeVariables() {
        LinearProgram infeasible = LinearProgram.builder(Sense.MINIMIZE, 1).cost(0, 1)
                .row(new double[] {1}, Relation.GREATER_OR_EQUAL, 2)
                .row(new double[] {1}, Relation.LESS_OR_EQUAL, 1).build();
        assertEquals(LpStatus.INFEASIBLE, ExactSimplex.solve(infeasible, null, BUDGET).status());
        LinearProgram unbounded = LinearProgram.builder(Sense.MAXIMIZE, 2).cost(0, 1)
                .row(new double[] {1, -1}, Relation.LESS_OR_EQUAL, 1).build();
        assertEquals(LpStatus.UNBOUNDED, ExactSimplex.solve(unbounded, null, BUDGET).status());
        LinearProgram free = LinearProgram.builder(Sense.MINIMIZE, 2).cost(0, 1).cost(1, 1)
                .free(0).row(new double[] {1, -1}, Relation.EQUAL, -3)
                .row(new double[] {1, 0}, Relation.GREATER_OR_EQUAL, -5).build();
        LpSolution s = ExactSimplex.solve(free, null, BUDGET);
        // x = y - 3 with y >= 0: the optimum is x = -3, y = 0
        assertArrayEquals(new double[] {-3, 0}, s.values(), 0.0);
    }

    /**
     * Coefficients one part in 2^60 apart, which no double tolerance separates: the exact
     * optimum of min x s.t. x ≥ 1 + 2⁻⁵² (as the double nearest), x ≤ 2, is that double.
     */
    @Test
    void solve_decidesOnExactValuesBelowAnyTolerance() {
        double tiny = Math.nextUp(1.0);
        LinearProgram lp = LinearProgram.builder(Sense.MINIMIZE, 1).cost(0, 1)
                .row(new double[] {1}, Relation.GREATER_OR_EQUAL, tiny)
                .row(new double[] {1}, Relation.LESS_OR_EQUAL, 2).build();
        assertEquals(tiny, ExactSimplex.solve(lp, null, BUDGET).objective(), 0.0);
        LinearProgram none = LinearProgram.builder(Sense.MINIMIZE, 1).cost(0, 1)
                .row(new double[] {1}, Relation.GREATER_OR_EQUAL, tiny)
                .row(new double[] {1}, Relation.LESS_OR_EQUAL, 1).build();
        assertEquals(LpStatus.INFEASIBLE, ExactSimplex.solve(none, null, BUDGET).status());
    }

    @Test
    void solve_returnsNullWhenTheBudgetRunsOut() {
        assertNull(ExactSimplex.solve(wyndor(), null, 0));
    }
}
