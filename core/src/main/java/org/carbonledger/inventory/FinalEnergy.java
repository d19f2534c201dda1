package org.carbonledger.inventory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.Period;
import org.carbonledger.intensity.Footprint;
import org.carbonledger.quantity.UnitKind;

/**
 * Emissions and final energy by site, process and period, accumulated exactly from results: the
 * numerators of intensity metrics. Final energy is counted where it is known: amounts given in
 * energy units, and fuel masses or volumes that the factor took to energy through a published
 * calorific value; a group with any other amount has no final-energy figure, never a partial one.
 *
 * <p>Mutable, not thread-safe; serializable and mergeable like {@link Inventory}.
 */
final class FinalEnergy implements Serializable {
    private static final long serialVersionUID = 1L;

    private record Key(String site, String process, String period) implements Comparable<Key>, Serializable {
        @Override
        public int compareTo(Key o) {
            int c = site.compareTo(o.site);
            c = c != 0 ? c : process.compareTo(o.process);
            return c != 0 ? c : period.compareTo(o.period);
        }
    }

    private static final class Sums implements Serializable {
        private static final long serialVersionUID = 1L;
        final ExactSum co2e = new ExactSum();
        final ExactSum energyGj = new ExactSum();
        boolean energyUnknown;

        void merge(Sums o) {
            co2e.merge(o.co2e);
            energyGj.merge(o.energyGj);
            energyUnknown |= o.energyUnknown;
        }
    }

    /** Hashed while adding (a TreeMap compared three strings per record); sorted when read. */
    private final HashMap<Key, Sums> sums = new HashMap<>();

    void add(ActivityResult r) {
        Activity a = r.activity();
        Sums s = sums.computeIfAbsent(new Key(a.site(), a.process(), a.period() == null ? "" : a.period().text()),
                k -> new Sums());
        s.co2e.add(r.co2eKg());
        double canonical = r.priced().canonicalAmount(a.amount());
        if (a.unit().kind() == UnitKind.ENERGY) {
            s.energyGj.add(canonical);
        } else if (r.factor().factorKind() == UnitKind.ENERGY) {
            s.energyGj.add(canonical * r.factor().conversionFactor());
        } else {
            s.energyUnknown = true;
        }
    }

    void merge(FinalEnergy other) {
        other.sums.forEach((k, s) -> sums.computeIfAbsent(k, x -> new Sums()).merge(s));
    }

    /** @return emissions and final energy by site, process and period, in that order; energy NaN where unknown */
    List<Footprint> footprints() {
        List<Footprint> out = new ArrayList<>();
        for (Map.Entry<Key, Sums> e : new TreeMap<>(sums).entrySet()) {
            Key k = e.getKey();
            Sums s = e.getValue();
            out.add(new Footprint(k.site(), k.process(), k.period().isEmpty() ? null : Period.parse(k.period()),
                    s.co2e.doubleValue(), s.energyUnknown ? Double.NaN : s.energyGj.doubleValue()));
        }
        return out;
    }
}
