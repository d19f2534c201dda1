package org.carbonledger.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Unit symbols, aliases and the definitions of issue #2: Btu_IT = 1055.05585262 J, mmBtu = 10⁶
 * Btu, therm = 10⁵ Btu, tce = 29.3076 GJ, toe = 41.868 GJ, short ton = 907.18474 kg, lb =
 * 0.45359237 kg, US gallon = 3.785411784 L (NIST SP 811, 2008, Appendix B).
 */
class UnitParserTest {
    private final UnitParser parser = UnitParser.standard();

    @ParameterizedTest(name = "{0} = {2} {1}")
    @CsvSource({
        "J, ENERGY, 1e-9", "kJ, ENERGY, 1e-6", "MJ, ENERGY, 0.001", "GJ, ENERGY, 1", "TJ, ENERGY, 1000",
        "Wh, ENERGY, 3.6e-6", "kWh, ENERGY, 0.0036", "MWh, ENERGY, 3.6", "GWh, ENERGY, 3600",
        "Btu, ENERGY, 1.05505585262e-6", "mmBtu, ENERGY, 1.05505585262", "therm, ENERGY, 0.105505585262",
        "tce, ENERGY, 29.3076", "toe, ENERGY, 41.868",
        "g, MASS, 0.001", "kg, MASS, 1", "t, MASS, 1000", "kt, MASS, 1e6", "lb, MASS, 0.45359237",
        "short ton, MASS, 907.18474",
        "L, VOLUME, 0.001", "m3, VOLUME, 1", "US gallon, VOLUME, 0.003785411784",
        "Nm3, STANDARD_VOLUME, 1"})
    void parse_givesDefinedFactorToCanonical(String symbol, UnitKind kind, double toCanonical) {
        ActivityUnit u = parser.parse(symbol);
        assertEquals(kind, u.kind());
        assertEquals(toCanonical, u.toCanonical(), Math.ulp(toCanonical) * 4, symbol);
    }

    @ParameterizedTest
    @CsvSource({"kwh, kWh", "MMBtu, mmBtu", "MMBTU, mmBtu", "tonne, t", "Gg, kt", "litre, L", "l, L", "m³, m3",
        "gal, US gallon", "Nm³, Nm3", "' GJ ', GJ", "gj, GJ", "mwh, MWh", "short_ton, short ton"})
    void parse_acceptsAliases(String alias, String symbol) {
        assertEquals(symbol, parser.parse(alias).symbol());
    }

    @Test
    void parse_unknownSymbol_listsCloseMatches() {
        UnknownUnitException e = assertThrows(UnknownUnitException.class, () -> parser.parse("kWhh"));
        assertEquals("kWhh", e.symbol());
        assertTrue(e.suggestions().contains("kWh"), e.suggestions().toString());
        assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
    }

    @Test
    void parse_blank_isRefusedWithAHint() {
        UnknownUnitException e = assertThrows(UnknownUnitException.class, () -> parser.parse("  "));
        assertTrue(e.getMessage().contains("blank"), e.getMessage());
    }

    @Test
    void parse_ambiguousThousandOrMillionBtu_isRefused() {
        assertThrows(UnknownUnitException.class, () -> parser.parse("MBtu"));
    }

    @Test
    void gasVolumeAtReferenceConditions_isNotAPlainVolume() {
        assertNotSame(parser.parse("Nm3").kind(), parser.parse("m3").kind());
        assertThrows(IllegalArgumentException.class, () -> parser.parse("m3").factorTo(parser.parse("Nm3")));
    }

    /**
     * 1 scf at 60 °F and 14.696 psia and 1 Nm³ at 0 °C and 101.325 kPa, both ideal gas: n = pV/RT with
     * R = 8.314462618 J/(mol·K): 1.195 31 mol and 44.614 97 mol, so 1 scf = 0.026 791 Nm³.
     */
    @Test
    void standardCubicFoot_convertsToNormalCubicMetreByTheIdealGasLaw() {
        double scfToNm3 = parser.parse("scf").factorTo(parser.parse("Nm3"));
        double expected = (14.696 * 6894.757293168 * 0.028316846592 / (8.314462618 * (459.67 + 60) * 5 / 9))
                / (101325 / (8.314462618 * 273.15));
        assertEquals(expected, scfToNm3, 1e-15);
        assertEquals(0.026791, scfToNm3, 5e-7);
    }

    @Test
    void parseRate_readsMassPerActivity() {
        RateUnit r = parser.parseRate("kg/TJ");
        assertSame(UnitKind.MASS, r.mass().kind());
        assertSame(UnitKind.ENERGY, r.activity().kind());
        assertEquals(56.1, r.toCanonical(56100), 1e-12); // kg/TJ -> kg/GJ
        assertEquals(0.45359237 / 3.6, parser.parseRate("lb/MWh").toCanonical(1), 1e-15);
    }

    @Test
    void parseRate_refusesANonMassNumeratorOrMissingSlash() {
        assertThrows(UnknownUnitException.class, () -> parser.parseRate("GJ/t"));
        assertThrows(UnknownUnitException.class, () -> parser.parseRate("kg"));
        assertThrows(UnknownUnitException.class, () -> parser.parseRate("kg/GJ/t"));
    }
}
