package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CCR input efficiency, cost efficiency and allocative efficiency on three units with two
 * priced inputs: every value of {@code cooper2007_cost3.expected.csv}.
 *
 * <p>Source: Cooper, Seiford &amp; Tone (2007), <i>Data Envelopment Analysis</i>, 2nd ed., ch. 8,
 * as quoted in the tests of DataEnvelopmentAnalysis.jl ({@code test/deacost.jl}).
 */
class Cooper2007CostTest {
    private static final Panel PANEL = DeaDatasets.panel("cooper2007_cost3");
    private static final Map<String, DeaResult> COST = DeaDatasets.byDmu(
            Dea.of(DeaModel.cost(ReturnsToScale.CRS)).evaluate(PANEL));
    private static final Map<String, DeaResult> RADIAL = DeaDatasets.byDmu(
            Dea.of(DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS)).evaluate(PANEL));

    static Stream<DeaDatasets.Expected> expected() {
        return DeaDatasets.expected("cooper2007_cost3").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void reproducesExpectedValue(DeaDatasets.Expected e) {
        double actual;
        switch (e.model()) {
            case "radial_io_crs":
                actual = RADIAL.get(e.dmu()).score();
                assertEquals(actual, COST.get(e.dmu()).technicalEfficiency().getAsDouble(), 1e-9);
                break;
            case "cost_eff_crs":
                actual = COST.get(e.dmu()).score();
                break;
            case "allocative_eff_crs":
                actual = COST.get(e.dmu()).allocativeEfficiency().getAsDouble();
                break;
            default:
                throw new AssertionError("unexpected model " + e.model());
        }
        assertEquals(e.value(), actual, e.tol(), e.toString());
    }
}
