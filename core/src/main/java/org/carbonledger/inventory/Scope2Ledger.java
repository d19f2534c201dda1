package org.carbonledger.inventory;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Scope;

/**
 * The purchased grid electricity of an inventory, by site, period and region, with its
 * location-based emissions: what the market-based method (GHG Protocol Scope 2 Guidance) works on.
 *
 * <p>Accumulates exactly and merges like {@link Inventory}, so the market-based total does not
 * depend on record order. Mutable, not thread-safe, serializable with a no-argument constructor.
 */
public final class Scope2Ledger implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The activity whose scope 2 records the market-based method re-prices. */
    public static final ActivityId GRID = ActivityId.of("electricity/grid");

    /** A group of consumption: site, period (as written, or "") and region id. */
    public record Key(String site, String period, String region) implements Comparable<Key>, Serializable {
        // Validates the fields.
        public Key {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(region, "region");
        }

        @Override
        public int compareTo(Key o) {
            int c = site.compareTo(o.site);
            c = c != 0 ? c : period.compareTo(o.period);
            return c != 0 ? c : region.compareTo(o.region);
        }
    }

    static final class Group implements Serializable {
        private static final long serialVersionUID = 1L;
        final ExactSum energyGj = new ExactSum();
        final ExactSum locationCo2e = new ExactSum();

        void merge(Group o) {
            energyGj.merge(o.energyGj);
            locationCo2e.merge(o.locationCo2e);
        }
    }

    private final HashMap<Key, Group> groups = new HashMap<>();

    /** Creates an empty ledger. */
    public Scope2Ledger() {
    }

    /**
     * Adds a result if it is scope 2 grid electricity; ignores any other.
     *
     * @param r a result
     * @return true if it was added
     */
    public boolean add(ActivityResult r) {
        Activity a = r.activity();
        if (r.scope() != Scope.SCOPE_2 || !a.activity().equals(GRID)) {
            return false;
        }
        Group g = groups.computeIfAbsent(keyOf(a), x -> new Group());
        g.energyGj.add(r.priced().canonicalAmount(a.amount()));
        g.locationCo2e.add(r.co2eKg());
        return true;
    }

    /**
     * Makes the group key of a grid-electricity record: its site, period and region.
     *
     * @param a the record
     * @return its key
     */
    public static Key keyOf(Activity a) {
        return new Key(a.site(), a.period() == null ? "" : a.period().text(), a.region().id());
    }

    /**
     * Adds consumption directly, for callers that aggregate it themselves (the batch path, tests).
     *
     * @param key the group
     * @param energyGj grid electricity, GJ
     * @param locationCo2eKg its location-based emissions, kg CO2e
     */
    public void addGroup(Key key, double energyGj, double locationCo2eKg) {
        Group g = groups.computeIfAbsent(Objects.requireNonNull(key, "key"), x -> new Group());
        g.energyGj.add(energyGj);
        g.locationCo2e.add(locationCo2eKg);
    }

    /**
     * Adds another ledger into this one.
     *
     * @param other the ledger; unchanged
     * @return this ledger
     */
    public Scope2Ledger merge(Scope2Ledger other) {
        other.groups.forEach((k, g) -> groups.computeIfAbsent(k, x -> new Group()).merge(g));
        return this;
    }

    /** @return energy (GJ) and location-based CO2e (kg) by group, in key order */
    public Map<Key, double[]> groups() {
        Map<Key, double[]> out = new TreeMap<>();
        groups.forEach((k, g) -> out.put(k, new double[] {g.energyGj.doubleValue(), g.locationCo2e.doubleValue()}));
        return out;
    }

    /** @return true if no grid electricity was added */
    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
