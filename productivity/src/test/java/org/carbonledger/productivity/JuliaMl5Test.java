package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contemporaneous Malmquist–Luenberger index (Chung, Färe &amp; Grosskopf 1997) with direction
 * g = (0, y, b) under CRS, and the environmental directional distance β for the directions
 * (x, y, b), (0, y, b) and (1, 1, 1), on 5 units with 1 input, 1 good and 1 bad output over 2
 * periods: every value of {@code julia_ml5.expected.csv}.
 *
 * <p>Source: the tests of DataEnvelopmentAnalysis.jl ({@code test/malmluen.jl},
 * {@code test/deaenv.jl}). That package treats bad outputs like inputs
 * ({@code Bλ ≤ b0 − β·gb}, Aparicio, Pastor &amp; Zofío 2013), so the models here use {@link
 * BadOutputConvention#INPUT_LIKE}.
 */
class JuliaMl5Test {
    private static final Panel PANEL = DeaDatasets.panel("julia_ml5");
    private static final Map<String, ProductivityChange> ML = JuliaMalmquist5Test.index(
            Malmquist.of(Malmquist.Index.MALMQUIST_LUENBERGER, model(Direction.OUTPUT))
                    .compute(PANEL));

    static DeaModel model(Direction d) {
        return DeaModel.directional(d, BadOutputConvention.INPUT_LIKE, ReturnsToScale.CRS);
    }

    static Stream<DeaDatasets.Expected> expected() {
        return DeaDatasets.expected("julia_ml5").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void reproducesExpectedValue(DeaDatasets.Expected e) {
        if (e.model().startsWith("ml_")) {
            ProductivityChange c = ML.get(e.dmu());
            assertTrue(c.isOptimal(), c.toString());
            double actual = e.quantity().equals("ML") ? c.index()
                    : e.quantity().equals("EC") ? c.efficiencyChange() : c.technicalChange();
            assertEquals(e.value(), actual, e.tol(), e.toString());
            return;
        }
        Direction d = e.model().endsWith("(0,y,b)") ? Direction.OUTPUT
                : e.model().endsWith("(1,1,1)") ? Direction.UNIT : Direction.OBSERVED;
        String period = e.dmu().substring(e.dmu().indexOf('|') + 1);
        Map<String, DeaResult> r = DeaDatasets.byDmu(
                Dea.of(model(d)).evaluate(PANEL, period, period));
        assertEquals(e.value(), r.get(e.dmu()).beta().getAsDouble(), e.tol(), e.toString());
    }
}
