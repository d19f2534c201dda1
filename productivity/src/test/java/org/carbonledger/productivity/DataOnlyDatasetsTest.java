package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carbonledger.productivity.lp.CommonsMathLpSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data-only reference sets, which come without expected values: Tone (2001)'s SBM example
 * ({@code deaR_Tone2001}, European Journal of Operational Research 130, p. 505), Tone (2003)'s
 * SBM with undesirable outputs ({@code deaR_Tone2003}, GRIPS report I-2003-0005, pp. 10–11,
 * VRS), and the power plants of Tone (2002)'s super-SBM ({@code deaR_Power_plants}); data from
 * R's deaR package.
 *
 * <p>The papers' tables could not be found in the sources available to this project, so the
 * scores are not compared with published numbers. Instead each model is run, every unit must be
 * solved, and the scores must agree with an independent solver (Commons Math's dense simplex,
 * solving each full LP cold) and be consistent with the reported slacks (Tone's ratio recomputed
 * from them) and λ (a feasible projection).
 */
class DataOnlyDatasetsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("deaR_Tone2001", DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS)),
                Arguments.of("deaR_Tone2001",
                        DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS)),
                Arguments.of("deaR_Tone2003", DeaModel.sbm(Orientation.NONE, ReturnsToScale.VRS)),
                Arguments.of("deaR_Tone2003", DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS)),
                Arguments.of("deaR_Power_plants",
                        DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS).withSuperEfficiency()),
                Arguments.of("deaR_Power_plants",
                        DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS)
                                .withSuperEfficiency()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void solvesEveryUnitConsistently(String dataset, DeaModel model) {
        Panel panel = DeaDatasets.panel(dataset);
        List<DeaResult> ours = Dea.of(model).evaluate(panel);
        Map<String, DeaResult> baseline = DeaDatasets.byDmu(
                Dea.of(model).withSolver(new CommonsMathLpSolver()).evaluate(panel));
        for (DeaResult r : ours) {
            assertTrue(r.isOptimal(), r.toString());
            assertEquals(baseline.get(r.dmu()).score(), r.score(), 1e-7, r.toString());
            if (!model.isSuperEfficiency()) {
                assertTrue(r.score() > 0 && r.score() <= 1 + 1e-9, r.toString());
                Observation unit = OptimumChecks.find(panel.observations(), r.dmu());
                OptimumChecks.assertFeasible(panel, panel.observations(), unit, r, 1e-7);
                if (model.kind() == DeaModel.Kind.SBM) {
                    assertEquals(r.score(), OptimumChecks.sbmScore(panel, unit, r), 1e-7);
                }
            } else {
                assertTrue(r.score() > 0, r.toString());
            }
        }
    }
}
