/**
 * The {@code desnz-2025} and {@code desnz-2024} tables: UK DESNZ greenhouse gas conversion factors
 * for company reporting (fuels, UK electricity, transmission and distribution).
 */
package org.carbonledger.factors.desnz;
