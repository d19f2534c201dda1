package org.carbonledger.productivity.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.carbonledger.productivity.lp.LinearProgram.Relation;
import org.carbonledger.productivity.lp.LinearProgram.Sense;
import org.junit.jupiter.api.Test;

class CommonsMathLpSolverTest {
    private final LpSolver solver = new CommonsMathLpSolver();

    @Test
    void solve_blockExclusionAndFreeVariables() {
        // max β (free) s.t. λ1·2 + λ2·4 ≥ 3 + β, λ1 + λ2 ≤ 1; column 1 excluded -> β = -1
        ColumnBlock block = ColumnBlock.of(new double[][] {{2, 4}}).withOnesRow(1).excluding(1);
        LinearProgram lp = LinearProgram.builder(Sense.MAXIMIZE, 1).cost(0, 1).free(0)
                .row(new double[] {-1}, Relation.GREATER_OR_EQUAL, 3)
                .row(new double[] {0}, Relation.LESS_OR_EQUAL, 1).block(block).build();
        LpSolution s = solver.solve(lp);
        assertEquals(-1, s.value(0), 1e-9);
        assertEquals(0.0, s.blockValue(1));
        assertEquals(-1, new SimplexLpSolver().solve(lp).value(0), 1e-12);
        assertFalse(solver.reportsDuals());
    }

    @Test
    void solve_statuses() {
        LinearProgram infeasible = LinearProgram.builder(Sense.MINIMIZE, 1)
                .row(new double[] {1}, Relation.GREATER_OR_EQUAL, 2)
                .row(new double[] {1}, Relation.LESS_OR_EQUAL, 1).build();
        assertEquals(LpStatus.INFEASIBLE, solver.solve(infeasible).status());
        LinearProgram unbounded = LinearProgram.builder(Sense.MAXIMIZE, 1).cost(0, 1)
                .row(new double[] {-1}, Relation.LESS_OR_EQUAL, 1).build();
        assertEquals(LpStatus.UNBOUNDED, solver.solve(unbounded).status());
    }
}
