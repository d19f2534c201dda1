/**
 * What a report shows, computed from an inventory run's result: the figures of its charts and
 * cards (top groups and the exact sum of the others, shares, masses in tonnes, electricity in
 * MWh), so that a renderer (HTML, a workbook) only writes them.
 */
package org.carbonledger.report;
