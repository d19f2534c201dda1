/**
 * The {@code ipcc-2006} table: 2006 IPCC Guidelines for National Greenhouse Gas Inventories,
 * Vol. 2 Energy, default factors for stationary combustion.
 */
package org.carbonledger.factors.ipcc;
