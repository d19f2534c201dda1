package org.carbonledger.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Baselines fitted on data whose answers were computed independently. */
class BaselineFitterTest {
    static final List<String> MONTHS = List.of("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06",
            "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12");
    static final double[] ENERGY = {412, 398, 371, 335, 310, 288, 281, 290, 322, 356, 389, 405};
    static final double[] TONNES = {52, 50, 49, 47, 48, 45, 44, 46, 47, 49, 51, 50};
    static final double[] HDD = {410, 362, 300, 190, 90, 20, 5, 10, 70, 180, 300, 390};

    static EnergyData plant() {
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("tonnes", TONNES);
        v.put("hdd", HDD);
        return EnergyData.of("plant.csv", MONTHS, "mwh", ENERGY, v);
    }

    /**
     * OLS on two variables, n = 12, p = 3. The expected numbers were computed independently with
     * NumPy 2.4 ({@code numpy.linalg.lstsq}) and SciPy 1.17 ({@code scipy.stats.t.sf}) from the
     * same data, with the docs/design.md §6 definitions:
     * β = (36.951734974683, 5.498274269593, 0.230157564452); R² = 0.9841901296117843; adjusted R²
     * = 0.9806768250810697; CV(RMSE) = √(SSE/9)/ȳ = 0.01944527237298576; NMBE = 0 (an OLS fit with
     * an intercept has residuals summing to zero; NumPy gives −1.3e-16); t = (0.40520409914,
     * 2.737301583141, 7.238028884629); p = (0.6947901835436, 0.02294868000381,
     * 4.878753843674e-05).
     */
    @Test
    void ols_matchesIndependentComputation() {
        Baseline b = BaselineFitter.ols(plant(), List.of("tonnes", "hdd"));
        assertEquals(12, b.n());
        assertEquals(3, b.p());
        assertEquals(36.951734974683, b.coefficients().get("intercept"), 1e-8);
        assertEquals(5.498274269593, b.coefficients().get("tonnes"), 1e-9);
        assertEquals(0.230157564452, b.coefficients().get("hdd"), 1e-11);
        assertEquals(0.9841901296117843, b.fit().r2(), 1e-12);
        assertEquals(0.9806768250810697, b.fit().adjustedR2(), 1e-12);
        assertEquals(0.01944527237298576, b.fit().cvRmse(), 1e-13);
        assertEquals(0.0, b.fit().nmbe(), 1e-12);
        assertEquals(0.40520409914, b.tStats().get("intercept"), 1e-9);
        assertEquals(2.737301583141, b.tStats().get("tonnes"), 1e-9);
        assertEquals(7.238028884629, b.tStats().get("hdd"), 1e-9);
        assertEquals(0.6947901835436, b.pValues().get("intercept"), 1e-10);
        assertEquals(0.02294868000381, b.pValues().get("tonnes"), 1e-11);
        assertEquals(4.878753843674e-05, b.pValues().get("hdd"), 1e-13);
    }

    /**
     * A three-parameter heating model on noisy data made from E = 100 + 5 (15 − T)⁺. An
     * independent brute-force search in NumPy over τ from −3 to 22 in steps of 0.0005 (least
     * squared error with a positive slope) gives τ = 15.164, β₀ = 99.7499322, βₕ = 4.96237718,
     * SSE = 16.399059795712123, CV(RMSE) with n − p = 12 − 3: 0.01012077541055736.
     */
    @Test
    void threeParameterHeating_findsTheBalancePointBySearch() {
        double[] t = {-3, -1, 2, 5, 9, 13, 17, 20, 22, 18, 11, 4};
        double[] y = {191.5, 178.0, 165.5, 149.0, 132.0, 109.5, 101.0, 98.5, 100.5, 99.0, 121.0, 155.0};
        EnergyData d = EnergyData.of("weather.csv", MONTHS, "kwh", y, Map.of("temp", t));
        Baseline b = BaselineFitter.fit(d, BaselineModel.THREE_P_HEATING, List.of("temp"), "temp");
        assertEquals(3, b.p());
        assertEquals(15.164, b.heatingBalancePoint().getAsDouble(), 1e-3);
        assertEquals(99.7499322, b.coefficients().get("intercept"), 1e-4);
        assertEquals(4.96237718, b.coefficients().get("heating_slope"), 1e-4);
        assertEquals(0.01012077541055736, b.fit().cvRmse(), 1e-7);
    }

    @Test
    void threeParameterCooling_recoversAnExactModel() {
        double[] t = {-3, -1, 2, 5, 9, 13, 17, 20, 22, 18, 11, 4};
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = 50 + 8 * Math.max(0, t[i] - 12);
        }
        Baseline b = BaselineFitter.fit(EnergyData.of("c", MONTHS, "kwh", y, Map.of("temp", t)),
                BaselineModel.THREE_P_COOLING, List.of(), "temp");
        assertEquals(8, b.coefficients().get("cooling_slope"), 1e-6);
        assertEquals(50, b.coefficients().get("intercept"), 1e-6);
        assertTrue(b.fit().r2() > 0.999999);
        // any τ between 11 and 13 fits exactly: the hinge is the same on the data
        assertTrue(Math.abs(b.coolingBalancePoint().getAsDouble() - 12) <= 1.0 + 1e-9);
    }

    @Test
    void fiveParameter_recoversHeatingAndCooling() {
        double[] t = {-5, -2, 1, 4, 7, 10, 13, 16, 19, 22, 25, 28};
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = 200 + 6 * Math.max(0, 8.5 - t[i]) + 9 * Math.max(0, t[i] - 17.5);
        }
        Baseline b = BaselineFitter.fit(EnergyData.of("c", MONTHS, "kwh", y, Map.of("temp", t)),
                BaselineModel.FIVE_P, List.of("temp"), "temp");
        assertEquals(5, b.p());
        assertEquals(6, b.coefficients().get("heating_slope"), 1e-6);
        assertEquals(9, b.coefficients().get("cooling_slope"), 1e-6);
        assertEquals(200, b.coefficients().get("intercept"), 1e-5);
        assertTrue(b.fit().cvRmse() < 1e-9);
    }

    @Test
    void tooFewPoints_isAnError() {
        EnergyData d = EnergyData.of("small.csv", MONTHS.subList(0, 3), "mwh", new double[] {1, 2, 3},
                Map.of("a", new double[] {1, 2, 4}, "b", new double[] {3, 1, 2}));
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> BaselineFitter.ols(d, List.of("a", "b")));
        assertTrue(e.getMessage().contains("too few points"), e.getMessage());
        assertTrue(e.getMessage().contains("small.csv"), e.getMessage());
    }

    @Test
    void collinearVariables_areNamed() {
        double[] twice = new double[12];
        for (int i = 0; i < 12; i++) {
            twice[i] = 2 * TONNES[i] + 3;
        }
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("tonnes", TONNES);
        v.put("hdd", HDD);
        v.put("tonnes2", twice);
        EnergyData d = EnergyData.of("plant.csv", MONTHS, "mwh", ENERGY, v);
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> BaselineFitter.ols(d, List.of("tonnes", "hdd", "tonnes2")));
        assertTrue(e.getMessage().contains("collinear"), e.getMessage());
        assertTrue(e.column().contains("tonnes") && e.column().contains("tonnes2"), e.column());
        assertTrue(!e.column().contains("hdd"), e.column());
    }

    @Test
    void constantVariable_isCollinearWithTheIntercept() {
        double[] c = new double[12];
        java.util.Arrays.fill(c, 7);
        EnergyData d = EnergyData.of("plant.csv", MONTHS, "mwh", ENERGY, Map.of("shifts", c));
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> BaselineFitter.ols(d, List.of("shifts")));
        assertEquals("shifts", e.column());
        assertTrue(e.getMessage().contains("intercept"), e.getMessage());
    }

    @Test
    void heatingModel_onDataWithoutHeating_isAnError() {
        double[] t = {-3, -1, 2, 5, 9, 13, 17, 20, 22, 18, 11, 4};
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = 50 + 3 * t[i];
        }
        EnergyData d = EnergyData.of("c", MONTHS, "kwh", y, Map.of("temp", t));
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> BaselineFitter.fit(d, BaselineModel.THREE_P_HEATING, List.of(), "temp"));
        assertTrue(e.getMessage().contains("positive heating slope"), e.getMessage());
    }

    @Test
    void missingVariable_isNamed() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> BaselineFitter.ols(plant(), List.of("shifts")));
        assertEquals("shifts", e.column());
    }

    @Test
    void modelLabels_roundTrip() {
        for (BaselineModel m : BaselineModel.values()) {
            assertEquals(m, BaselineModel.parse(m.label()));
        }
        assertThrows(IllegalArgumentException.class, () -> BaselineModel.parse("4p"));
    }

    /**
     * Issue 12 item 9: a series with a negative mean gave a negative CV(RMSE) (−0.215) that met
     * every threshold. CV(RMSE) and NMBE are fractions of the mean (ASHRAE Guideline 14), undefined
     * for ȳ ≤ 0.
     */
    @Test
    void goodnessOfFit_nonPositiveMean_hasNoCvRmseAndNeverMeetsTheCriteria() {
        double[] y = {-10, -14, -8, -12};
        double[] fitted = {-11, -11, -11, -11};
        GoodnessOfFit f = GoodnessOfFit.of(y, fitted, 1);
        assertTrue(Double.isNaN(f.cvRmse()), "CV(RMSE) " + f.cvRmse());
        assertTrue(Double.isNaN(f.nmbe()), "NMBE " + f.nmbe());
        assertFalse(f.meets(Ashrae14Criteria.monthly()));
        assertFalse(f.meets(new Ashrae14Criteria(1e9, 1e9, 0.5, 0.68)));
    }

    /** Issue 12 item 9: observations without variation gave R² = 1.0, a perfect explanation of nothing. */
    @Test
    void goodnessOfFit_constantObservations_haveNoR2() {
        GoodnessOfFit f = GoodnessOfFit.of(new double[] {5, 5, 5}, new double[] {5, 5, 5}, 1);
        assertTrue(Double.isNaN(f.r2()), "R² " + f.r2());
        assertTrue(Double.isNaN(f.adjustedR2()), "adjusted R² " + f.adjustedR2());
        assertEquals(0, f.cvRmse());
    }

    /** Issue 12 item 9: all-zero energy was fitted, with R² 1.0. */
    @Test
    void allZeroEnergy_isRefused_notAPerfectFit() {
        InvalidEnergyDataException e = assertThrows(InvalidEnergyDataException.class,
                () -> BaselineFitter.ols(plant().withEnergy(new double[12]), List.of("tonnes", "hdd")));
        assertEquals("mwh", e.column());
        assertTrue(e.getMessage().contains("zero in every period"), e.getMessage());
    }

    @Test
    void constantEnergy_isFlagged_andHasNoR2() {
        double[] flat = new double[12];
        java.util.Arrays.fill(flat, 350);
        Baseline b = BaselineFitter.ols(plant().withEnergy(flat), List.of("tonnes"));
        assertEquals(java.util.Set.of(EnergyFlag.ENERGY_CONSTANT), b.flags());
        assertTrue(Double.isNaN(b.fit().r2()));
        assertEquals(350, b.coefficients().get("intercept"), 1e-9);
        assertTrue(b.flags(Ashrae14Criteria.monthly()).contains(EnergyFlag.ENERGY_CONSTANT));
    }

    /** Issue 12 item 9: a value of 1e308 gave non-finite (null) coefficients and a result. */
    @Test
    void hugeEnergyValue_isRefused_notFittedToMissingCoefficients() {
        double[] e = ENERGY.clone();
        e[4] = 1e308;
        InvalidEnergyDataException ex = assertThrows(InvalidEnergyDataException.class,
                () -> BaselineFitter.ols(plant().withEnergy(e), List.of("tonnes", "hdd")));
        assertEquals("mwh", ex.column());
        assertEquals("1.0E308", ex.value());
        assertTrue(ex.getMessage().contains("too large"), ex.getMessage());
    }

    @Test
    void hugeVariableValues_areRefusedNamingTheVariable() {
        double[] t = TONNES.clone();
        for (int i = 0; i < t.length; i++) {
            t[i] *= 1e200;
        }
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("tonnes", t);
        v.put("hdd", HDD);
        InvalidEnergyDataException ex = assertThrows(InvalidEnergyDataException.class,
                () -> BaselineFitter.ols(EnergyData.of("plant.csv", MONTHS, "mwh", ENERGY, v),
                        List.of("tonnes", "hdd")));
        assertEquals("tonnes", ex.column());
    }

    /** Values that differ by less than double precision can square were called "the same in every period". */
    @Test
    void valuesTooCloseToTellApart_areRefusedAsSuch_notCalledConstant() {
        double[] t = TONNES.clone();
        for (int i = 0; i < t.length; i++) {
            t[i] *= 1e-170;
        }
        InvalidEnergyDataException ex = assertThrows(InvalidEnergyDataException.class,
                () -> BaselineFitter.ols(EnergyData.of("plant.csv", MONTHS, "mwh", ENERGY, Map.of("tonnes", t)),
                        List.of("tonnes")));
        assertEquals("tonnes", ex.column());
        assertTrue(ex.getMessage().contains("too little"), ex.getMessage());
    }

    @Test
    void baseline_remembersTheRangeOfEachVariable() {
        Baseline b = BaselineFitter.ols(plant(), List.of("tonnes", "hdd"));
        assertEquals(new Baseline.Range(44, 52), b.ranges().get("tonnes"));
        assertEquals(new Baseline.Range(5, 410), b.ranges().get("hdd"));
        assertEquals(java.util.Set.of(), b.flags());
    }
}
