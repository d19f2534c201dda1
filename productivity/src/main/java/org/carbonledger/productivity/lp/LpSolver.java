package org.carbonledger.productivity.lp;

/**
 * A solver of linear programs: the one interface behind which compute back-ends sit.
 *
 * <p>Contract: {@link #solve} never returns {@code null} and never throws for an infeasible or
 * unbounded problem; those outcomes are a {@link LpStatus} in the solution. Implementations are
 * stateless and safe to share between threads.
 *
 * <pre>{@code
 * LpSolution s = new SimplexLpSolver().solve(lp);
 * if (s.status() == LpStatus.OPTIMAL) { double z = s.objective(); }
 * }</pre>
 */
public interface LpSolver {

    /**
     * Solves a linear program.
     *
     * @param problem the problem, not null
     * @return the solution, with its status; never null
     */
    LpSolution solve(LinearProgram problem);

    /**
     * Whether {@link LpSolution#duals()} is filled by this solver.
     *
     * @return true when dual values are reported
     */
    default boolean reportsDuals() {
        return false;
    }
}
