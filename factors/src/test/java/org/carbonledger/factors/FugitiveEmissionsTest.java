package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.ghg.UnavailableGwpException;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/**
 * Fugitive releases by mass ({@code released-gases}, and DESNZ's refrigerant GWPs for GB): methane
 * by origin under each GWP set, refrigerant blends by composition and by a table's published GWP.
 */
class FugitiveEmissionsTest {

    static ActivityResult calculate(String gwp, String activity, double amount, String unit, String region,
            String period) {
        CalculationSettings s = CalculationSettings.of(Ledger.REGISTRY, BuiltInTables.defaultChain(Ledger.REGISTRY))
                .withGwp(GwpSet.of(gwp));
        Activity.Builder b = Activity.builder(ActivityId.of(activity), amount, UnitParser.standard().parse(unit));
        if (region != null) {
            b.region(Region.parse(region));
        }
        if (period != null) {
            b.period(Period.parse(period));
        }
        return new EmissionCalculator(s).calculate(b.build());
    }

    /**
     * One tonne of fossil methane released: AR4 WG1 Table 2.14 gives CH4 25, AR5 WG1 Table 8.A.1
     * (without climate-carbon feedback) 28 for methane of any origin, AR6 WG1 Table 7.15 29.8 for
     * fossil methane: 25,000, 28,000 and 29,800 kg CO2e.
     */
    @Test
    void fossilMethane_underAr4Ar5Ar6() {
        assertEquals(25_000, calculate("AR4", "fugitive/methane/fossil", 1, "t", null, "2025").co2eKg(), 1e-9);
        assertEquals(28_000, calculate("AR5", "fugitive/methane/fossil", 1, "t", null, "2025").co2eKg(), 1e-9);
        ActivityResult ar6 = calculate("AR6", "fugitive/methane/fossil", 1, "t", null, "2025");
        assertEquals(29_800, ar6.co2eKg(), 1e-9);
        assertEquals(1000, ar6.gasesKg().get(Gas.CH4), 0);
        assertEquals("released-gases", ar6.factor().table().id());
        assertTrue(String.join("\n", ar6.trace()).contains("fossil value for fugitive fossil methane"), ar6.trace()
                .toString());
    }

    /**
     * Methane of unknown origin under AR6 takes the generic GWP of AR6 WG1 Table 7.SM.7, 27.9; biogenic
     * methane the non-fossil value of Table 7.15, 27.0; under AR5 both are 28.
     */
    @Test
    void unknownAndBiogenicMethane() {
        assertEquals(27_900, calculate("AR6", "fugitive/methane", 1000, "kg", null, null).co2eKg(), 1e-9);
        assertEquals(27_000, calculate("AR6", "fugitive/methane/biogenic", 1000, "kg", null, null).co2eKg(), 1e-9);
        assertEquals(28_000, calculate("AR5", "fugitive/methane", 1000, "kg", null, null).co2eKg(), 1e-9);
    }

    /**
     * R-410A by composition: 50 % HFC-32, 50 % HFC-125 (US EPA GHG Emission Factors Hub 2025, Table 12,
     * cell E575). AR5 (Table 8.A.1): 0.5 × 677 + 0.5 × 3170 = 1923.5; AR4 (Table 2.14): 0.5 × 675 + 0.5
     * × 3500 = 2087.5; AR6 (Table 7.SM.7): 0.5 × 771 + 0.5 × 3740 = 2255.5 kg CO2e per kg released.
     */
    @Test
    void r410aByComposition() {
        ActivityResult ar5 = calculate("AR5", "fugitive/refrigerant/R-410A", 10, "kg", null, "2025");
        assertEquals("released-gases", ar5.factor().table().id());
        assertEquals(19_235, ar5.co2eKg(), 1e-9);
        assertEquals(20_875, calculate("AR4", "fugitive/refrigerant/R-410A", 10, "kg", null, null).co2eKg(), 1e-9);
        assertEquals(22_555, calculate("AR6", "fugitive/refrigerant/R-410A", 10, "kg", null, null).co2eKg(), 1e-9);
        String trace = String.join("\n", ar5.trace());
        assertTrue(trace.contains("0.5 × HFC-32 677 + 0.5 × HFC-125 3170 = 1923.5"), trace);
        assertTrue(trace.contains("cell E575"), trace);
        assertEquals(1923.5, ar5.calculation().gwp().get("R-410A"), 0);
    }

    /**
     * R-410A released in GB: DESNZ publishes its own GWP-100, 1924 kg CO2e/kg (AR5 basis), in the 2025
     * condensed set, sheet 'Refrigerant &amp; other', cell D76 (2024 flat file ID 3_201_2156_3_1): under
     * AR5 that value applies, not the composition's 1923.5; under AR6, which DESNZ does not publish, the
     * composition value 2255.5 does, and the trace says why.
     */
    @Test
    void r410aUnderDesnz() {
        ActivityResult r = calculate("AR5", "fugitive/refrigerant/R-410A", 10, "kg", "GB", "2025-06");
        assertEquals("desnz-2025", r.factor().table().id());
        assertEquals(19_240, r.co2eKg(), 1e-9);
        assertTrue(String.join("\n", r.trace()).contains("'Refrigerant & other'!D76"), r.trace().toString());
        ActivityResult y2024 = calculate("AR5", "fugitive/refrigerant/R-410A", 10, "kg", "GB", "2024");
        assertEquals("desnz-2024", y2024.factor().table().id());
        assertEquals(19_240, y2024.co2eKg(), 1e-9);
        assertTrue(String.join("\n", y2024.trace()).contains("3_201_2156_3_1"), y2024.trace().toString());
        ActivityResult ar6 = calculate("AR6", "fugitive/refrigerant/R-410A", 10, "kg", "GB", "2025");
        assertEquals(22_555, ar6.co2eKg(), 1e-9);
        assertTrue(String.join("\n", ar6.trace()).contains("publishes 1924 under AR5 only"), ar6.trace().toString());
    }

    /**
     * A GB leak dated after DESNZ's newest edition stays with DESNZ's series: desnz-2025's 1924,
     * flagged latest_edition, never the global composition value because of its date.
     */
    @Test
    void aGbLeakIn2026_staysWithDesnz_flagged() {
        ActivityResult r = calculate("AR5", "fugitive/refrigerant/R-410A", 1, "kg", "GB", "2026-03");
        assertEquals("desnz-2025", r.factor().table().id());
        assertEquals(1924, r.co2eKg(), 1e-9);
        assertTrue(r.priced().flags().contains(org.carbonledger.factor.FactorFlag.LATEST_EDITION), r.priced().flags()
                .toString());
    }

    /** SF6 released: AR5 Table 8.A.1 23,500; AR6 has no SF6 value (its sources conflict), an error. */
    @Test
    void sf6_andItsWithheldAr6Value() {
        assertEquals(23_500, calculate("AR5", "fugitive/gas/SF6", 1, "kg", null, null).co2eKg(), 1e-9);
        assertThrows(UnavailableGwpException.class, () -> calculate("AR6", "fugitive/gas/SF6", 1, "kg", null, null));
        // R-508B (EPA Table 12 cell E590: 46 % HFC-23, 54 % PFC-116) under AR6: 0.46 × 14600 + 0.54 × 12400
        assertEquals(13_412, GwpSet.of("AR6").gwp(Gas.parse("R-508B")).value(), 1e-9);
    }

    /** Pure refrigerants by designation are the gas itself: R-134a is HFC-134a (AR5 1300). */
    @Test
    void designationsOfPureGases() {
        ActivityResult r = calculate("AR5", "fugitive/refrigerant/R-134a", 2, "kg", null, null);
        assertEquals(2, r.gasesKg().get(Gas.parse("HFC-134a")), 0);
        assertEquals(2600, r.co2eKg(), 1e-9);
        assertEquals(List.of(), Ledger.REGISTRY.table("released-gases").factors(ActivityId.of("fugitive/refrigerant/R-1234yf")));
    }
}
