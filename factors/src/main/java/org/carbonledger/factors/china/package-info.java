/**
 * China's grid electricity CO2 factors: {@code cn-ets-2023} (MEE national grid average for ETS
 * reporting), {@code cn-mee-nbs} (MEE/NBS statistical factors) and the opt-in
 * {@code cn-mee-nbs-provincial} (rows of low or low-medium transcription confidence).
 */
package org.carbonledger.factors.china;
