package org.carbonledger.examples.dea;

import java.util.List;
import java.util.Locale;
import org.carbonledger.productivity.BadOutputConvention;
import org.carbonledger.productivity.Dea;
import org.carbonledger.productivity.DeaModel;
import org.carbonledger.productivity.DeaResult;
import org.carbonledger.productivity.Direction;
import org.carbonledger.productivity.Malmquist;
import org.carbonledger.productivity.Orientation;
import org.carbonledger.productivity.Panel;
import org.carbonledger.productivity.ProductivityChange;
import org.carbonledger.productivity.ReturnsToScale;

/**
 * Green productivity of five plants over three years: how efficiently each turns staff and
 * energy into output while keeping CO2 down, and how that changed.
 *
 * <p>Steps: build a {@link Panel} in code (staff in full-time equivalents, energy in MWh, output
 * in tonnes, CO2 in tonnes: each column in its own unit, as DEA scores here do not depend on
 * units); score each year's plants with SBM with undesirable outputs (Tone 2004); then measure
 * the change from year to year with the global Malmquist–Luenberger index (Oh 2010) on the
 * directional distance g = (0, y, b) under weak disposability of CO2.
 *
 * <p>Run: {@code java -cp examples/target/classes:core/target/classes:... \
 * org.carbonledger.examples.dea.PlantProductivityExample}, or from an IDE. Writes to stdout.
 */
public final class PlantProductivityExample {
    private PlantProductivityExample() {
    }

    /**
     * The example's data: five plants, three years.
     *
     * @return the panel
     */
    public static Panel plants() {
        String[] names = {"Leeds", "Lyon", "Lodz", "Linz", "Lille"};
        double[][] staff = {{120, 118, 115}, {80, 82, 80}, {150, 150, 140}, {95, 90, 90},
            {60, 62, 61}};
        double[][] energyMwh = {{42_000, 41_000, 40_500}, {30_500, 29_000, 27_000},
            {66_000, 64_000, 60_000}, {35_000, 35_500, 33_000}, {25_000, 24_000, 24_500}};
        double[][] outputT = {{51_000, 52_500, 54_000}, {36_000, 37_000, 38_500},
            {70_000, 71_000, 73_000}, {44_000, 45_000, 47_500}, {27_000, 28_500, 29_000}};
        double[][] co2T = {{15_100, 14_200, 13_000}, {8_900, 8_100, 7_000},
            {27_500, 26_000, 23_800}, {12_400, 12_600, 11_200}, {9_800, 9_000, 8_700}};
        Panel.Builder b = Panel.builder().inputs("x_staff", "x_energy_mwh")
                .goods("y_output_t").bads("b_co2_t");
        for (int year = 0; year < 3; year++) {
            for (int p = 0; p < names.length; p++) {
                b.add(names[p], String.valueOf(2022 + year),
                        new double[] {staff[p][year], energyMwh[p][year]},
                        new double[] {outputT[p][year]}, new double[] {co2T[p][year]});
            }
        }
        return b.build();
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Panel panel = plants();

        System.out.println("SBM with undesirable outputs (Tone 2004), CRS, each year's frontier");
        List<DeaResult> sbm = Dea.of(DeaModel.sbm(Orientation.NONE, ReturnsToScale.CRS))
                .evaluate(panel);
        for (DeaResult r : sbm) {
            System.out.printf(Locale.ROOT, "  %s %-6s score %.4f  CO2 slack %8.1f t  peers %s%n",
                    r.period().orElse(""), r.dmu(), r.score(), r.slack("b_co2_t"), r.peers());
        }

        DeaModel ddf = DeaModel.directional(Direction.OUTPUT,
                BadOutputConvention.WEAK_DISPOSABILITY, ReturnsToScale.CRS);
        System.out.println("Global Malmquist-Luenberger (Oh 2010), g = (0, y, b), CO2 weakly "
                + "disposable, CRS");
        List<ProductivityChange> gml = Malmquist.of(
                Malmquist.Index.GLOBAL_MALMQUIST_LUENBERGER, ddf).compute(panel);
        for (ProductivityChange c : gml) {
            System.out.printf(Locale.ROOT, "  %s %s->%s  GML %.4f = EC %.4f x TC %.4f  %s%n",
                    c.dmu(), c.from(), c.to(), c.index(), c.efficiencyChange(),
                    c.technicalChange(), c.status().label());
        }
    }
}
