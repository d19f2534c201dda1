package org.carbonledger.productivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;

/**
 * Builds a DEA {@link Panel} from a company's own inventory: one unit per site and period, with
 * the site's CO2e emissions (from the {@link Inventory}, in tonnes) as the undesirable output,
 * and the production and other inputs (labour, capital, energy ...) that the user supplies.
 *
 * <pre>{@code
 * Panel panel = InventoryPanels.builder(inventory)
 *         .input("x_staff", "Leeds", "2024", 120)
 *         .input("x_energy_mwh", "Leeds", "2024", 41_000)
 *         .good("y_output_t", "Leeds", "2024", 52_500)
 *         // ... the same for every site and period of the inventory
 *         .build();
 * }</pre>
 *
 * <p>Every site and period of the inventory becomes a unit, and every unit needs a value of every
 * named input and good: a missing one is an error naming the unit and the column, never a zero.
 * Activities without a site cannot be attributed to a unit and are refused. Not thread-safe.
 */
public final class InventoryPanels {
    /** The name of the bad-output column: total CO2e of the unit in tonnes. */
    public static final String CO2E_COLUMN = "b_co2e_t";

    private final Map<String, Double> co2eKg;
    private final Map<String, Map<String, Double>> inputs = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> goods = new LinkedHashMap<>();

    private InventoryPanels(Map<String, Double> co2eKg) {
        this.co2eKg = co2eKg;
    }

    /**
     * Starts a panel over the sites and periods of an inventory.
     *
     * @param inventory the inventory; its records need a site
     * @return a builder
     */
    public static InventoryPanels builder(Inventory inventory) {
        Objects.requireNonNull(inventory, "inventory");
        Map<String, Double> co2e = new LinkedHashMap<>();
        inventory.totalsBy(k -> key(k.site(), k.period()))
                .forEach((k, totals) -> co2e.put(k, totals.co2eKg()));
        return new InventoryPanels(co2e);
    }

    /**
     * Starts a panel from inventory totals by key (as {@link Inventory#byKey()} returns them),
     * summed per site and period.
     *
     * @param totals totals by key
     * @return a builder
     */
    public static InventoryPanels builder(Map<InventoryKey, EmissionTotals> totals) {
        Objects.requireNonNull(totals, "totals");
        Map<String, Double> co2e = new LinkedHashMap<>();
        totals.forEach((k, t) -> co2e.merge(key(k.site(), k.period()), t.co2eKg(), Double::sum));
        return new InventoryPanels(co2e);
    }

    /**
     * Sets an input of one unit.
     *
     * @param column the input column, e.g. {@code x_staff}
     * @param site the site
     * @param period the period as written in the activities, or "" for none
     * @param value finite, non-negative
     * @return this builder
     */
    public InventoryPanels input(String column, String site, String period, double value) {
        inputs.computeIfAbsent(column, k -> new LinkedHashMap<>()).put(key(site, period), value);
        return this;
    }

    /**
     * Sets a desirable output of one unit.
     *
     * @param column the output column, e.g. {@code y_output_t}
     * @param site the site
     * @param period the period as written in the activities, or "" for none
     * @param value finite, non-negative
     * @return this builder
     */
    public InventoryPanels good(String column, String site, String period, double value) {
        goods.computeIfAbsent(column, k -> new LinkedHashMap<>()).put(key(site, period), value);
        return this;
    }

    private static String key(String site, String period) {
        return Objects.requireNonNull(site, "site") + "\u0000" + Objects.requireNonNull(period,
                "period");
    }

    /**
     * Builds the panel.
     *
     * @return one observation per site and period of the inventory
     * @throws IllegalArgumentException naming the unit and column when a value is missing, when
     *     a value is given for a unit the inventory does not have, when records have no site,
     *     or when the records' periods are not all of one kind (years, months or days; some
     *     records without a period beside others with one), as {@link Panel} requires
     */
    public Panel build() {
        if (inputs.isEmpty() || goods.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one input and one good "
                    + "output besides the inventory's emissions");
        }
        Set<String> keys = new LinkedHashSet<>(co2eKg.keySet());
        for (String k : keys) {
            if (k.startsWith("\u0000")) {
                throw new IllegalArgumentException("the inventory has records without a site "
                        + "(period '" + k.substring(1) + "'); give every activity a site to use it "
                        + "as a unit");
            }
        }
        boolean periods = keys.stream().anyMatch(k -> !k.endsWith("\u0000"));
        checkKnown(inputs, keys);
        checkKnown(goods, keys);
        Panel.Builder b = Panel.builder().inputs(inputs.keySet().toArray(new String[0]))
                .goods(goods.keySet().toArray(new String[0])).bads(CO2E_COLUMN);
        for (String k : keys) {
            String site = k.substring(0, k.indexOf('\u0000'));
            String period = k.substring(k.indexOf('\u0000') + 1);
            b.add(site, periods ? period : null, values(inputs, k), values(goods, k),
                    new double[] {co2eKg.get(k) / 1000.0});
        }
        return b.build();
    }

    private static void checkKnown(Map<String, Map<String, Double>> columns, Set<String> keys) {
        for (Map.Entry<String, Map<String, Double>> c : columns.entrySet()) {
            for (String k : c.getValue().keySet()) {
                if (!keys.contains(k)) {
                    throw new IllegalArgumentException(c.getKey() + " is given for site '"
                            + k.replace('\u0000', ' ').strip()
                            + "', which has no emissions in the inventory");
                }
            }
        }
    }

    private static double[] values(Map<String, Map<String, Double>> columns, String key) {
        List<Double> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> c : columns.entrySet()) {
            Double v = c.getValue().get(key);
            if (v == null) {
                throw new IllegalArgumentException("site '" + key.substring(0, key.indexOf('\u0000'))
                        + "'" + (key.endsWith("\u0000") ? "" : " in period "
                        + key.substring(key.indexOf('\u0000') + 1)) + " has no value of "
                        + c.getKey());
            }
            out.add(v);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
