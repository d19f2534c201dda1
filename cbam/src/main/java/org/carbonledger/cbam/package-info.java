/**
 * The EU Carbon Border Adjustment Mechanism (Regulation (EU) 2023/956) in its definitive period:
 * the specific embedded emissions (SEE) of CBAM goods by the method of Implementing Regulation
 * (EU) 2025/2547, Annex III, and the default values of Implementing Regulation (EU) 2025/2621.
 *
 * <p>Two ways in, one calculation:
 * <ul>
 *   <li>{@link org.carbonledger.cbam.TemplateReader} reads the operator's inputs from the
 *       Commission's communication template (v2.1);
 *   <li>{@link org.carbonledger.cbam.LedgerInstallation} builds an installation from a Carbon
 *       Ledger inventory and production data;
 * </ul>
 * then {@link org.carbonledger.cbam.SeeCalculator} computes every process's and product's SEE,
 * each number a {@link org.carbonledger.cbam.TracedValue} carrying its equation and article.
 * {@link org.carbonledger.cbam.DefaultValues} looks up Annex I and Annex IV default values and
 * {@link org.carbonledger.cbam.MarkUps} their mark-ups; {@link org.carbonledger.cbam.SummaryCommunication}
 * writes the template's {@code Summary_Communication} sheet. See docs/cbam.md.
 */
package org.carbonledger.cbam;
