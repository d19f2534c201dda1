/**
 * The {@code ipcc-2006} table (2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2
 * Energy, default factors for stationary combustion) and the {@code ipcc-2006-vol3} table (Vol. 3,
 * Tier 1 process emissions).
 */
package org.carbonledger.factors.ipcc;
