package org.carbonledger.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
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
        "US gal, US gallon", "Nm³, Nm3", "' GJ ', GJ", "gj, GJ", "KWH, kWh", "short_ton, short ton",
        "Mg, t", "Tg, Mt", "imperial gallon, imp gal", "UK gallon, imp gal", "MCF, Mcf", "µg, μg"})
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

    // ---- issue 12 item 1: SI prefixes mean what SI says, and case is never guessed ------------

    /** 1 mg = 10⁻⁶ kg (SI Brochure, 9th ed., Table 7: m = 10⁻³); it was read as Mg, a tonne. */
    @Test
    void mg_isMilligramNotMegagram() {
        assertEquals(1e-6, parser.parse("mg").toCanonical(), 1e-21);
        assertEquals(1000, parser.parse("Mg").toCanonical());
    }

    /** 1 mJ = 10⁻³ J = 10⁻¹² GJ; 1 mWh = 3.6 J; each was read as its mega- namesake. */
    @Test
    void mJ_and_mWh_areMilliNotMega() {
        assertEquals(1e-12, parser.parse("mJ").toCanonical(), 1e-27);
        assertEquals(3.6e-9, parser.parse("mWh").toCanonical(), 1e-24);
        assertEquals(0.001, parser.parse("MJ").toCanonical(), 1e-18);
    }

    @ParameterizedTest
    @CsvSource({"mwh, MWh, mWh", "MG, Mg, mg", "mj, MJ, mJ", "Mj, MJ, mJ", "pj, PJ, pJ", "MWH, MWh, mWh"})
    void mwh_lowercaseIsAmbiguous(String text, String mega, String milli) {
        AmbiguousUnitException e = assertThrows(AmbiguousUnitException.class, () -> parser.parse(text));
        assertEquals(List.of(mega, milli), e.suggestions());
        assertTrue(e.getMessage().contains(mega + " (") && e.getMessage().contains(" or " + milli + " ("), e.getMessage());
    }

    /**
     * Every SI prefix on J, Wh, g and L (SI Brochure, 9th ed., 2019, Table 7; R, Q, r, q from the
     * 27th CGPM, 2022, Resolution 3), in canonical units (GJ, kg, m³).
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"QJ, 1e21", "RJ, 1e18", "YJ, 1e15", "ZJ, 1e12", "EJ, 1e9", "PJ, 1e6", "hJ, 1e-7", "daJ, 1e-8",
        "dJ, 1e-10", "cJ, 1e-11", "μJ, 1e-15", "µJ, 1e-15", "nJ, 1e-18", "fJ, 1e-24", "qJ, 1e-39",
        "TWh, 3600000", "PWh, 3.6e9", "μWh, 3.6e-12", "kWh, 0.0036",
        "μg, 1e-9", "ng, 1e-12", "dag, 0.01", "hg, 0.1", "kg, 1", "Eg, 1e15", "Qg, 1e27", "qg, 1e-33",
        "mL, 1e-6", "ml, 1e-6", "ML, 1000", "hL, 0.1", "dal, 0.01", "kL, 1"})
    void everySiPrefix_meansItsPowerOfTen(String symbol, double canonical) {
        assertEquals(canonical, parser.parse(symbol).toCanonical(), Math.ulp(canonical) * 4, symbol);
    }

    /**
     * The law behind the rule: a spelling read ignoring case never reads as a unit other than the
     * one every exact spelling with those letters has. Each unit's spellings are tried in random
     * cases; a success must be the unit that all spellings equal to it ignoring case share.
     */
    @Test
    void caseVariants_neverReadAsAnotherUnit() {
        List<String> spellings = new ArrayList<>();
        for (ActivityUnit u : parser.units()) {
            spellings.addAll(parser.spellings(u));
        }
        qt().withExamples(5000).forAll(integers().between(0, spellings.size() - 1), integers().all())
                .checkAssert((index, bits) -> {
                    String s = spellings.get(index);
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        b.append((bits >> (i % 32) & 1) == 1 ? Character.toUpperCase(c) : Character.toLowerCase(c));
                    }
                    String variant = b.toString();
                    ActivityUnit read;
                    try {
                        read = parser.parse(variant);
                    } catch (UnknownUnitException e) {
                        return; // refused, never guessed
                    }
                    if (spellings.contains(variant)) {
                        return; // an exact spelling means what it says
                    }
                    for (String other : spellings) {
                        if (other.equalsIgnoreCase(variant)) {
                            assertEquals(parser.parse(other), read, variant + " read as " + read + " but " + other
                                    + " is " + parser.parse(other));
                        }
                    }
                });
    }

    /** A factor table's "180000 mg/kWh" is 0.18 kg/kWh = 50 kg/GJ, not 5 × 10¹¹ kg. */
    @Test
    void parseRate_mgPerKWh_isMilligramsPerKilowattHour() {
        assertEquals(50, parser.parseRate("mg/kWh").toCanonical(180_000), 1e-12);
        assertThrows(AmbiguousUnitException.class, () -> parser.parseRate("kg/mwh"));
    }

    // ---- issue 13 item 6: gallons, tons and gas volumes -----------------------------------------

    /**
     * Imperial gallon = 4.54609 L exactly (Weights and Measures Act 1985, Sch. 1; NIST SP 811 B.9);
     * US gallon = 231 in³ = 3.785411784 L (NIST SP 811 B.9).
     */
    @Test
    void impGal_isTheUkGallon_besideTheUsGallon() {
        assertEquals(0.00454609, parser.parse("imp gal").toCanonical(), 1e-18);
        assertEquals(0.003785411784, parser.parse("US gallon").toCanonical(), 1e-18);
    }

    @ParameterizedTest
    @CsvSource({"gal, US gallon, imp gal", "gallon, US gallon, imp gal", "Gallons, US gallon, imp gal",
        "GAL, US gallon, imp gal"})
    void gallon_isAmbiguous(String text, String us, String uk) {
        AmbiguousUnitException e = assertThrows(AmbiguousUnitException.class, () -> parser.parse(text));
        assertEquals(List.of(us, uk), e.suggestions());
        assertTrue(e.getMessage().contains("4.54609 L") && e.getMessage().contains("3.785411784 L"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"ton", "tons", "Ton", "TON"})
    void ton_isAmbiguous(String text) {
        AmbiguousUnitException e = assertThrows(AmbiguousUnitException.class, () -> parser.parse(text));
        assertTrue(e.suggestions().containsAll(List.of("short ton", "t")), e.suggestions().toString());
    }

    /** MT is written for the metric ton in trade; SI's Mt is a megatonne: neither is guessed. */
    @ParameterizedTest
    @CsvSource({"MT", "mt", "mT"})
    void mt_isAmbiguousBetweenMegatonneAndMetricTon(String text) {
        AmbiguousUnitException e = assertThrows(AmbiguousUnitException.class, () -> parser.parse(text));
        assertEquals(List.of("Mt", "t"), e.suggestions());
        assertEquals(1e9, parser.parse("Mt").toCanonical());
    }

    /** Mcf = 1000 ft³, ccf = 100 ft³, with 1 ft = 0.3048 m exactly (NIST SP 811 B.9): plain volumes. */
    @Test
    void mcfAndCcf_areThousandAndHundredCubicFeet() {
        double cubicFoot = 0.3048 * 0.3048 * 0.3048;
        assertEquals(1000 * cubicFoot, parser.parse("Mcf").toCanonical(), 1e-13);
        assertEquals(100 * cubicFoot, parser.parse("ccf").toCanonical(), 1e-14);
        assertEquals(0.028316846592, parser.parse("ft3").toCanonical(), 1e-18);
        assertSame(UnitKind.VOLUME, parser.parse("Mcf").kind());
    }

    /**
     * DESIGN §8: no input makes the parser throw anything but its documented exception. Any text,
     * as a unit or as a rate, gives a unit or an UnknownUnitException (AmbiguousUnitException
     * included) whose message shows no control character raw.
     */
    @Test
    void anyText_givesAUnitOrAnUnknownUnitException() {
        qt().withExamples(20_000).forAll(org.quicktheories.generators.SourceDSL.strings().allPossible()
                .ofLengthBetween(0, 12)).checkAssert(text -> {
                    for (int i = 0; i < 2; i++) {
                        try {
                            if (i == 0) {
                                parser.parse(text);
                            } else {
                                parser.parseRate(text);
                            }
                        } catch (UnknownUnitException e) {
                            assertEquals(org.carbonledger.internal.VisibleText.of(e.getMessage()), e.getMessage(), text);
                        }
                    }
                });
    }
}
