/**
 * The {@code carbonledger energy} commands: {@code energy baseline} (docs/design.md §6, contract v1)
 * fits an energy baseline and reports its goodness of fit; {@code energy savings} applies a
 * baseline to a reporting period and reports avoided energy use, CUSUM and the ASHRAE Guideline
 * 14 savings uncertainty. Documented in {@code docs/energy.md}.
 */
package org.carbonledger.cli.energy;
