/**
 * Linear programming for the productivity models: one small solver interface, {@link
 * org.carbonledger.productivity.lp.LpSolver}, a problem type, {@link
 * org.carbonledger.productivity.lp.LinearProgram}, and two implementations.
 *
 * <p>{@link org.carbonledger.productivity.lp.SimplexLpSolver} is the default: a pure-Java
 * two-phase revised simplex method (Dantzig 1963; Chvátal 1983, ch. 7) with an explicit basis
 * inverse, internal row and column equilibration, a Harris ratio test and Bland's rule against
 * cycling. It prices a large block of zero-cost columns (the units of a DEA reference set, a
 * {@link org.carbonledger.productivity.lp.ColumnBlock}) lazily, by column generation (Gilmore
 * &amp; Gomory 1961): a data envelopment LP has few rows and many columns, and only a handful of
 * them, the frontier units, are ever basic. It verifies every answer, and hands what it cannot
 * vouch for (a badly scaled problem, a violated constraint) to an exact rational simplex; what
 * that cannot settle within its budget is {@link
 * org.carbonledger.productivity.lp.LpStatus#NUMERICAL_TROUBLE}, never a wrong number. {@link
 * org.carbonledger.productivity.lp.CommonsMathLpSolver} wraps Commons Math's dense {@code
 * SimplexSolver}; it is the slow baseline of the benchmarks and an independent check in tests.
 */
package org.carbonledger.productivity.lp;
