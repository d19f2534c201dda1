package org.carbonledger.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carbonledger.activity.Activity;
import org.carbonledger.batch.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * A record's trace citing its factor by a reference ({@link ActivityResult#trace(String)}) and
 * the factor's own trace ({@link PricedFactor#trace()}) hold, together, every line of the whole
 * trace: no step and no source is lost when a result lists each factor once.
 */
class ActivityResultTraceTest {
    private static final EmissionCalculator AR6 = TestLedger.calculator("AR6");

    /** Natural gas in kWh (a unit conversion), diesel in t (a calorific value), wood (biogenic CO2), a leak. */
    private static List<Activity> records() {
        return List.of(TestLedger.activity(0, 1850, 2, 0, 1, 0), TestLedger.activity(1, 12.4, 0, 1, 0, 2),
                TestLedger.activity(2, 3.5, 0, 0, 0, 0), TestLedger.activity(3, 0.25, 1, 0, 3, 1));
    }

    @Test
    void theRecordsStepsAndTheFactorsLinesHoldTheWholeTrace() {
        for (Activity a : records()) {
            ActivityResult r = AR6.calculate(a);
            List<String> whole = r.trace();
            List<String> own = r.trace("F7");
            List<String> factor = r.priced().trace();
            Set<String> both = new HashSet<>(own);
            both.addAll(factor);
            List<String> cited = new ArrayList<>();
            for (String line : whole) {
                if (both.contains(line)) {
                    continue;
                }
                // a step whose source the record cites by the reference and the value's place in the table
                int open = line.indexOf(" [");
                int close = line.lastIndexOf("] = ");
                assertTrue(open > 0 && close > open, () -> "lost: " + line + "\nown: " + own + "\nfactor: " + factor);
                String source = line.substring(open + 1, close + 1);
                List<String> references = new ArrayList<>();
                r.factor().factors().forEach(f -> references.add(f.source().reference()));
                r.factor().conversions().forEach(c -> references.add(c.source().reference()));
                assertTrue(references.stream().anyMatch(ref -> source.contains(ref)
                        && own.contains(line.replace(source, "[F7: " + ref + "]"))),
                        () -> "lost: " + line + "\nown: " + own);
                assertTrue(factor.stream().anyMatch(f -> f.endsWith(source)), () -> "source lost: " + source);
                cited.add(line);
            }
            // every mass line cites its source
            assertEquals(r.priced().gasCount() + r.factor().conversions().size(), cited.size(), whole::toString);
            assertTrue(own.get(1).startsWith("factor F7: table test, edition 1"), own::toString);
            assertFalse(own.stream().anyMatch(l -> l.startsWith("GWP ") || l.startsWith("factor table")), own::toString);
        }
    }

    @Test
    void theFactorsLinesAreTheSameForEveryRecordItPrices() {
        ActivityResult a = AR6.calculate(TestLedger.activity(0, 1, 0, 0, 0, 0));
        ActivityResult b = AR6.calculate(TestLedger.activity(0, 987.5, 0, 1, 0, 0));
        assertEquals(a.priced().trace(), b.priced().trace());
        assertFalse(a.trace("F1").equals(b.trace("F1")));
    }
}
