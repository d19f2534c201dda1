package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Radial CCR and BCC models, input and output orientation, on the "FLS Book data" (11 units,
 * 2 inputs, 1 output): every value of {@code fls11.expected.csv}.
 *
 * <p>Source: the tests of DataEnvelopmentAnalysis.jl ({@code test/dea.jl}), whose values are
 * stated there to be checked against R. Scores and the max-slack phase-2 slacks are unique and
 * compared directly; the λ are marked non-unique, so for those rows the whole solution (λ,
 * slacks, score) is checked to be a feasible point of the envelopment problem at the expected
 * score instead of matching the listed split.
 */
class Fls11Test {
    private static final Panel PANEL = DeaDatasets.panel("fls11");
    private static final Map<String, Map<String, DeaResult>> CACHE = new HashMap<>();

    static Stream<DeaDatasets.Expected> expected() {
        return DeaDatasets.expected("fls11").stream();
    }

    static DeaModel model(String name) {
        Orientation o = name.startsWith("radial_io") ? Orientation.INPUT : Orientation.OUTPUT;
        ReturnsToScale rts = name.endsWith("crs") ? ReturnsToScale.CRS : ReturnsToScale.VRS;
        return DeaModel.radial(o, rts);
    }

    static synchronized DeaResult result(String model, String dmu) {
        return CACHE.computeIfAbsent(model,
                k -> DeaDatasets.byDmu(Dea.of(model(k)).evaluate(PANEL))).get(dmu);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void reproducesExpectedValue(DeaDatasets.Expected e) {
        DeaResult r = result(e.model(), e.dmu());
        String q = e.quantity();
        if (q.equals("eff")) {
            double score = r.model().orientation() == Orientation.OUTPUT
                    ? r.phi().getAsDouble() : r.score();
            assertEquals(e.value(), score, e.tol(), e.toString());
        } else if (q.startsWith("lambda_")) {
            List<Observation> all = PANEL.observations();
            Observation unit = OptimumChecks.find(all, e.dmu());
            OptimumChecks.assertFeasible(PANEL, all, unit, r, 1e-6);
            if (!e.nonUnique()) {
                assertEquals(e.value(), r.lambda(q.substring("lambda_".length())), e.tol(),
                        e.toString());
            }
        } else {
            String column = q.startsWith("sx") ? "x_" + q.substring(2) : "y_" + q.substring(2);
            assertEquals(e.value(), r.slack(column), e.tol(), e.toString());
        }
    }
}
