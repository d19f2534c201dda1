package org.carbonledger.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of baselines and savings on generated data: a reporting period generated from the
 * baseline model itself shows zero savings; savings scale with the energy data (homogeneity: k ×
 * energy gives k × savings and the same fractional savings and uncertainty). Generated energy
 * spans magnitudes from 10⁻³ to 10⁸ (kWh of a workshop to GJ of a steelworks).
 */
class SavingsProperties {
    static List<String> months(int start, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int m = start + i;
            out.add(String.format("%04d-%02d", 2020 + m / 12, m % 12 + 1));
        }
        return out;
    }

    /** Baseline data: energy = a + b·tonnes + c·hdd + noise, 24 months, scale 10^k. */
    static EnergyData data(long seed, int start, int count) {
        Random r = new Random(seed);
        double scale = Math.pow(10, r.nextInt(12) - 3);
        double a = 50 + 100 * r.nextDouble();
        double b = 1 + 5 * r.nextDouble();
        double c = 0.1 + r.nextDouble();
        double[] e = new double[count];
        double[] t = new double[count];
        double[] h = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = 40 + 20 * r.nextDouble();
            h[i] = Math.max(0, 200 * Math.cos(2 * Math.PI * i / 12) + 150 + 20 * r.nextGaussian());
            e[i] = scale * (a + b * t[i] + c * h[i] + 5 * r.nextGaussian());
        }
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("tonnes", t);
        v.put("hdd", h);
        return EnergyData.of("gen", months(start, count), "energy", e, v);
    }

    static EnergyData slice(EnergyData d, int from, int to) {
        Map<String, double[]> v = new LinkedHashMap<>();
        for (String name : d.variableNames()) {
            v.put(name, java.util.Arrays.copyOfRange(d.variable(name), from, to));
        }
        return EnergyData.of(d.source(), d.periods().subList(from, to), d.energyName(),
                java.util.Arrays.copyOfRange(d.energy(), from, to), v);
    }

    @Test
    void reportingFromTheModelItself_showsZeroSavings() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Baseline b = BaselineFitter.ols(data(seed, 0, 24), List.of("tonnes", "hdd"));
            EnergyData conditions = data(seed + 1, 24, 12);
            EnergyData reporting = conditions.withEnergy(b.predict(conditions));
            SavingsReport r = Savings.avoidedEnergyUse(b, reporting, Ashrae14Criteria.monthly());
            double scale = Math.abs(r.totalAdjustedBaseline());
            assertEquals(0, r.totalSavings(), 1e-10 * scale);
            for (double c : r.cusum()) {
                assertEquals(0, c, 1e-10 * scale);
            }
        });
    }

    @Test
    void changePointReportingFromTheModelItself_showsZeroSavings() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            double[] t = new double[24];
            double[] e = new double[24];
            double tau = 10 + 8 * rnd.nextDouble();
            for (int i = 0; i < 24; i++) {
                t[i] = -5 + 35 * rnd.nextDouble();
                e[i] = 100 + 4 * Math.max(0, tau - t[i]) + rnd.nextGaussian();
            }
            Baseline b = BaselineFitter.fit(EnergyData.of("g", months(0, 24), "e", e, Map.of("t", t)),
                    BaselineModel.THREE_P_HEATING, List.of(), "t");
            double[] t2 = new double[12];
            for (int i = 0; i < 12; i++) {
                t2[i] = -5 + 35 * rnd.nextDouble();
            }
            EnergyData cond = EnergyData.of("g", months(24, 12), "e", new double[12], Map.of("t", t2));
            SavingsReport r = Savings.avoidedEnergyUse(b, cond.withEnergy(b.predict(cond)), Ashrae14Criteria.monthly());
            assertEquals(0, r.totalSavings(), 1e-9 * r.totalAdjustedBaseline());
        });
    }

    @Test
    void savings_scaleWithTheEnergyData() {
        qt().forAll(longs().all(), doubles().between(1e-6, 1e6)).checkAssert((seed, k) -> {
            EnergyData all = data(seed, 0, 36);
            EnergyData base = slice(all, 0, 24);
            EnergyData rep = slice(all, 24, 36);
            List<String> vars = List.of("tonnes", "hdd");
            SavingsReport s1 = Savings.avoidedEnergyUse(BaselineFitter.ols(base, vars), rep, Ashrae14Criteria.monthly());
            SavingsReport sk = Savings.avoidedEnergyUse(BaselineFitter.ols(base.withEnergyMultipliedBy(k), vars),
                    rep.withEnergyMultipliedBy(k), Ashrae14Criteria.monthly());
            double tol = 1e-9 * k * (Math.abs(s1.totalAdjustedBaseline()) + Math.abs(s1.totalActual()));
            assertEquals(k * s1.totalSavings(), sk.totalSavings(), tol);
            assertEquals(s1.savingsFraction(), sk.savingsFraction(), 1e-9 * Math.max(1, Math.abs(s1.savingsFraction())));
            if (Double.isFinite(s1.fractionalUncertainty()) && Math.abs(s1.savingsFraction()) > 1e-6) {
                assertEquals(s1.fractionalUncertainty(), sk.fractionalUncertainty(),
                        1e-6 * s1.fractionalUncertainty());
            }
        });
    }
}
