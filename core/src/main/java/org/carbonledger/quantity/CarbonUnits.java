package org.carbonledger.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import javax.measure.Unit;
import javax.measure.quantity.AmountOfSubstance;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Volume;
import tech.units.indriya.unit.Units;

/**
 * The units of energy and emissions accounting, each an exact multiple of an SI unit.
 *
 * <p>Every unit is defined as {@code SI_UNIT.multiply(exact number)} rather than as a product of
 * units, so that Indriya converts it through one exact multiplication. Definitions and their
 * sources are given on each constant. Symbols are not registered in any global unit format:
 * {@link UnitParser} maps text to these constants.
 *
 * <p>Immutable constants; thread-safe.
 */
public final class CarbonUnits {

    // ---- energy -------------------------------------------------------------------------------

    /** Joule, the SI unit of energy. */
    public static final Unit<Energy> JOULE = Units.JOULE;
    /** Kilojoule, 10³ J. */
    public static final Unit<Energy> KILOJOULE = JOULE.multiply(1_000);
    /** Megajoule, 10⁶ J. */
    public static final Unit<Energy> MEGAJOULE = JOULE.multiply(1_000_000);
    /** Gigajoule, 10⁹ J; the canonical energy unit of calculations. */
    public static final Unit<Energy> GIGAJOULE = JOULE.multiply(1_000_000_000L);
    /** Terajoule, 10¹² J. */
    public static final Unit<Energy> TERAJOULE = JOULE.multiply(1_000_000_000_000L);
    /** Watt-hour, 3600 J (SI Brochure, 9th ed., Table 8: 1 W h = 3600 J). */
    public static final Unit<Energy> WATT_HOUR = JOULE.multiply(3_600);
    /** Kilowatt-hour, 3.6 × 10⁶ J. */
    public static final Unit<Energy> KILOWATT_HOUR = JOULE.multiply(3_600_000L);
    /** Megawatt-hour, 3.6 × 10⁹ J. */
    public static final Unit<Energy> MEGAWATT_HOUR = JOULE.multiply(3_600_000_000L);
    /** Gigawatt-hour, 3.6 × 10¹² J. */
    public static final Unit<Energy> GIGAWATT_HOUR = JOULE.multiply(3_600_000_000_000L);
    /**
     * British thermal unit (International Table), 1055.05585262 J exactly: the value that follows
     * from 1 cal_IT = 4.1868 J, 1 lb = 0.45359237 kg and 1 °F = 5/9 K (NIST SP 811, 2008 ed.,
     * Appendix B, lists Btu_IT rounded to 1.055 056 E+03 J).
     */
    public static final Unit<Energy> BTU = JOULE.multiply(new BigDecimal("1055.05585262"));
    /** Million Btu (mmBtu, MMBtu), 10⁶ Btu_IT; the unit of US EPA Emission Factors Hub tables. */
    public static final Unit<Energy> MMBTU = JOULE.multiply(new BigDecimal("1055055852.62"));
    /**
     * Therm, 100,000 Btu_IT = 105,505,585.262 J: the therm of UK gas billing and of the DESNZ
     * conversion factors. Not the US therm of NIST SP 811, which is 100,000 Btu of a 59 °F Btu.
     */
    public static final Unit<Energy> THERM = JOULE.multiply(new BigDecimal("105505585.262"));
    /**
     * Tonne of coal equivalent, 29.3076 GJ (7000 kcal_IT/kg × 1000 kg × 4.1868 J/cal; GB/T
     * 2589-2008 §3.4, "1 kgce = 29307.6 kJ", and IEA/UN statistics).
     */
    public static final Unit<Energy> TONNE_OF_COAL_EQUIVALENT = JOULE.multiply(new BigDecimal("29307600000"));
    /** Tonne of oil equivalent, 41.868 GJ (10⁷ kcal_IT; IEA/OECD/Eurostat Energy Statistics Manual, 2005, Annex 3). */
    public static final Unit<Energy> TONNE_OF_OIL_EQUIVALENT = JOULE.multiply(new BigDecimal("41868000000"));

    // ---- mass ---------------------------------------------------------------------------------

    /** Kilogram, the SI unit of mass; the canonical mass unit of calculations. */
    public static final Unit<Mass> KILOGRAM = Units.KILOGRAM;
    /** Gram, 10⁻³ kg. */
    public static final Unit<Mass> GRAM = KILOGRAM.multiply(new BigDecimal("0.001"));
    /** Tonne (metric ton), 10³ kg (SI Brochure, 9th ed., Table 8). */
    public static final Unit<Mass> TONNE = KILOGRAM.multiply(1_000);
    /** Kilotonne, 10⁶ kg (= 1 Gg, the unit of IPCC Table 1.2's "TJ/Gg"). */
    public static final Unit<Mass> KILOTONNE = KILOGRAM.multiply(1_000_000);
    /** Pound (avoirdupois), 0.45359237 kg exactly (International Yard and Pound Agreement, 1959; NIST SP 811 B.9). */
    public static final Unit<Mass> POUND = KILOGRAM.multiply(new BigDecimal("0.45359237"));
    /** Megatonne, 10⁹ kg (= 1 Tg). */
    public static final Unit<Mass> MEGATONNE = KILOGRAM.multiply(1_000_000_000L);
    /** Gigatonne, 10¹² kg (= 1 Pg). */
    public static final Unit<Mass> GIGATONNE = KILOGRAM.multiply(1_000_000_000_000L);
    /** Short ton, 2000 lb = 907.18474 kg exactly (NIST SP 811, 2008 ed., B.9). */
    public static final Unit<Mass> SHORT_TON = KILOGRAM.multiply(new BigDecimal("907.18474"));

    // ---- volume -------------------------------------------------------------------------------

    /** Cubic metre, the SI unit of volume; the canonical volume unit of calculations. */
    public static final Unit<Volume> CUBIC_METRE = Units.CUBIC_METRE;
    /** Litre, 10⁻³ m³ (SI Brochure, 9th ed., Table 8). */
    public static final Unit<Volume> LITRE = CUBIC_METRE.multiply(new BigDecimal("0.001"));
    /** US liquid gallon, 231 in³ = 3.785411784 L exactly (NIST SP 811, 2008 ed., B.9). */
    public static final Unit<Volume> US_GALLON = CUBIC_METRE.multiply(new BigDecimal("0.003785411784"));
    /**
     * Imperial (UK) gallon, 4.54609 L exactly (Weights and Measures Act 1985, Schedule 1, Part VI;
     * NIST SP 811, 2008 ed., B.9, "gallon [Canadian and U.K. (Imperial)] = 4.546 09 E-03 m³").
     */
    public static final Unit<Volume> IMPERIAL_GALLON = CUBIC_METRE.multiply(new BigDecimal("0.00454609"));
    /**
     * Cubic foot, (0.3048 m)³ = 0.028316846592 m³ exactly (1 ft = 0.3048 m, International Yard and
     * Pound Agreement, 1959; NIST SP 811, 2008 ed., B.9). A plain volume: no reference conditions.
     */
    public static final Unit<Volume> CUBIC_FOOT = CUBIC_METRE.multiply(new BigDecimal("0.028316846592"));
    /**
     * Hundred cubic feet (ccf; C the Roman hundred), 100 ft³ = 2.8316846592 m³, the unit of US gas
     * bills. A plain volume: a bill's ccf states no reference conditions here, so it needs a factor
     * per volume, never one per scf.
     */
    public static final Unit<Volume> HUNDRED_CUBIC_FEET = CUBIC_METRE.multiply(new BigDecimal("2.8316846592"));
    /**
     * Thousand cubic feet (Mcf; M the Roman thousand, not SI mega), 1000 ft³ = 28.316846592 m³.
     * A plain volume, as {@link #HUNDRED_CUBIC_FEET}.
     */
    public static final Unit<Volume> THOUSAND_CUBIC_FEET = CUBIC_METRE.multiply(new BigDecimal("28.316846592"));

    // ---- gas volume at reference conditions ---------------------------------------------------

    /**
     * Molar gas constant, 8.314462618 J/(mol·K), exact since the 2019 SI redefinition (CODATA 2018:
     * R = N_A × k with both exact).
     */
    static final BigDecimal MOLAR_GAS_CONSTANT = new BigDecimal("8.314462618");

    /**
     * Normal cubic metre: the amount of an ideal gas that fills 1 m³ at 0 °C (273.15 K) and
     * 101.325 kPa, n = pV/(RT) ≈ 44.6150 mol (DIN 1343 normal conditions). A gas volume at
     * reference conditions is an amount of gas, so Nm³ and scf convert to each other through the
     * ideal gas law, but neither converts to a plain m³, which states no conditions.
     */
    public static final Unit<AmountOfSubstance> NORMAL_CUBIC_METRE =
            Units.MOLE.multiply(molesIn(new BigDecimal("101325"), BigDecimal.ONE, new BigDecimal("273.15")));

    /**
     * Standard cubic foot: the amount of an ideal gas that fills 1 ft³ (0.028316846592 m³) at
     * 60 °F (288.705 555… K) and 14.696 psia (101,325.0 Pa to 0.1 Pa: 14.696 × 6894.757293168 Pa),
     * the conditions of the US EPA Emission Factors Hub (Table 1 notes: "standard cubic foot at
     * 60 °F and 14.696 psia"). ≈ 1.19531 mol. The pressure uses the exact psi of NIST SP 811 B.9
     * (1 lbf/in² = 6894.757293168 Pa).
     */
    public static final Unit<AmountOfSubstance> STANDARD_CUBIC_FOOT = Units.MOLE.multiply(molesIn(
            new BigDecimal("14.696").multiply(new BigDecimal("6894.757293168")),
            new BigDecimal("0.028316846592"),
            new BigDecimal("459.67").add(new BigDecimal("60")).multiply(new BigDecimal("5"))
                    .divide(new BigDecimal("9"), MathContext.DECIMAL128)));

    private CarbonUnits() {
    }

    /**
     * A prefixed unit, defined as an exact multiple of the SI unit: {@code si × size × 10^exponent}
     * (for mWh: {@code JOULE × 3600 × 10⁻³}), never as a multiple of another multiple.
     *
     * @param si the SI unit
     * @param size the unprefixed unit in SI units (3600 for Wh, 0.001 for g and L)
     * @param exponent the prefix's power of ten (SI Brochure, 9th ed., 2019, Table 7; ronna,
     *     quetta, ronto and quecto from the 27th CGPM, 2022, Resolution 3)
     * @return the prefixed unit
     */
    static <Q extends javax.measure.Quantity<Q>> Unit<Q> prefixed(Unit<Q> si, BigDecimal size, int exponent) {
        return si.multiply(size.scaleByPowerOfTen(exponent));
    }

    private static BigDecimal molesIn(BigDecimal pascal, BigDecimal cubicMetres, BigDecimal kelvin) {
        return pascal.multiply(cubicMetres)
                .divide(MOLAR_GAS_CONSTANT.multiply(kelvin), MathContext.DECIMAL128);
    }
}
