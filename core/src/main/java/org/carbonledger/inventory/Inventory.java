package org.carbonledger.inventory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.carbonledger.ghg.Gas;

/**
 * A greenhouse-gas inventory: per-gas masses, biogenic CO2 and CO2e, accumulated exactly by
 * {@link InventoryKey} (scope, site, process, period, activity).
 *
 * <p>A commutative monoid: {@code new Inventory()} is empty, {@link #add} adds a result, and
 * {@link #merge} adds another inventory. Sums are exact ({@link ExactSum}) and rounded once when
 * read, so totals are identical to the last bit whatever the order of records or the way they
 * were split between threads or partitions. CO2e is summed from each record's CO2e (so the total
 * is the sum of the lines a report shows), per-gas masses from each record's masses.
 *
 * <p>Mutable and not thread-safe: give each thread its own inventory and merge them. Serializable
 * with a public no-argument constructor, so that Spark's {@code Aggregator} or Flink's
 * {@code AggregateFunction} can hold it as state.
 */
public final class Inventory implements Serializable {
    private static final long serialVersionUID = 1L;

    private String gwp;
    private final HashMap<InventoryKey, Group> groups = new HashMap<>();

    /** Creates an empty inventory; its GWP set is fixed by the first result added. */
    public Inventory() {
    }

    private static final class Group implements Serializable {
        private static final long serialVersionUID = 1L;
        long records;
        final ExactSum co2e = new ExactSum();
        final ExactSum biogenic = new ExactSum();
        final TreeMap<String, ExactSum> gases = new TreeMap<>();
        // The sums that the gases of a priced factor add to, by gas position, for the last few
        // factors seen in this group (one per unit, usually): found once instead of a TreeMap
        // lookup per gas per record (IngestionBenchmark). Valid for good: gases and biogenic
        // never replace a sum. Transient: rebuilt as needed after deserialization.
        private transient PricedFactor[] recentFactors;
        private transient ExactSum[][] recentSums;
        private transient int nextSlot;

        ExactSum[] sumsFor(PricedFactor p) {
            if (recentFactors == null) {
                recentFactors = new PricedFactor[4];
                recentSums = new ExactSum[4][];
            }
            for (int k = 0; k < recentFactors.length; k++) {
                if (recentFactors[k] == p) {
                    return recentSums[k];
                }
            }
            ExactSum[] sums = new ExactSum[p.gasCount()];
            for (int i = 0; i < sums.length; i++) {
                sums[i] = p.isBiogenic(i) ? biogenic : gases.computeIfAbsent(p.gas(i).id(), k -> new ExactSum());
            }
            recentFactors[nextSlot] = p;
            recentSums[nextSlot] = sums;
            nextSlot = (nextSlot + 1) % recentFactors.length;
            return sums;
        }

        void merge(Group o) {
            records += o.records;
            co2e.merge(o.co2e);
            biogenic.merge(o.biogenic);
            o.gases.forEach((g, s) -> gases.computeIfAbsent(g, k -> new ExactSum()).merge(s));
        }
    }

    /**
     * Adds a result.
     *
     * @param r the result
     * @return this inventory
     * @throws IllegalArgumentException if the result's GWP set differs from this inventory's
     */
    public Inventory add(ActivityResult r) {
        Objects.requireNonNull(r, "r");
        checkGwp(r.gwp().id());
        Group g = groups.computeIfAbsent(InventoryKey.of(r), k -> new Group());
        g.records++;
        g.co2e.add(r.co2eKg());
        ExactSum[] sums = g.sumsFor(r.priced());
        for (int i = 0; i < sums.length; i++) {
            sums[i].add(r.massKg(i)); // biogenic CO2 to g.biogenic, other gases to their own sums
        }
        return this;
    }

    /**
     * Adds exact sums computed elsewhere to one group, as if the records they sum had been
     * {@link #add added} one by one: how the batch path ({@code org.carbonledger.batch}) hands
     * over its totals. The sums are added exactly and left unchanged, so an inventory built this
     * way is identical to the last bit to one built record by record, and merges with one.
     *
     * <pre>{@code
     * inventory.addSums(key, "AR5", 2, co2e, biogenic, Map.of(Gas.CO2, co2, Gas.CH4, ch4, Gas.N2O, n2o));
     * }</pre>
     *
     * @param key the group
     * @param gwp the GWP set id under which {@code co2eKg} was computed
     * @param records how many records the sums cover
     * @param co2eKg the sum of the records' kg CO2e
     * @param biogenicCo2Kg the sum of their kg of biogenic CO2
     * @param gasesKg the sums of their fossil kg per gas; a gas present here appears in the
     *     group's totals even if its sum is zero, as it would had a record with that gas been added
     * @return this inventory
     * @throws IllegalArgumentException if the GWP set differs from this inventory's, or records is negative
     */
    public Inventory addSums(InventoryKey key, String gwp, long records, ExactSum co2eKg, ExactSum biogenicCo2Kg,
            Map<Gas, ExactSum> gasesKg) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(gwp, "gwp");
        Objects.requireNonNull(co2eKg, "co2eKg");
        Objects.requireNonNull(biogenicCo2Kg, "biogenicCo2Kg");
        Objects.requireNonNull(gasesKg, "gasesKg");
        if (records < 0) {
            throw new IllegalArgumentException("records must be zero or more: " + records);
        }
        checkGwp(gwp);
        Group g = groups.computeIfAbsent(key, k -> new Group());
        g.records += records;
        g.co2e.merge(co2eKg);
        g.biogenic.merge(biogenicCo2Kg);
        gasesKg.forEach((gas, s) -> g.gases.computeIfAbsent(gas.id(), k -> new ExactSum()).merge(s));
        return this;
    }

    /**
     * Adds another inventory into this one; the other is unchanged.
     *
     * @param other the inventory to add
     * @return this inventory
     * @throws IllegalArgumentException if the GWP sets differ
     */
    public Inventory merge(Inventory other) {
        Objects.requireNonNull(other, "other");
        if (other.gwp != null) {
            checkGwp(other.gwp);
        }
        other.groups.forEach((k, g) -> groups.computeIfAbsent(k, x -> new Group()).merge(g));
        return this;
    }

    private void checkGwp(String id) {
        if (gwp == null) {
            gwp = id;
        } else if (!gwp.equals(id)) {
            throw new IllegalArgumentException("cannot combine results under GWP set " + id + " with an inventory"
                    + " under " + gwp + "; recompute one of them");
        }
    }

    /** @return the number of groups (distinct keys) */
    int groupCount() {
        return groups.size();
    }

    /** @return the GWP set id of the results, or null while empty */
    public String gwp() {
        return gwp;
    }

    /** @return the number of records added */
    public long records() {
        long n = 0;
        for (Group g : groups.values()) {
            n += g.records;
        }
        return n;
    }

    /** @return the totals of every record */
    public EmissionTotals totals() {
        return totalsBy(k -> "").getOrDefault("", empty());
    }

    /** @return totals by key, in key order */
    public Map<InventoryKey, EmissionTotals> byKey() {
        Map<InventoryKey, EmissionTotals> out = new TreeMap<>();
        groups.forEach((k, g) -> out.put(k, snapshot(g)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Totals grouped by a function of the key, such as {@link InventoryKey#scope()} or
     * {@link InventoryKey#site()}; each total is rounded once from its exact sum.
     *
     * @param by the grouping
     * @param <K> the group's type
     * @return totals by group, in group order
     */
    public <K extends Comparable<? super K>> Map<K, EmissionTotals> totalsBy(Function<InventoryKey, K> by) {
        Map<K, Group> merged = new TreeMap<>();
        groups.forEach((k, g) -> merged.computeIfAbsent(by.apply(k), x -> new Group()).merge(g));
        Map<K, EmissionTotals> out = new LinkedHashMap<>();
        merged.forEach((k, g) -> out.put(k, snapshot(g)));
        return Collections.unmodifiableMap(out);
    }

    private static EmissionTotals empty() {
        return snapshot(new Group());
    }

    private static EmissionTotals snapshot(Group g) {
        Map<Gas, Double> gases = new LinkedHashMap<>();
        gases.put(Gas.CO2, 0.0);
        gases.put(Gas.CH4, 0.0);
        gases.put(Gas.N2O, 0.0);
        g.gases.forEach((id, s) -> gases.put(new Gas(id), s.doubleValue()));
        return new EmissionTotals(g.records, g.co2e.doubleValue(), gases, g.biogenic.doubleValue());
    }
}
