/**
 * Calculation of one activity, with its trace, and the mergeable inventory of many.
 *
 * <p>{@link org.carbonledger.inventory.EmissionCalculator} prices an
 * {@link org.carbonledger.activity.Activity}: it resolves the factor, converts the amount once,
 * and computes per-gas masses and CO2e on plain doubles. {@link org.carbonledger.inventory.Inventory}
 * accumulates results exactly ({@link org.carbonledger.inventory.ExactSum}) by scope, site,
 * process, period and activity, so that totals do not depend on order or partitioning.
 */
package org.carbonledger.inventory;
