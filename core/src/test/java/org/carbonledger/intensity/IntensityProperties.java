package org.carbonledger.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.carbonledger.activity.Period;
import org.junit.jupiter.api.Test;

/**
 * Intensity is invariant to the units the inputs were given in (docs/design.md §8): the same output in
 * kg, t, lb or short tons gives the same intensities; outputs from zero-adjacent to huge.
 */
class IntensityProperties {
    private static final String[] MASS = {"g", "kg", "t", "kt", "lb", "short ton"};

    @Test
    void intensity_isInvariantToOutputUnits() {
        qt().forAll(doubles().between(1e-3, 1e12), doubles().between(1e-3, 1e12), integers().between(0, 5))
                .checkAssert((tonnes, co2e, u) -> {
                    var unit = OutputUnit.parse(MASS[u]);
                    double amount = tonnes / unit.factor();
                    var fp = List.of(new Footprint("S", "P", Period.parse("2024"), co2e, co2e / 10));
                    var inTonnes = IntensityCalculator.compute(fp, List.of(ProductionRecord.of("S", "P", "", "2024",
                            tonnes, "t"))).intensities();
                    var inOther = IntensityCalculator.compute(fp, List.of(ProductionRecord.of("S", "P", "", "2024",
                            amount, MASS[u]))).intensities();
                    assertEquals(inTonnes.size(), inOther.size());
                    for (int i = 0; i < inTonnes.size(); i++) {
                        double a = inTonnes.get(i).value();
                        assertEquals(inTonnes.get(i).unit(), inOther.get(i).unit());
                        assertEquals(a, inOther.get(i).value(), 1e-12 * Math.abs(a));
                    }
                });
    }
}
