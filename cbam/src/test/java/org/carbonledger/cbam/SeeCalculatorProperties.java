package org.carbonledger.cbam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of the SEE calculation on random supply chains (a line of processes, each consuming the
 * one before it and some purchased precursors), with values from tiny to huge:
 * <ul>
 *   <li>homogeneity: scaling every flow of a process (AL, emissions, energy, precursor masses) by
 *       k leaves every SEE unchanged (SEE is specific: per functional unit);
 *   <li>Equation 62: SEE = ae + Σ mi × SEEi for every process, with ae = AttrEm / AL, mi = Mi / AL;
 *   <li>the share from default values lies in [0, 1] and is 0 without default precursors.
 * </ul>
 */
class SeeCalculatorProperties {

    private static BigDecimal random(Random r) {
        // from 1e-6 to 1e9, mantissa of up to 6 digits
        return BigDecimal.valueOf(1 + r.nextInt(999_999)).scaleByPowerOfTen(r.nextInt(16) - 12);
    }

    private static TracedValue v(BigDecimal value, String unit) {
        return TracedValue.input(value, unit, "generated", "property");
    }

    /** A chain of n processes; every flow of process i multiplied by scale[i]. */
    private static Installation chain(long seed, int n, int purchased, BigDecimal[] scale, boolean defaults) {
        Random r = new Random(seed);
        List<PurchasedPrecursor> bought = new ArrayList<>();
        for (int j = 0; j < purchased; j++) {
            bought.add(new PurchasedPrecursor("pp" + j, AggregatedGoods.ALLOYS, "", v(random(r), "t CO2e/t"),
                    defaults && j % 2 == 0 ? PurchasedPrecursor.Basis.DEFAULT : PurchasedPrecursor.Basis.MEASURED,
                    v(random(r), "MWh/t"), PurchasedPrecursor.Basis.MEASURED, v(random(r), "t CO2/MWh"), ""));
        }
        List<ProductionProcess> processes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal k = scale[i];
            ProductionProcess.Builder b = ProductionProcess.builder("p" + i, AggregatedGoods.CRUDE_STEEL)
                    .activityLevel(v(random(r).multiply(k), "t"))
                    .directEmissions(v(random(r).multiply(k), "t CO2e"))
                    .electricity(new ProductionProcess.Electricity(v(random(r).multiply(k), "MWh"),
                            v(random(r), "t CO2/MWh"), "", v(BigDecimal.ZERO, "MWh"), v(BigDecimal.ZERO, "t CO2/MWh")));
            if (i > 0) {
                b.precursor("p" + (i - 1), v(random(r).multiply(k), "t"));
            }
            for (int j = 0; j < purchased; j++) {
                if (r.nextBoolean()) {
                    b.precursor("pp" + j, v(random(r).multiply(k), "t"));
                }
            }
            processes.add(b.build());
        }
        return new Installation("", "", "", processes, bought, List.of());
    }

    private static BigDecimal[] ones(int n) {
        BigDecimal[] s = new BigDecimal[n];
        java.util.Arrays.fill(s, BigDecimal.ONE);
        return s;
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual, String what) {
        BigDecimal diff = expected.subtract(actual).abs();
        BigDecimal tol = expected.abs().max(BigDecimal.ONE.movePointLeft(30)).multiply(new BigDecimal("1e-25"));
        assertTrue(diff.compareTo(tol) <= 0, what + ": " + expected + " vs " + actual);
    }

    @Test
    void homogeneity_scalingAProcessLeavesEverySeeUnchanged() {
        qt().withExamples(50).forAll(integers().between(1, 5), integers().between(0, 3), longs().all(),
                integers().between(-6, 6)).checkAssert((n, purchased, seed, exponent) -> {
                    BigDecimal[] scale = ones(n);
                    scale[Math.floorMod(seed, n)] = new BigDecimal("3.7").scaleByPowerOfTen(exponent);
                    CbamResult a = SeeCalculator.calculate(chain(seed, n, purchased, ones(n), true));
                    CbamResult b = SeeCalculator.calculate(chain(seed, n, purchased, scale, true));
                    for (int i = 0; i < n; i++) {
                        assertClose(a.processes().get(i).seeDirect().value(), b.processes().get(i).seeDirect().value(),
                                "SEE,dir of p" + i);
                        assertClose(a.processes().get(i).seeIndirect().value(),
                                b.processes().get(i).seeIndirect().value(), "SEE,indir of p" + i);
                    }
                });
    }

    @Test
    void equation62_holdsForEveryProcess() {
        qt().withExamples(50).forAll(integers().between(1, 5), integers().between(0, 3), longs().all())
                .checkAssert((n, purchased, seed) -> {
                    Installation inst = chain(seed, n, purchased, ones(n), true);
                    CbamResult r = SeeCalculator.calculate(inst);
                    for (ProcessResult p : r.processes()) {
                        BigDecimal al = p.process().activityLevel().value();
                        BigDecimal see = p.attributedDirect().value().divide(al, MathContext.DECIMAL128);
                        for (ProductionProcess.PrecursorInput in : p.process().precursors()) {
                            BigDecimal seeI = in.from().startsWith("pp")
                                    ? inst.purchased().get(Integer.parseInt(in.from().substring(2))).seeDirect().value()
                                    : r.process(in.from()).seeDirect().value();
                            see = see.add(in.quantity().value().divide(al, MathContext.DECIMAL128).multiply(seeI));
                        }
                        assertClose(see, p.seeDirect().value(), "Equation 62 for " + p.process().name());
                    }
                });
    }

    @Test
    void shareFromDefaults_isAFraction() {
        qt().withExamples(50).forAll(integers().between(1, 5), integers().between(0, 3), longs().all())
                .checkAssert((n, purchased, seed) -> {
                    for (ProcessResult p : SeeCalculator.calculate(chain(seed, n, purchased, ones(n), true))
                            .processes()) {
                        BigDecimal s = p.shareFromDefaults().value();
                        assertTrue(s.signum() >= 0 && s.compareTo(BigDecimal.ONE) <= 0, s.toString());
                    }
                    for (ProcessResult p : SeeCalculator.calculate(chain(seed, n, purchased, ones(n), false))
                            .processes()) {
                        assertEquals(0, p.shareFromDefaults().value().signum());
                    }
                });
    }
}
