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
    NOT_SOLVED,
    /**
     * The solver found a solution in double precision that failed its verification (a violated
     * constraint, a negative reduced cost, a score outside its bounds) and could not repair it by
     * an exact re-solve within its work budget: rather than print a wrong number, it reports
     * none. Rescaling the data (a column in other units) does not help; fewer reference units
     * or a column with a narrower range does.
     */
    NUMERICAL_TROUBLE,
    /**
     * Not an outcome of a solver: the measure is not defined for the unit's data, so no LP was
     * solved or its optimum has no meaning as a score. The result's note names the case: every
     * input and output of the unit is zero; a radial input (output) model where every input
     * (good output) of the unit is zero, so there is nothing to contract (expand); a
     * directional distance β ≤ −1, whose distance 1/(1 + β) is not a positive number; a unit
     * missing from one of the two periods of an index.
     */
    UNDEFINED;

    /**
     * The lower-case name used in reports: {@code optimal}, {@code infeasible}, {@code unbounded},
     * {@code not_solved}, {@code numerical_trouble}, {@code undefined}.
     *
     * @return the report name
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
