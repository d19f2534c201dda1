package org.carbonledger.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.ExactSum;

/**
 * The figures a report shows, computed once here so that renderers only write them.
 *
 * <p>Stateless and thread-safe.
 */
public final class Figures {
    private Figures() {
    }

    /**
     * One bar of a chart.
     *
     * @param label what it stands for
     * @param value its value, in the chart's unit
     */
    public record Bar(String label, double value) {
        // Validates the fields.
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Converts kilograms to tonnes: 1 t = 1000 kg (SI Brochure, 9th ed., Table 8).
     *
     * @param kg a mass in kg
     * @return the mass in t
     */
    public static double tonnes(double kg) {
        return kg / 1000;
    }

    /**
     * Converts kilowatt-hours to megawatt-hours.
     *
     * @param kwh an energy in kWh
     * @return the energy in MWh
     */
    public static double mwh(double kwh) {
        return kwh / 1000;
    }

    /**
     * Gets a part's share of a total, in per cent.
     *
     * @param part the part
     * @param total the total
     * @return 100 × part / total, or NaN when the total is not positive
     */
    public static double percent(double part, double total) {
        return total > 0 ? 100 * part / total : Double.NaN;
    }

    /**
     * Makes the bars of a breakdown in t CO2e: the groups in the order given (blank ones named
     * "(none)"), each label prefixed.
     *
     * @param totals totals by group
     * @param prefix put before each label, such as "Scope "
     * @return the bars
     */
    public static List<Bar> bars(Map<String, EmissionTotals> totals, String prefix) {
        List<Bar> out = new ArrayList<>();
        totals.forEach((k, v) -> out.add(new Bar(k.isEmpty() ? "(none)" : prefix + k, tonnes(v.co2eKg()))));
        return out;
    }

    /**
     * Keeps the {@code n − 1} largest groups of a breakdown and one bar for the others, their sum
     * computed exactly from the groups' totals and rounded once, in t CO2e.
     *
     * @param totals totals by group
     * @param n the number of bars at most
     * @return the bars, largest first, the others last
     */
    public static List<Bar> top(Map<String, EmissionTotals> totals, int n) {
        List<Map.Entry<String, EmissionTotals>> sorted = new ArrayList<>(totals.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, EmissionTotals> e) -> e.getValue().co2eKg()).reversed());
        List<Bar> out = new ArrayList<>();
        if (sorted.size() <= n) {
            sorted.forEach(e -> out.add(bar(e)));
            return out;
        }
        sorted.subList(0, n - 1).forEach(e -> out.add(bar(e)));
        ExactSum rest = new ExactSum();
        for (Map.Entry<String, EmissionTotals> e : sorted.subList(n - 1, sorted.size())) {
            rest.add(e.getValue().co2eKg());
        }
        out.add(new Bar("others (" + (sorted.size() - n + 1) + ")", tonnes(rest.doubleValue())));
        return out;
    }

    private static Bar bar(Map.Entry<String, EmissionTotals> e) {
        return new Bar(e.getKey().isEmpty() ? "(none)" : e.getKey(), tonnes(e.getValue().co2eKg()));
    }
}
