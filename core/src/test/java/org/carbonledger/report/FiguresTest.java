package org.carbonledger.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonledger.activity.Scope;
import org.carbonledger.inventory.EmissionTotals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The numbers a report shows: masses in a unit for their magnitude, ledger amounts exactly as
 * read, computed values without float noise, and never an exponent. The cases are the faults
 * seen in the report of issue 14 (1615.5 GJ shown as 1,616; 9.999999999999999E-6; 1.915E-2;
 * 494,041,705 overflowing its card).
 */
class FiguresTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "494041705    | 494.04 kt",
        "41819172     | 41.82 kt",
        "130523093000 | 130.52 Mt",
        "1e11         | 100.00 Mt",
        "999.994      | 999.99 kg",
        "1000         | 1.00 t",
        "1            | 1.00 kg",
        "0            | 0.00 kg",
        "0.001        | < 0.01 kg",
        "-2500        | −2.50 t"})
    void mass_choosesTheUnitForItsMagnitude(double kg, String expected) {
        assertEquals(expected, Figures.mass(kg));
    }

    @Test
    void mass_inAGivenUnit_roundsHalfEvenFromTheExactDouble() {
        assertEquals("0.01 t", Figures.mass(6, Figures.MassUnit.T));
        assertEquals("< 0.01 t", Figures.mass(5, Figures.MassUnit.T), "0.005 t: half-even to 0.00, not a false 0");
        assertEquals("< 0.01 t", Figures.mass(4.99, Figures.MassUnit.T));
        assertEquals("494,041.71 t", Figures.mass(494_041_705.2, Figures.MassUnit.T));
        // 0.125 is exact in binary: half-even keeps 0.12
        assertEquals("0.12 kg", Figures.mass(0.125, Figures.MassUnit.KG));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1615.5     | 1,615.5",
        "96500      | 96,500",
        "0.00001    | 0.00001",
        "0.01915    | 0.01915",
        "2450000    | 2,450,000",
        "1e21       | 1,000,000,000,000,000,000,000",
        "12.4       | 12.4"})
    void exact_writesTheLedgerAmountAsGiven(double v, String expected) {
        assertEquals(expected, Figures.exact(v));
    }

    @Test
    void rounded_dropsFloatNoise_andNeverWritesAnExponent() {
        assertEquals("0.00001", Figures.rounded(9.999999999999999E-6, 6));
        assertEquals("0.01915", Figures.rounded(0.019150000000000001, 6));
        assertEquals("1,234,600", Figures.rounded(1_234_567, 5));
        assertEquals("28", Figures.rounded(28, 6));
        assertEquals("0.333333", Figures.rounded(new BigDecimal("0.33333333333333333"), 6));
        assertThrows(IllegalArgumentException.class, () -> Figures.rounded(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Figures.rounded(Double.NaN, 3));
    }

    /** Every finite double: exact text reads back as the same double, with no exponent. */
    @Test
    void exact_readsBackAsTheSameDouble() {
        qt().forAll(doubles().any()).assuming(Double::isFinite).checkAssert(v -> {
            String s = Figures.exact(v);
            assertFalse(s.contains("E") || s.contains("e"), s);
            assertEquals(v, Double.parseDouble(s.replace(",", "").replace('−', '-')), s);
        });
    }

    /** Every finite mass: the shown number is within half a unit of the last decimal of the exact value. */
    @Test
    void mass_isTheExactValueRoundedOnce() {
        qt().forAll(doubles().between(-1e12, 1e12)).checkAssert(kg -> {
            Figures.MassUnit u = Figures.MassUnit.forKg(kg);
            String s = Figures.massValue(kg, u);
            if (s.startsWith("<") || s.startsWith(">")) {
                return;
            }
            BigDecimal shown = new BigDecimal(s.replace(",", "").replace('−', '-'));
            BigDecimal error = shown.subtract(u.of(kg)).abs();
            assertEquals(-1, error.compareTo(new BigDecimal("0.005000001")), s + " for " + kg);
        });
    }

    @Test
    void isoCategory_mapsScopesToTheCategoriesOfIso14064() {
        assertEquals("1", Figures.isoCategory(Scope.SCOPE_1).category());
        assertEquals("Indirect GHG emissions from imported energy", Figures.isoCategory(Scope.SCOPE_2).name());
        assertEquals("3–6", Figures.isoCategory(Scope.SCOPE_3).category());
    }

    @Test
    void periodSeries_neverPutsAYearBesideMonths() {
        Map<String, EmissionTotals> by = new LinkedHashMap<>();
        for (String p : List.of("2025-02", "2025", "2025-01", "", "2025-01-15", "2024")) {
            by.put(p, new EmissionTotals(1, 1, Map.of(), 0));
        }
        Map<String, List<Figures.Bar>> s = Figures.periodSeries(by);
        assertEquals(List.of("year", "month", "day"), List.copyOf(s.keySet()));
        assertEquals(List.of("2024", "2025"), s.get("year").stream().map(Figures.Bar::label).toList());
        assertEquals(List.of("2025-01", "2025-02"), s.get("month").stream().map(Figures.Bar::label).toList());
    }
}
