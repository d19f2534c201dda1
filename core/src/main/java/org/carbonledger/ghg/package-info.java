/**
 * Greenhouse gases, GWP-100 sets (IPCC AR4, AR5, AR6) with their sources, and CO2 equivalents.
 *
 * <p>Results keep masses per gas; CO2e is derived under a {@link org.carbonledger.ghg.GwpSet} that
 * the result records, so one inventory can be restated under another set. Methane's GWP depends
 * on its origin under AR6 ({@link org.carbonledger.ghg.MethaneOrigin}).
 */
package org.carbonledger.ghg;
