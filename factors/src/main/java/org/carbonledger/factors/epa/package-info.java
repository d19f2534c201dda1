/**
 * The {@code epa-hub-2025} table: US EPA GHG Emission Factors Hub 2025 (stationary and non-road
 * mobile combustion, eGRID2023 subregion electricity, purchased steam and heat).
 */
package org.carbonledger.factors.epa;
