/**
 * Emission factors with their provenance, factor tables, and the resolver that applies an ordered
 * chain of tables to an activity (docs/design.md §4).
 *
 * <p>Resolution: for each activity, the first table in the chain that can price it (a factor for
 * the activity, valid for its period, in its region or an ancestor, for every gas the table
 * lists for it, in the amount's unit kind directly or through a conversion the table publishes)
 * wins; within that table the most specific region, then the sector-specific row, wins. Two
 * equally good candidates are an error, never a pick. Nothing falls back silently: a miss throws
 * {@link org.carbonledger.factor.FactorNotFoundException} naming every table tried and why.
 */
package org.carbonledger.factor;
