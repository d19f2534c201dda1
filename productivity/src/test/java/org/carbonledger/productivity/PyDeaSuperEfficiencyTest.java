package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Andersen–Petersen (1993) input-oriented CRS super-efficiency on pyDEA's example 2 (11 units,
 * 3 inputs, 2 outputs): every value of {@code pydea_example2.expected.csv}.
 *
 * <p>Source: araith/pyDEA, {@code tests/test_super_efficiency.py}.
 */
class PyDeaSuperEfficiencyTest {
    private static final Panel PANEL = DeaDatasets.panel("pydea_example2");
    private static final Map<String, DeaResult> RESULTS = DeaDatasets.byDmu(Dea.of(
            DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS).withSuperEfficiency())
            .evaluate(PANEL));

    static Stream<DeaDatasets.Expected> expected() {
        return DeaDatasets.expected("pydea_example2").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void reproducesExpectedValue(DeaDatasets.Expected e) {
        DeaResult r = RESULTS.get(e.dmu());
        assertEquals(e.value(), r.score(), e.tol(), e.toString());
        assertFalse(r.peers().containsKey(e.dmu()), "the unit is not its own peer: " + r);
    }
}
