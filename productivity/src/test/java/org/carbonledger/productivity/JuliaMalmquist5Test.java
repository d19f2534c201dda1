package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input-oriented CRS Malmquist index (Färe, Grosskopf, Norris &amp; Zhang 1994) with its
 * efficiency-change and technical-change parts, 5 units over 2 periods: every value of
 * {@code julia_malmquist5.expected.csv}.
 *
 * <p>Source: the tests of DataEnvelopmentAnalysis.jl ({@code test/malmquist.jl}).
 */
class JuliaMalmquist5Test {
    private static final Panel PANEL = DeaDatasets.panel("julia_malmquist5");
    private static final Map<String, ProductivityChange> RESULTS = index(Malmquist.of(
            Malmquist.Index.MALMQUIST, DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS))
            .compute(PANEL));

    static Map<String, ProductivityChange> index(List<ProductivityChange> changes) {
        return changes.stream().collect(Collectors.toMap(
                c -> c.dmu() + "|" + c.from() + "~" + c.to(), c -> c));
    }

    static Stream<DeaDatasets.Expected> expected() {
        return DeaDatasets.expected("julia_malmquist5").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void reproducesExpectedValue(DeaDatasets.Expected e) {
        ProductivityChange c = RESULTS.get(e.dmu());
        double actual = e.quantity().equals("M") ? c.index()
                : e.quantity().equals("EC") ? c.efficiencyChange() : c.technicalChange();
        assertEquals(e.value(), actual, e.tol(), e.toString());
    }
}
