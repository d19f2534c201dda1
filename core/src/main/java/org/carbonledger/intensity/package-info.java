/**
 * Intensity metrics and standard coal equivalent: production data (output quantities and value
 * added per site, process, product and period), emission intensity, energy intensity, specific
 * energy consumption and carbon productivity, each with its trace; and energy as standard coal
 * equivalent with the coefficients of GB/T 2589-2008 Appendix A.
 *
 * <p>Units are checked and converted once, when production rows are read: output in any mass
 * unit is counted in tonnes, volumes in m³, energy in GJ, so an intensity does not depend on the
 * units the inputs were given in. Rows whose outputs cannot be added (tonnes beside pieces, two
 * currencies) or whose periods do not nest in the emission periods are reported as problems,
 * never summed.
 */
package org.carbonledger.intensity;
