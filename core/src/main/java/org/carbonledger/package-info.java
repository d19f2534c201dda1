/**
 * The library as a whole: {@link org.carbonledger.CarbonLedgerVersion}, the version of the build
 * in use, and the exception base types every package shares ({@link org.carbonledger.CarbonLedgerException},
 * {@link org.carbonledger.RowFaultException}). The model and calculations live in the sub-packages
 * ({@code quantity}, {@code ghg}, {@code activity}, {@code factor}, {@code inventory},
 * {@code intensity}, {@code energy}, {@code productivity}).
 */
package org.carbonledger;
