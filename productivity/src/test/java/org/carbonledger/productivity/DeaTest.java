package org.carbonledger.productivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.carbonledger.productivity.lp.LpSolution;
import org.carbonledger.productivity.lp.LpSolver;
import org.carbonledger.productivity.lp.LpStatus;
import org.carbonledger.productivity.lp.SimplexLpSolver;
import org.junit.jupiter.api.Test;

class DeaTest {

    static Panel plants(double co2Scale, double labourScale) {
        return Panel.builder().inputs("x_labour", "x_energy").goods("y_output").bads("b_co2")
                .add("A", null, new double[] {2 * labourScale, 5}, new double[] {10},
                        new double[] {3 * co2Scale})
                .add("B", null, new double[] {3 * labourScale, 4}, new double[] {12},
                        new double[] {4 * co2Scale})
                .add("C", null, new double[] {4 * labourScale, 8}, new double[] {11},
                        new double[] {6 * co2Scale})
                .add("D", null, new double[] {5 * labourScale, 3}, new double[] {9},
                        new double[] {2 * co2Scale})
                .add("E", null, new double[] {6 * labourScale, 9}, new double[] {8},
                        new double[] {7 * co2Scale})
                .build();
    }

    /** CO2 near 1e8 beside labour near 1e3 gives the scores of the same data near 1. */
    @Test
    void evaluate_badlyScaledDataGivesTheScoresOfWellScaledData() {
        for (DeaModel model : List.of(DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS),
                DeaModel.sbm(Orientation.NONE, ReturnsToScale.VRS),
                DeaModel.directional(Direction.OBSERVED, BadOutputConvention.WEAK_DISPOSABILITY,
                        ReturnsToScale.VRS),
                DeaModel.radial(Orientation.OUTPUT, ReturnsToScale.CRS)
                        .withBadOutputs(BadOutputConvention.INPUT_LIKE))) {
            List<DeaResult> small = Dea.of(model).evaluate(plants(1, 1));
            List<DeaResult> large = Dea.of(model).evaluate(plants(2.5e7, 250));
            for (int i = 0; i < small.size(); i++) {
                assertEquals(small.get(i).score(), large.get(i).score(), 1e-9, model.toString());
                assertEquals(small.get(i).slack("b_co2") * 2.5e7, large.get(i).slack("b_co2"),
                        1e-9 * 2.5e8, model.toString());
            }
        }
    }

    /** The five plants of 2022 from docs/productivity.md, plus a sixth whose staff is huge. */
    static Panel plantsWithHugeStaff(double staff) {
        String[] names = {"Leeds", "Lyon", "Lodz", "Linz", "Lille"};
        double[][] data = {{120, 42_000, 51_000, 15_100}, {80, 30_500, 36_000, 8_900},
            {150, 66_000, 70_000, 27_500}, {95, 35_000, 44_000, 12_400},
            {60, 25_000, 27_000, 9_800}};
        Panel.Builder b = Panel.builder().inputs("x_staff", "x_energy_mwh").goods("y_output_t")
                .bads("b_co2_t");
        for (int i = 0; i < names.length; i++) {
            b.add(names[i], null, new double[] {data[i][0], data[i][1]},
                    new double[] {data[i][2]}, new double[] {data[i][3]});
        }
        return b.add("Huge", null, new double[] {staff, 40_000}, new double[] {50_000},
                new double[] {12_000}).build();
    }

    /**
     * Issue 12, item 7: one unit's staff at 1e10 (the others near 100) made the double-precision
     * simplex score Lodz, an efficient plant, 0.8008, and at 1e12 scored Leeds 1.0, all labelled
     * optimal. A unit added to the panel can lower no other unit's SBM score unless it dominates
     * part of the frontier, and Huge (staff far above everyone's) dominates nothing, so the
     * scores are those of the worked example of docs/productivity.md (SBM with CO2 as a bad
     * output, CRS, 2022; each checked there by hand from its slacks): Leeds 0.9151, Lille
     * 0.8233, Lyon, Lodz and Linz 1. Every score also equals the exact rational optimum of its
     * LP, and no SBM target exceeds the unit's own data on an input.
     */
    @Test
    void evaluate_sbmWithOneInputTenDecadesAboveTheOthersKeepsEveryScore() {
        DeaModel sbm = DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS);
        for (double staff : new double[] {1e8, 1e10, 1e12, 1e15}) {
            Panel panel = plantsWithHugeStaff(staff);
            Map<String, DeaResult> r = DeaDatasets.byDmu(Dea.of(sbm).evaluate(panel));
            Map<String, DeaResult> exact = DeaDatasets.byDmu(Dea.of(sbm)
                    .withSolver(new org.carbonledger.productivity.lp.RationalTableauSolver())
                    .evaluate(panel));
            assertEquals(0.9151, r.get("Leeds").score(), 5e-5, "staff " + staff);
            assertEquals(0.8233, r.get("Lille").score(), 5e-5, "staff " + staff);
            for (String efficient : List.of("Lyon", "Lodz", "Linz")) {
                assertEquals(1.0, r.get(efficient).score(), 1e-12, efficient + " staff " + staff);
            }
            for (DeaResult unit : r.values()) {
                assertEquals(LpStatus.OPTIMAL, unit.status(), unit.toString());
                double want = exact.get(unit.dmu()).score();
                assertEquals(want, unit.score(), 1e-12 * want, unit.toString());
                Observation o = panel.observations().stream()
                        .filter(u -> u.dmu().equals(unit.dmu())).findFirst().orElseThrow();
                assertTrue(unit.targets().get("x_staff") <= o.inputs()[0] * (1 + 1e-12),
                        unit.toString());
                assertTrue(unit.targets().get("x_energy_mwh") <= o.inputs()[1] * (1 + 1e-12),
                        unit.toString());
            }
        }
    }

    static Panel plantsWith(String dmu, double[] x, double[] y, double[] b) {
        Panel.Builder builder = Panel.builder().inputs("x_labour", "x_energy").goods("y_output")
                .bads("b_co2");
        plants(1, 1).observations().forEach(builder::add);
        return builder.add(dmu, null, x, y, b).build();
    }

    /**
     * Issue 12, item 7: a unit whose inputs and outputs are all zero scored 1.0 under SBM and
     * 0.0 under CCR, both labelled optimal. Its efficiency is 0/0: every model now reports it
     * undefined with a note and no score. It stays a reference unit, the point of inaction:
     * under CRS that changes no frontier, so the other units keep their scores; under VRS it
     * adds the origin to the technology, and the note says so.
     */
    @Test
    void evaluate_allZeroUnitIsUndefinedInEveryModelAndChangesNoOtherScore() {
        Panel withZero = plantsWith("Z", new double[] {0, 0}, new double[] {0},
                new double[] {0});
        for (DeaModel model : List.of(DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS),
                DeaModel.sbm(Orientation.INPUT, ReturnsToScale.VRS),
                DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS)
                        .withBadOutputs(BadOutputConvention.INPUT_LIKE),
                DeaModel.radial(Orientation.OUTPUT, ReturnsToScale.VRS)
                        .withBadOutputs(BadOutputConvention.WEAK_DISPOSABILITY),
                DeaModel.directional(Direction.OBSERVED, BadOutputConvention.WEAK_DISPOSABILITY,
                        ReturnsToScale.CRS))) {
            List<DeaResult> with = Dea.of(model).evaluate(withZero);
            List<DeaResult> without = Dea.of(model).evaluate(plants(1, 1));
            DeaResult z = with.get(with.size() - 1);
            assertEquals(LpStatus.UNDEFINED, z.status(), model + " " + z);
            assertTrue(Double.isNaN(z.score()), z.toString());
            assertTrue(z.note().orElseThrow().contains("every input and output of the unit is"
                    + " zero"), z.toString());
            if (model.returnsToScale() == ReturnsToScale.VRS) {
                assertTrue(z.note().orElseThrow().contains("point of inaction"), z.toString());
                continue;
            }
            for (int i = 0; i < without.size(); i++) {
                assertEquals(without.get(i).score(), with.get(i).score(), 1e-12,
                        model + " " + without.get(i).dmu());
            }
        }
    }

    /**
     * Issue 12, item 7: a unit with no good output got 0.0 labelled optimal, outside the
     * documented (0, 1], with nothing said. The range is now [0, 1] with 0 reserved to such
     * units, which say so in their note: under CRS, λ = 0 makes nothing from nothing, so all
     * input could be saved (CCR θ = 0; SBM ρ = 0 with every input slack equal to the input).
     * Output orientation has nothing to expand: undefined, where the LP reported unbounded.
     */
    @Test
    void evaluate_unitWithoutGoodOutputScoresZeroWithANoteOrIsUndefinedWhenOutputOriented() {
        Panel panel = plantsWith("Idle", new double[] {3, 4}, new double[] {0},
                new double[] {1});
        for (DeaModel model : List.of(DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS),
                DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS)
                        .withBadOutputs(BadOutputConvention.INPUT_LIKE))) {
            DeaResult idle = DeaDatasets.byDmu(Dea.of(model).evaluate(panel)).get("Idle");
            assertEquals(LpStatus.OPTIMAL, idle.status(), idle.toString());
            assertEquals(0.0, idle.score(), 0.0, idle.toString());
            assertTrue(idle.note().orElseThrow().contains("every good output of the unit is"
                    + " zero"), idle.toString());
        }
        DeaResult out = DeaDatasets.byDmu(Dea.of(DeaModel.radial(Orientation.OUTPUT,
                ReturnsToScale.CRS).withBadOutputs(BadOutputConvention.INPUT_LIKE))
                .evaluate(panel)).get("Idle");
        assertEquals(LpStatus.UNDEFINED, out.status(), out.toString());
        assertTrue(out.note().orElseThrow().contains("nothing to expand"), out.toString());
        DeaResult noInput = DeaDatasets.byDmu(Dea.of(DeaModel.radial(Orientation.INPUT,
                ReturnsToScale.CRS).withBadOutputs(BadOutputConvention.INPUT_LIKE)).evaluate(
                        plantsWith("Free", new double[] {0, 0}, new double[] {5},
                                new double[] {1}))).get("Free");
        assertEquals(LpStatus.UNDEFINED, noInput.status(), noInput.toString());
        assertTrue(noInput.note().orElseThrow().contains("nothing to contract"),
                noInput.toString());
    }

    /**
     * A plugged-in solver's wrong optimum (Commons Math's tableau returns such optima on badly
     * scaled data) must not reach the user as an optimal score outside the model's bounds:
     * a unit of its own reference set scores in [0, 1], and anything else is numerical trouble.
     */
    @Test
    void evaluate_scoreOutsideItsBoundsFromAPluggedInSolverIsNumericalTrouble() {
        LpSolver inflating = lp -> {
            LpSolution s = new SimplexLpSolver().solve(lp);
            return s.isOptimal() ? LpSolution.optimal(s.objective() * 1.5, s.values(),
                    s.blockColumns(), s.blockValues(), s.duals(), s.iterations()) : s;
        };
        List<DeaResult> results = Dea.of(DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS))
                .withSolver(inflating).evaluate(plants(1, 1));
        int trouble = 0;
        for (DeaResult r : results) {
            if (r.status() == LpStatus.NUMERICAL_TROUBLE) {
                trouble++;
                assertTrue(Double.isNaN(r.score()));
                assertTrue(r.note().orElseThrow().contains("outside [0, 1]"), r.toString());
            } else {
                assertTrue(r.score() <= 1.0, r.toString());
            }
        }
        assertTrue(trouble > 0, "the efficient units' inflated scores are refused");
    }

    @Test
    void evaluate_sbmWithBadOutputsHandComputed() {
        // A single input at 1: C = (1, 6, 2) dominates G = (1, 4, 3): s_g = 2, s_b = 1;
        // rho = 1 / (1 + (2/4 + 1/3) / 2) = 0.7059 (Tone 2004 formula, VRS)
        Panel p = DeaDatasets.panel("deaR_Tone2003");
        Map<String, DeaResult> r = DeaDatasets.byDmu(
                Dea.of(DeaModel.sbm(Orientation.NONE, ReturnsToScale.VRS)).evaluate(p));
        assertEquals(1.0 / (1.0 + (2.0 / 4 + 1.0 / 3) / 2), r.get("G").score(), 1e-9);
        assertEquals(1.0, r.get("C").score(), 1e-9);
    }

    @Test
    void evaluate_superEfficiencyInfeasibleUnderVrsIsReportedPerUnit() {
        // B has the largest output, so without B no convex combination reaches its output.
        Panel p = Panel.builder().inputs("x_1").goods("y_1")
                .add("A", null, new double[] {2}, new double[] {2}, new double[0])
                .add("B", null, new double[] {4}, new double[] {6}, new double[0])
                .add("C", null, new double[] {3}, new double[] {3}, new double[0]).build();
        Map<String, DeaResult> r = DeaDatasets.byDmu(Dea.of(DeaModel.radial(Orientation.INPUT,
                ReturnsToScale.VRS).withSuperEfficiency()).evaluate(p));
        assertEquals(LpStatus.INFEASIBLE, r.get("B").status());
        assertTrue(Double.isNaN(r.get("B").score()));
        assertTrue(r.get("B").peers().isEmpty());
        assertTrue(r.get("C").isOptimal());
        assertFalse(r.get("A").peers().containsKey("A"));
    }

    @Test
    void evaluate_badOutputsWithoutAConventionAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dea.of(DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS))
                        .evaluate(plants(1, 1)));
        assertTrue(e.getMessage().contains("bad-output convention"), e.getMessage());
    }

    @Test
    void evaluate_costWithoutPricesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Dea.of(DeaModel.cost(
                ReturnsToScale.CRS)).evaluate(DeaDatasets.panel("fls11")));
    }

    @Test
    void evaluate_weakDisposabilityKeepsBadsAtTheirTargetExactly() {
        DeaModel m = DeaModel.directional(Direction.OUTPUT, BadOutputConvention.WEAK_DISPOSABILITY,
                ReturnsToScale.CRS);
        Panel p = plants(1, 1);
        for (DeaResult r : Dea.of(m).evaluate(p)) {
            double b0 = OptimumChecks.find(p.observations(), r.dmu()).bads()[0];
            double beta = r.beta().getAsDouble();
            assertEquals(b0 * (1 - beta), r.targets().get("b_co2"), 1e-9);
            assertEquals(0.0, r.slack("b_co2"), 0.0);
            assertTrue(r.model().describe().contains("weak"));
        }
    }

    @Test
    void model_sbmRefusesABadOutputConvention() {
        assertThrows(IllegalArgumentException.class, () -> DeaModel.sbm(Orientation.NONE,
                ReturnsToScale.CRS).withBadOutputs(BadOutputConvention.WEAK_DISPOSABILITY));
        assertThrows(IllegalArgumentException.class, () -> DeaModel.radial(Orientation.NONE,
                ReturnsToScale.CRS));
    }

    @Test
    void malmquist_crossPeriodInfeasibilityIsFlaggedNotSilent() {
        // under VRS, period-2 unit B (output 10) lies beyond every convex combination of period 1
        Panel p = Panel.builder().inputs("x_1").goods("y_1")
                .add("A", "1", new double[] {1}, new double[] {1}, new double[0])
                .add("B", "1", new double[] {2}, new double[] {3}, new double[0])
                .add("A", "2", new double[] {1}, new double[] {2}, new double[0])
                .add("B", "2", new double[] {2}, new double[] {10}, new double[0]).build();
        List<ProductivityChange> c = Malmquist.of(Malmquist.Index.MALMQUIST,
                DeaModel.radial(Orientation.INPUT, ReturnsToScale.VRS)).compute(p);
        ProductivityChange b = c.stream().filter(x -> x.dmu().equals("B")).findFirst()
                .orElseThrow();
        assertEquals(LpStatus.INFEASIBLE, b.status());
        assertTrue(b.note().orElseThrow().contains("period 2 data to the period 1 frontier"),
                b.toString());
        assertTrue(Double.isNaN(b.index()));
    }

    /**
     * The work shared across the n problems of a run (one data block, the frontier offered as a
     * warm start) changes no score: 300 plants of a Cobb–Douglas technology with CO2 near 1e8,
     * against Commons Math solving each full LP cold.
     */
    @Test
    void evaluate_sharedFrontierGivesTheScoresOfColdSolves() {
        java.util.Random random = new java.util.Random(7);
        Panel.Builder b = Panel.builder().inputs("x_labour", "x_capital", "x_energy", "x_materials")
                .goods("y_output").bads("b_co2");
        double[] scale = {1e3, 1e7, 1e5, 1e4};
        for (int j = 0; j < 300; j++) {
            double[] x = new double[4];
            double frontier = 10;
            for (int i = 0; i < 4; i++) {
                x[i] = scale[i] * Math.exp(random.nextGaussian() * 0.5);
                frontier *= Math.pow(x[i], 0.2);
            }
            double y = frontier * Math.exp(-Math.abs(random.nextGaussian()) * 0.3);
            b.add("U" + j, null, x, new double[] {y},
                    new double[] {1e3 * x[2] * Math.exp(random.nextGaussian() * 0.2)});
        }
        Panel p = b.build();
        DeaModel model = DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS);
        List<DeaResult> ours = Dea.of(model).evaluate(p);
        // Commons Math does not scale: give it the same data in units near 1 (SBM is units
        // invariant, Tone 2001), where its absolute tolerances are adequate
        Panel normalised = p;
        double[] unit = {1e3, 1e7, 1e5, 1e4, 1e6, 1e8};
        for (int c = 0; c < unit.length; c++) {
            normalised = DeaProperties.scaleColumn(normalised, c, 1 / unit[c]);
        }
        List<DeaResult> cold = Dea.of(model)
                .withSolver(new org.carbonledger.productivity.lp.CommonsMathLpSolver())
                .evaluate(normalised);
        int efficient = 0;
        for (int i = 0; i < ours.size(); i++) {
            assertTrue(ours.get(i).isOptimal());
            Observation unit0 = p.observations().get(i);
            OptimumChecks.assertFeasible(p, p.observations(), unit0, ours.get(i), 1e-7);
            assertEquals(ours.get(i).score(), OptimumChecks.sbmScore(p, unit0, ours.get(i)), 1e-9);
            if (cold.get(i).isOptimal()) {
                assertEquals(cold.get(i).score(), ours.get(i).score(), 1e-6, ours.get(i).dmu());
            }
            efficient += ours.get(i).score() > 1 - 1e-9 ? 1 : 0;
        }
        assertTrue(efficient > 0 && efficient < 300, "efficient units: " + efficient);
    }
}
