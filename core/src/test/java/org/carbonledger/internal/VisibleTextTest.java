package org.carbonledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** Messages show control and invisible characters as codes (issue 12 item 6). */
class VisibleTextTest {

    @Test
    void controlAndInvisibleCharacters_areShownAsCodes() {
        assertEquals("k<U+0000>Wh<U+001B>[2J", VisibleText.of("k\u0000Wh\u001b[2J"));
        assertEquals("amount<U+200B>", VisibleText.of("amount\u200B"));
        assertEquals("<U+FEFF>activity", VisibleText.of("\uFEFFactivity"));
        assertEquals("1<U+00A0>000", VisibleText.of("1\u00A0000"));
        assertEquals("a<U+000A>b<U+0009>c", VisibleText.of("a\nb\tc"));
        assertEquals("<U+FFFD>", VisibleText.of("\uFFFD"));
        assertEquals("<U+D800>", VisibleText.of("\uD800"));
    }

    @Test
    void visibleText_isReturnedAsItIs() {
        String t = "Málaga, 北京, CO₂ 1 000 kg — ok 😀";
        assertSame(t, VisibleText.of(t));
    }

    @Test
    void anyText_isShownWithoutControlOrFormatCharacters() {
        qt().withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(t -> {
            String shown = VisibleText.of(t);
            assertTrue(shown.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT), shown);
            assertEquals(shown, VisibleText.of(shown));
        });
    }
}
