package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Non-oriented SBM (Tone 2001; equal to the Enhanced Russell Graph measure of Pastor, Ruiz &amp;
 * Sirvent 1999) under CRS and VRS on 8 units with 1 input and 1 output: every value of
 * {@code julia_sbm8.expected.csv}.
 *
 * <p>Source: the tests of DataEnvelopmentAnalysis.jl ({@code test/deaerg.jl}). Scores are
 * compared directly. The slacks are marked "may be non-unique": for those rows the reported
 * slacks and λ must be a feasible point (Xλ = x0 − s⁻, Yλ = y0 + s⁺, Σλ = 1 under VRS) whose
 * Tone ratio equals the expected score, rather than equal the listed split.
 */
class JuliaSbm8Test {
    private static final Panel PANEL = DeaDatasets.panel("julia_sbm8");
    private static final Map<String, Map<String, DeaResult>> CACHE = new HashMap<>();

    static Stream<DeaDatasets.Expected> expected() {
        return DeaDatasets.expected("julia_sbm8").stream();
    }

    static synchronized DeaResult result(String model, String dmu) {
        ReturnsToScale rts = model.endsWith("crs") ? ReturnsToScale.CRS : ReturnsToScale.VRS;
        return CACHE.computeIfAbsent(model, k -> DeaDatasets.byDmu(
                Dea.of(DeaModel.sbm(Orientation.NONE, rts)).evaluate(PANEL))).get(dmu);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void reproducesExpectedValue(DeaDatasets.Expected e) {
        DeaResult r = result(e.model(), e.dmu());
        if (e.quantity().equals("eff")) {
            assertEquals(e.value(), r.score(), e.tol(), e.toString());
            return;
        }
        Observation unit = OptimumChecks.find(PANEL.observations(), e.dmu());
        OptimumChecks.assertFeasible(PANEL, PANEL.observations(), unit, r, 1e-7);
        assertEquals(r.score(), OptimumChecks.sbmScore(PANEL, unit, r), 1e-7,
                "slacks reproduce the score: " + e);
        if (!e.nonUnique() && !e.sourceStatus().contains("may be non-unique")) {
            String column = e.quantity().startsWith("sx") ? "x_" + e.quantity().substring(2)
                    : "y_" + e.quantity().substring(2);
            assertEquals(e.value(), r.slack(column), e.tol(), e.toString());
        }
    }
}
