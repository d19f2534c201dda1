package org.carbonledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.TreeMap;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.Period;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.ExactSum;
import org.carbonledger.intensity.Footprint;
import org.carbonledger.quantity.UnitKind;

/**
 * Emissions and final energy by site, process and period, accumulated exactly from results: the
 * numerators of intensity metrics. Final energy is counted where it is known: amounts given in
 * energy units, and fuel masses or volumes that the factor took to energy through a published
 * calorific value; a group with any other amount has no final-energy figure, never a partial one.
 */
final class Footprints {
    private record Key(String site, String process, String period) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = site.compareTo(o.site);
            c = c != 0 ? c : process.compareTo(o.process);
            return c != 0 ? c : period.compareTo(o.period);
        }
    }

    private static final class Sums {
        final ExactSum co2e = new ExactSum();
        final ExactSum energyGj = new ExactSum();
        boolean energyUnknown;
    }

    private final Map<Key, Sums> sums = new TreeMap<>();

    void add(ActivityResult r) {
        Activity a = r.activity();
        Sums s = sums.computeIfAbsent(new Key(a.site(), a.process(), a.period() == null ? "" : a.period().text()),
                k -> new Sums());
        s.co2e.add(r.co2eKg());
        if (a.unit().kind() == UnitKind.ENERGY) {
            s.energyGj.add(a.amount() * a.unit().toCanonical());
        } else if (r.factor().factorKind() == UnitKind.ENERGY) {
            s.energyGj.add(a.amount() * a.unit().toCanonical() * r.factor().conversionFactor());
        } else {
            s.energyUnknown = true;
        }
    }

    List<Footprint> footprints() {
        List<Footprint> out = new ArrayList<>();
        sums.forEach((k, s) -> out.add(new Footprint(k.site(), k.process(), k.period().isEmpty() ? null
                : Period.parse(k.period()), s.co2e.doubleValue(), s.energyUnknown ? Double.NaN : s.energyGj.doubleValue())));
        return out;
    }

}
