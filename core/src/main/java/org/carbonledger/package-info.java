/**
 * The library as a whole: {@link org.carbonledger.CarbonLedgerVersion}, the version of the build
 * in use, and the exception base types every package shares ({@link org.carbonledger.CarbonLedgerException},
 * {@link org.carbonledger.RowFaultException}). The model and calculations live in the sub-packages
 * ({@code quantity}, {@code ghg}, {@code activity}, {@code factor}, {@code inventory},
 * {@code intensity}, {@code batch}, {@code csv}, {@code report}); energy baselines, productivity
 * and the JSON mapping are modules of their own ({@code carbonledger-energy},
 * {@code carbonledger-productivity}, {@code carbonledger-json}).
 */
package org.carbonledger;
