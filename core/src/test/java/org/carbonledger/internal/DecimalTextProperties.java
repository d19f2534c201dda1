package org.carbonledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.carbonledger.internal.NumberText;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link DecimalText}: what the library writes it reads back to the same double; any
 * other text gives a number or an IllegalArgumentException, never another exception, and never a
 * 0 or an infinity that the text did not say.
 */
class DecimalTextProperties {

    @Test
    void parse_readsBackWhatNumberTextWrites() {
        qt().withExamples(20_000).forAll(doubles().any()).assuming(Double::isFinite).checkAssert(v -> {
            assertEquals(v + 0.0, DecimalText.parse(NumberText.of(v)));
            assertEquals(v + 0.0, DecimalText.parse(Double.toString(v)));
        });
    }

    @Test
    void parse_ofAnyText_givesAFiniteNumberOrSaysWhy() {
        String alphabet = "0123456789+-.,eExXpPdfINa\u00a0 ";
        qt().withExamples(50_000).forAll(integers().between(0, 12), integers().all(), integers().all())
                .checkAssert((n, a, b) -> {
                    StringBuilder t = new StringBuilder();
                    long bits = ((long) a << 32) ^ b;
                    for (int i = 0; i < n; i++) {
                        t.append(alphabet.charAt((int) Math.floorMod(bits >> (i * 5), (long) alphabet.length())));
                    }
                    String text = t.toString();
                    try {
                        double v = DecimalText.parse(text);
                        assertTrue(Double.isFinite(v), text);
                        assertTrue(v != 0 || !DecimalText.hasNonZeroDigit(text), text);
                    } catch (IllegalArgumentException e) {
                        assertTrue(!e.getMessage().isEmpty(), text);
                    }
                });
        qt().withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(text -> {
            try {
                assertTrue(Double.isFinite(DecimalText.parse(text)), text);
            } catch (IllegalArgumentException e) {
                // the message quotes the text with its control characters shown, never raw
                assertEquals(VisibleText.of(e.getMessage()), e.getMessage(), text);
            }
        });
    }

    /** Forms that Double.parseDouble takes and an input file must not: each is refused. */
    @Test
    void parse_refusesWhatOnlyJavaReads() {
        for (String t : new String[] {"Infinity", "-Infinity", "NaN", "0x1p3", "5d", "5f", " 5", "1e400", "1E-400",
            "1,000", "1,5", "1 000", ""}) {
            assertThrows(IllegalArgumentException.class, () -> DecimalText.parse(t), t);
        }
        assertEquals(0.0, DecimalText.parse("0E-400"));
        assertEquals(0.0, DecimalText.parse("-0"));
        assertEquals(4.9E-324, DecimalText.parse("4.9E-324"));
    }
}
