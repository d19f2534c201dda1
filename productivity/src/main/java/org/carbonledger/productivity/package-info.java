/**
 * Green productivity: data envelopment analysis (DEA) with undesirable outputs, and
 * Malmquist-type productivity indices over periods.
 *
 * <p>The data is a {@link org.carbonledger.productivity.Panel} of decision-making units (plants,
 * firms, regions) over periods, each with inputs {@code x}, desirable ("good") outputs {@code y}
 * and undesirable ("bad") outputs {@code b} such as CO2; it is built in code or read by {@link
 * org.carbonledger.productivity.PanelCsvReader}. A {@link org.carbonledger.productivity.DeaModel}
 * names the model, returns to scale, orientation and bad-output convention; {@link
 * org.carbonledger.productivity.Dea} evaluates every unit and returns one immutable {@link
 * org.carbonledger.productivity.DeaResult} each, with the score, slacks, peers (λ), targets and
 * solver status. {@link org.carbonledger.productivity.Malmquist} computes the Malmquist (Färe,
 * Grosskopf, Norris &amp; Zhang 1994), Malmquist–Luenberger (Chung, Färe &amp; Grosskopf 1997) and
 * global Malmquist–Luenberger (Oh 2010) indices with their decomposition into efficiency change
 * and technical change.
 *
 * <p>Models: radial CCR (Charnes, Cooper &amp; Rhodes 1978) and BCC (Banker, Charnes &amp; Cooper
 * 1984) with the second, max-slack phase; slacks-based measure SBM (Tone 2001) and SBM with
 * undesirable outputs (Tone 2004; Cooper, Seiford &amp; Tone 2007, ch. 13); super-efficiency
 * (Andersen &amp; Petersen 1993; super-SBM, Tone 2002); the directional distance function with
 * bad outputs (Chambers, Chung &amp; Färe 1996; Chung et al. 1997); cost and allocative efficiency
 * (Färe, Grosskopf &amp; Lovell 1985; Cooper, Seiford &amp; Tone 2007, ch. 8).
 *
 * <p>Every linear program goes through {@link org.carbonledger.productivity.lp.LpSolver}; the
 * default solver prices the reference units lazily, so a run over n units costs far less than n
 * cold solves, and verifies every answer, re-solving in exact arithmetic what double precision
 * cannot vouch for. Results never carry a silent NaN: every unit gets a result whose {@link
 * org.carbonledger.productivity.lp.LpStatus} says whether it has a score, with a note where the
 * status alone does not say why ({@code undefined} for an all-zero unit, a β ≤ −1, a unit
 * missing from a period of an index; see {@link org.carbonledger.productivity.DeaResult}).
 * Period labels are read and ordered as time ({@link org.carbonledger.productivity.Panel}).
 */
package org.carbonledger.productivity;
