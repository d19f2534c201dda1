package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The period chart's axis is never truncated (issue 14: a maximum of 41,819,172 was drawn under an
 * axis labelled "819,172"): its last tick is at or above the largest value, its ticks are round
 * and few, and their text is exact.
 */
class SvgChartsTest {
    @Test
    void ticks_ofTheIssuesMaximum_reachAboveIt() {
        List<BigDecimal> t = SvgCharts.ticks(41_819.172);
        assertEquals(List.of("0", "20000", "40000", "60000"),
                t.stream().map(BigDecimal::toPlainString).toList());
    }

    @Test
    void ticks_ofNothing_areZeroAndOne() {
        assertEquals(List.of(BigDecimal.ZERO, BigDecimal.ONE), SvgCharts.ticks(0));
    }

    /** Any positive maximum: the last tick covers it, there are at most six, equally spaced, 1, 2 or 5 × 10^k apart. */
    @Test
    void ticks_neverTruncateTheAxis() {
        qt().forAll(doubles().between(1e-9, 1e15)).assuming(m -> m > 0).checkAssert(max -> {
            List<BigDecimal> t = SvgCharts.ticks(max);
            assertTrue(t.get(t.size() - 1).compareTo(new BigDecimal(max)) >= 0, () -> max + ": " + t);
            assertTrue(t.size() >= 2 && t.size() <= 6, () -> max + ": " + t);
            BigDecimal step = t.get(1);
            String digits = step.stripTrailingZeros().unscaledValue().toString();
            assertTrue(List.of("1", "2", "5").contains(digits), () -> max + ": step " + step);
            for (int i = 1; i < t.size(); i++) {
                assertEquals(0, t.get(i).subtract(t.get(i - 1)).compareTo(step));
            }
        });
    }
}
