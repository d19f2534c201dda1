package org.carbonledger.energy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Avoided energy use, CUSUM, EnPIs, normalised savings and the ASHRAE 14 savings uncertainty. */
class SavingsTest {
    /**
     * The fractional savings uncertainty of ASHRAE Guideline 14 Annex B for CV(RMSE) = 0.10,
     * n = 12, p = 2, m = 12, F = 0.10, 68 % confidence: t(0.84, 10) = 1.046422610497965 (SciPy
     * {@code stats.t.ppf}), ΔS/S = t · 1.26 · 0.1 · √((1 + 2/12)/12) / 0.1 = 0.41111226347698304;
     * with ρ = 0.3, n' = 12 · 0.7/1.3 and ΔS/S = 0.5935624145894203 (computed independently in
     * Python).
     */
    @Test
    void fractionalUncertainty_matchesHandComputation() {
        assertEquals(1.046422610497965, SavingsUncertainty.criticalT(0.68, 10), 1e-9);
        assertEquals(0.41111226347698304, SavingsUncertainty.fractional(0.1, 12, 2, 12, 0.1, 0.68, 0), 1e-9);
        assertEquals(0.5935624145894203, SavingsUncertainty.fractional(0.1, 12, 2, 12, 0.1, 0.68, 0.3), 1e-9);
        assertEquals(0.41111226347698304, SavingsUncertainty.fractional(0.1, 12, 2, 12, 0.1, 0.68, -0.2), 1e-9,
                "negative autocorrelation is not credited");
        assertEquals(Double.POSITIVE_INFINITY, SavingsUncertainty.fractional(0.1, 12, 2, 12, 0, 0.68, 0));
    }

    @Test
    void cusum_accumulatesExpectedMinusActual() {
        assertArrayEquals(new double[] {1, 3, 2}, Cusum.of(new double[] {10, 12, 9}, new double[] {9, 10, 10}));
    }

    @Test
    void avoidedEnergyUse_isAdjustedBaselineMinusActual() {
        Baseline b = BaselineFitter.ols(BaselineFitterTest.plant(), List.of("tonnes", "hdd"));
        List<String> months = List.of("2024-01", "2024-02");
        EnergyData reporting = EnergyData.of("r", months, "mwh", new double[] {380, 360},
                Map.of("tonnes", new double[] {52, 50}, "hdd", new double[] {410, 362}));
        SavingsReport r = Savings.avoidedEnergyUse(b, reporting, Ashrae14Criteria.monthly());
        double e1 = 36.951734974683 + 5.498274269593 * 52 + 0.230157564452 * 410;
        double e2 = 36.951734974683 + 5.498274269593 * 50 + 0.230157564452 * 362;
        assertEquals(e1, r.adjustedBaseline()[0], 1e-6);
        assertEquals(e1 - 380, r.savings()[0], 1e-6);
        assertEquals(e1 - 380 + e2 - 360, r.cusum()[1], 1e-6);
        assertEquals(r.totalSavings(), r.cusum()[1], 1e-9);
        assertEquals(r.totalSavings() / (e1 + e2), r.savingsFraction(), 1e-12);
        assertTrue(r.fractionalUncertainty() > 0 && r.absoluteUncertainty() > 0);
        assertTrue(r.baselineMeetsCriteria());
    }

    @Test
    void reportingWithoutABaselineVariable_isAnError() {
        Baseline b = BaselineFitter.ols(BaselineFitterTest.plant(), List.of("tonnes", "hdd"));
        EnergyData reporting = EnergyData.of("r.csv", List.of("2024-01"), "mwh", new double[] {380},
                Map.of("tonnes", new double[] {52}));
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> Savings.avoidedEnergyUse(b, reporting, Ashrae14Criteria.monthly()));
        assertEquals("hdd", e.column());
        assertTrue(e.getMessage().startsWith("r.csv"), e.getMessage());
    }

    @Test
    void enpis_ratioAndRegression() {
        EnergyData d = BaselineFitterTest.plant();
        assertEquals(412.0 / 52, EnergyPerformanceIndicators.ratio(d, "tonnes")[0], 1e-12);
        Baseline b = BaselineFitter.ols(d, List.of("tonnes", "hdd"));
        assertEquals(1.0, EnergyPerformanceIndicators.totalRegression(b, d), 1e-12,
                "OLS with an intercept predicts the baseline total exactly");
        EnergyData zero = EnergyData.of("z", List.of("a"), "e", new double[] {1}, Map.of("tonnes", new double[] {0}));
        assertThrows(InvalidEnergyDataException.class, () -> EnergyPerformanceIndicators.ratio(zero, "tonnes"));
    }

    @Test
    void normalisedSavings_evaluatesBothModelsUnderStandardConditions() {
        EnergyData base = BaselineFitterTest.plant();
        Baseline b = BaselineFitter.ols(base, List.of("tonnes", "hdd"));
        Baseline better = BaselineFitter.ols(base.withEnergyMultipliedBy(0.9), List.of("tonnes", "hdd"));
        double total = 0;
        for (double e : b.predict(base)) {
            total += e;
        }
        assertEquals(0.1 * total, Savings.normalised(b, better, base), 1e-6);
    }

    @Test
    void criteria_defaultsAreTheMonthlyOnes() {
        Ashrae14Criteria c = Ashrae14Criteria.monthly();
        assertEquals(0.15, c.maxCvRmse());
        assertEquals(0.05, c.maxAbsNmbe());
        assertEquals(0.50, c.maxFractionalUncertainty());
        assertEquals(0.68, c.confidence());
        assertThrows(IllegalArgumentException.class, () -> new Ashrae14Criteria(0.1, 0.1, 0.5, 1.0));
    }

    private static EnergyData reporting(List<String> periods, double[] mwh, double[] tonnes, double[] hdd) {
        Map<String, double[]> v = new java.util.LinkedHashMap<>();
        v.put("tonnes", tonnes);
        v.put("hdd", hdd);
        return EnergyData.of("r.csv", periods, "mwh", mwh, v);
    }

    private static Baseline plantBaseline() {
        return BaselineFitter.ols(BaselineFitterTest.plant(), List.of("tonnes", "hdd"));
    }

    /**
     * Issue 12 item 9: savings extrapolated 100× beyond the baseline's range were reported as if
     * the model had seen such conditions. The baseline saw 44 to 52 t a month.
     */
    @Test
    void reportingFarOutsideTheBaselineRange_isFlaggedPerPeriodWithTheValueAndRange() {
        SavingsReport r = Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("2024-01", "2024-02"),
                new double[] {380, 30000}, new double[] {52, 5000}, new double[] {410, 362}),
                Ashrae14Criteria.monthly());
        assertTrue(r.flags().contains(EnergyFlag.OUTSIDE_BASELINE_RANGE), r.flags().toString());
        assertEquals(Set.of(), r.periodFlags(0));
        assertEquals(Set.of(EnergyFlag.OUTSIDE_BASELINE_RANGE), r.periodFlags(1));
        assertEquals(List.of(new SavingsReport.Extrapolation("2024-02", "tonnes", 5000, 44, 52)), r.extrapolations());
    }

    @Test
    void reportingWithinTheBaselineRange_isNotFlaggedAsExtrapolated() {
        SavingsReport r = Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("2024-01", "2024-02"),
                new double[] {380, 360}, new double[] {44, 52}, new double[] {5, 410}), Ashrae14Criteria.monthly());
        assertFalse(r.flags().contains(EnergyFlag.OUTSIDE_BASELINE_RANGE), r.flags().toString());
        assertEquals(List.of(), r.extrapolations());
    }

    /** Issue 12 item 9: a reporting period overlapping the baseline was accepted silently. */
    @Test
    void reportingOverlappingTheBaseline_isRefusedNamingTheFirstSharedPeriod() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("2023-12", "2024-01"),
                        new double[] {380, 360}, new double[] {50, 50}, new double[] {300, 300}),
                        Ashrae14Criteria.monthly()));
        assertEquals("period", e.column());
        assertEquals("2023-12", e.value());
        assertTrue(e.getMessage().contains("overlaps the baseline period (2023-01 to 2023-12)"), e.getMessage());
    }

    /** Issue 12 item 9: a reporting period preceding the baseline was accepted silently. */
    @Test
    void reportingPrecedingTheBaseline_isRefused() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("2022-11", "2022-12"),
                        new double[] {380, 360}, new double[] {50, 50}, new double[] {300, 300}),
                        Ashrae14Criteria.monthly()));
        assertTrue(e.getMessage().contains("precedes the baseline period"), e.getMessage());
        assertTrue(e.getMessage().startsWith("r.csv"), e.getMessage());
    }

    @Test
    void reportingInAnotherGranularity_isRefused() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("2024-01-01"),
                        new double[] {12}, new double[] {50}, new double[] {10}), Ashrae14Criteria.monthly()));
        assertTrue(e.getMessage().contains("daily") && e.getMessage().contains("monthly"), e.getMessage());
    }

    @Test
    void reportingAfterAGap_isAccepted() {
        SavingsReport r = Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("2024-06"),
                new double[] {300}, new double[] {46}, new double[] {20}), Ashrae14Criteria.monthly());
        assertFalse(r.flags().contains(EnergyFlag.PERIOD_ORDER_UNCHECKED));
    }

    @Test
    void undatedPeriods_areFlaggedAsUnchecked() {
        SavingsReport r = Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("row 2", "row 3"),
                new double[] {380, 360}, new double[] {50, 50}, new double[] {300, 300}), Ashrae14Criteria.monthly());
        assertTrue(r.flags().contains(EnergyFlag.PERIOD_ORDER_UNCHECKED), r.flags().toString());
    }

    /** A model extrapolated to −2000 degree days predicts negative energy; that period is flagged. */
    @Test
    void negativeAdjustedBaseline_isFlaggedForItsPeriod() {
        SavingsReport r = Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("2024-01", "2024-02"),
                new double[] {0, 400}, new double[] {44, 52}, new double[] {-2000, 410}), Ashrae14Criteria.monthly());
        assertTrue(r.adjustedBaseline()[0] < 0);
        assertTrue(r.periodFlags(0).contains(EnergyFlag.NEGATIVE_ADJUSTED_BASELINE), r.periodFlags(0).toString());
        assertFalse(r.periodFlags(1).contains(EnergyFlag.NEGATIVE_ADJUSTED_BASELINE));
        assertTrue(r.flags().containsAll(Set.of(EnergyFlag.NEGATIVE_ADJUSTED_BASELINE,
                EnergyFlag.OUTSIDE_BASELINE_RANGE)), r.flags().toString());
    }

    @Test
    void nonPositiveAdjustedBaselineTotal_isRefused_notAFractionOfIt() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("2024-01"), new double[] {0},
                        new double[] {44}, new double[] {-2000}), Ashrae14Criteria.monthly()));
        assertTrue(e.getMessage().contains("positive, finite adjusted baseline"), e.getMessage());
    }

    @Test
    void overflowingAdjustedBaseline_isRefused() {
        assertThrows(InvalidEnergyDataException.class, () -> Savings.avoidedEnergyUse(plantBaseline(),
                reporting(List.of("2024-01"), new double[] {1}, new double[] {1e308}, new double[] {10}),
                Ashrae14Criteria.monthly()));
    }

    @Test
    void criteriaNotMet_areFlagged() {
        SavingsReport r = Savings.avoidedEnergyUse(plantBaseline(), reporting(List.of("2024-01"),
                new double[] {380}, new double[] {50}, new double[] {300}),
                new Ashrae14Criteria(0.001, 0.05, 0.5, 0.68));
        assertTrue(r.flags().contains(EnergyFlag.BASELINE_CRITERIA_NOT_MET), r.flags().toString());
    }
}
