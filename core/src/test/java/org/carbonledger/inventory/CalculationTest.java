package org.carbonledger.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.carbonledger.activity.Activity;
import org.carbonledger.batch.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * A record's {@link Calculation} recomputes it: every mass is the canonical amount times one
 * multiplier (one rounding), the CO2e is the exact sum of masses times GWPs rounded once, each
 * multiplier is the exact product of its terms rounded once, and the prose trace is rendered from
 * these numbers.
 */
class CalculationTest {
    private static final EmissionCalculator AR6 = TestLedger.calculator("AR6");

    /** Natural gas in kWh (a unit conversion), diesel in t (a calorific value), wood (biogenic CO2), a leak. */
    private static List<Activity> records() {
        return List.of(TestLedger.activity(0, 1850, 2, 0, 1, 0), TestLedger.activity(1, 12.4, 0, 1, 0, 2),
                TestLedger.activity(2, 3.5, 0, 0, 0, 0), TestLedger.activity(3, 0.25, 1, 0, 3, 1));
    }

    @Test
    void everyMass_isTheCanonicalAmountTimesOneMultiplier() {
        for (Activity a : records()) {
            ActivityResult r = AR6.calculate(a);
            Calculation c = r.calculation();
            assertEquals(a.amount() * a.unit().toCanonical(), c.canonicalAmount());
            PricedFactor p = r.priced();
            for (int i = 0; i < p.gasCount(); i++) {
                double m = c.multipliers().get(p.key(i)).value();
                assertEquals(c.canonicalAmount() * m, r.massKg(i), () -> c.toString());
            }
        }
    }

    @Test
    void theCo2e_isTheExactSumOfMassesTimesGwpsRoundedOnce() {
        for (Activity a : records()) {
            ActivityResult r = AR6.calculate(a);
            Calculation c = r.calculation();
            BigDecimal exact = BigDecimal.ZERO;
            PricedFactor p = r.priced();
            for (int i = 0; i < p.gasCount(); i++) {
                exact = exact.add(new BigDecimal(r.massKg(i)).multiply(new BigDecimal(c.gwp().get(p.key(i)))));
            }
            assertEquals(exact.doubleValue(), r.co2eKg());
        }
    }

    /** Recomputed here from the listed terms alone, in decimal, dividing by those marked ÷, then rounded once. */
    @Test
    void eachMultiplier_isTheExactProductOfItsTermsRoundedOnce() {
        MathContext wide = new MathContext(80);
        for (Activity a : records()) {
            ActivityResult r = AR6.calculate(a);
            for (Calculation.Multiplier m : r.calculation().multipliers().values()) {
                BigDecimal product = BigDecimal.ONE;
                for (Calculation.Term t : m.from()) {
                    BigDecimal v = new BigDecimal(t.value());
                    product = t.divisor() ? product.divide(v, wide) : product.multiply(v, wide);
                }
                assertEquals(product.doubleValue(), m.value(), m::toString);
            }
        }
    }

    @Test
    void theMultipliersTerms_citeTheFactorsReferences() {
        for (Activity a : records()) {
            ActivityResult r = AR6.calculate(a);
            for (Map.Entry<String, Calculation.Multiplier> e : r.calculation().multipliers().entrySet()) {
                List<Calculation.Term> from = e.getValue().from();
                assertTrue(from.stream().anyMatch(t -> t.anchor().startsWith("gases.")), from::toString);
                r.factor().conversions().forEach(conv -> assertTrue(from.stream().anyMatch(
                        t -> t.reference().endsWith(conv.source().reference())), from::toString));
            }
        }
    }

    @Test
    void theTrace_isRenderedFromTheCalculation() {
        for (Activity a : records()) {
            ActivityResult r = AR6.calculate(a);
            String trace = String.join("\n", r.trace());
            Calculation c = r.calculation();
            for (Calculation.Multiplier m : c.multipliers().values()) {
                assertTrue(trace.contains(org.carbonledger.internal.NumberText.of(m.value()) + " " + m.unit()), trace);
            }
            assertTrue(trace.contains("= " + org.carbonledger.internal.NumberText.of(r.co2eKg()) + " kg"), trace);
        }
    }
}
