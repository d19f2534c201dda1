/**
 * Energy performance: regression baselines (ordinary least squares on relevant variables and
 * change-point models against temperature), their goodness of fit, energy performance
 * indicators, avoided energy use and normalised savings, CUSUM and the fractional savings
 * uncertainty of ASHRAE Guideline 14.
 *
 * <p>Methods and their sources: ISO 50006:2014 (energy baselines and EnPIs), ISO 50015 and
 * IPMVP (avoided energy use against an adjusted baseline), ASHRAE Guideline 14 (goodness of fit
 * with n − p degrees of freedom, fractional savings uncertainty, Annex B), the CalTRACK methods
 * 2.0 §3 (balance points found by search) and the inverse models of ASHRAE RP-1050 (Kissock,
 * Haberl and Claridge 2003: three- and five-parameter change-point models). Every formula is
 * cited on the method that implements it.
 *
 * <p>Data enter as plain numbers per period ({@link org.carbonledger.energy.EnergyData});
 * bad data (too few points, collinear or constant variables, missing or repeated periods,
 * non-finite values, negative or all-zero energy, values beyond double precision, a reporting
 * period that overlaps or precedes the baseline) are an
 * {@link org.carbonledger.energy.InvalidEnergyDataException} that names what is wrong, never a
 * silent fit. What a result can state but a reader must know (an extrapolated adjusted baseline,
 * an undefined R², criteria not met, undated periods) is an
 * {@link org.carbonledger.energy.EnergyFlag} on the baseline or savings report.
 */
package org.carbonledger.energy;
