package org.carbonledger.productivity.lp;

/**
 * The outcome of solving a {@link LinearProgram}.
 */
public enum LpStatus {
    /** An optimal solution was found; values and objective are meaningful. */
    OPTIMAL,
    /** No point satisfies the constraints (phase 1 of the simplex method ends above zero). */
    INFEASIBLE,
    /** The objective improves without bound along a feasible ray. */
    UNBOUNDED,
    /** The solver stopped at its iteration limit or on a numerical breakdown, without a proof. */
    NOT_SOLVED;

    /**
     * The lower-case name used in reports: {@code optimal}, {@code infeasible}, {@code unbounded},
     * {@code not_solved}.
     *
     * @return the report name
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
