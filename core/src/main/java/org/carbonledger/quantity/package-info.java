/**
 * Units for energy and emissions accounting, their text symbols, and canonical units.
 *
 * <p>{@link org.carbonledger.quantity.CarbonUnits} defines the units beyond SI (kWh, tce, mmBtu,
 * short ton, US gallon, Nm³, scf ...) as exact multiples of SI units, each with its cited
 * definition. {@link org.carbonledger.quantity.UnitParser} reads text symbols with common aliases
 * and lists close matches for an unknown one. {@link org.carbonledger.quantity.ActivityUnit}
 * pairs a unit with its {@link org.carbonledger.quantity.UnitKind} and a {@code double} factor to
 * that kind's canonical unit, computed once, so that calculations convert at the boundary and
 * then compute on plain numbers.
 */
package org.carbonledger.quantity;
