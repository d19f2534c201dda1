package org.carbonledger.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.factor.AmbiguousFactorException;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.factor.FactorQuery;
import org.carbonledger.factor.FactorResolver;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.ghg.MethaneOrigin;
import org.carbonledger.quantity.UnitKind;

/**
 * The market-based scope 2 total (GHG Protocol Scope 2 Guidance, 2015, ch. 6; Table 6.3, the
 * hierarchy of emission factors): grid electricity is priced first by the contractual
 * instruments that cover it, then by a residual-mix factor, and only where no residual mix
 * exists by the location-based factor, which the Guidance allows and the result flags.
 *
 * <p>Allocation, deterministic and independent of record order: the ledger's groups (site,
 * period, region) are taken in key order; each takes the instruments that match it in the order
 * of the Quality Criteria (certificates and contracts, then supplier rates; within one rank by id),
 * up to its consumption and each instrument's remaining cover; a supplier rate without a
 * stated amount covers whatever remains of matching groups; the rest goes to the residual mix of
 * the group's region and period, or falls back to the group's location-based emissions pro rata.
 * Cover that no consumption used is reported as unused, never carried elsewhere. eGRID
 * non-baseload rates are not a residual mix and are never used here.
 */
public final class MarketBasedScope2 {

    /**
     * A residual-mix factor for a group.
     *
     * @param co2eKgPerGj kg CO2e per GJ of electricity, under the inventory's GWP set
     * @param source the table and reference it comes from
     */
    public record ResidualMix(double co2eKgPerGj, String source) implements java.io.Serializable {
    }

    /**
     * One slice of a group's consumption and how it was priced.
     *
     * @param group the consumption group
     * @param method "instrument", "residual mix" or "location fallback"
     * @param source the instrument id and reference, the residual-mix source, or the reason for the fallback
     * @param energyGj the electricity priced this way, GJ
     * @param co2eKg its emissions, kg CO2e
     * @param flagged true for the location-based fallback
     */
    public record Allocation(Scope2Ledger.Key group, String method, String source, double energyGj, double co2eKg,
            boolean flagged) {
    }

    /**
     * The outcome.
     *
     * @param locationCo2eKg the location-based emissions of the grid electricity re-priced
     * @param marketCo2eKg its market-based emissions
     * @param allocations how each group was priced
     * @param unusedGj cover left unused, by instrument id
     */
    public record Result(double locationCo2eKg, double marketCo2eKg, List<Allocation> allocations,
            Map<String, Double> unusedGj) {
        /** @return true if any consumption fell back to location-based factors */
        public boolean anyFallback() {
            return allocations.stream().anyMatch(Allocation::flagged);
        }
    }

    private MarketBasedScope2() {
    }

    /**
     * Finds residual-mix factors in a calculation's table chain: the factors of activity
     * {@code electricity/residual_mix} for the group's region (or an ancestor) and period, as CO2e
     * under the settings' GWP set. Empty where the chain has none, never a guess.
     *
     * @param settings the chain and GWP set
     * @return the lookup, for {@link #compute}
     */
    public static Function<Scope2Ledger.Key, Optional<ResidualMix>> residualMixFrom(CalculationSettings settings) {
        FactorResolver resolver = new FactorResolver(settings.chain(), settings.registry()::netGrossRatio);
        ActivityId residual = ActivityId.of("electricity/residual_mix");
        return key -> {
            try {
                ResolvedFactor f = resolver.resolve(new FactorQuery(residual, Region.parse(key.region()),
                        key.period().isEmpty() ? null : Period.parse(key.period()), settings.defaultSector(),
                        UnitKind.ENERGY, null));
                double rate = 0;
                StringBuilder source = new StringBuilder(f.table().id() + " " + f.table().edition());
                for (int i = 0; i < f.gasCount(); i++) {
                    rate += f.kgPerCanonical(i) * settings.gwp().gwp(f.gas(i), MethaneOrigin.COMBUSTION).value();
                    source.append("; ").append(f.gas(i)).append(' ').append(f.factors().get(i).value()).append(' ')
                            .append(f.factors().get(i).unit()).append(" (").append(f.factors().get(i).source().reference())
                            .append(')');
                }
                return Optional.of(new ResidualMix(rate, source.toString()));
            } catch (FactorNotFoundException | AmbiguousFactorException e) {
                return Optional.empty();
            }
        };
    }

    /**
     * Orders instruments as the Scope 2 Quality Criteria rank them (GHG Protocol Scope 2 Guidance,
     * 2015, Table 6.3): energy attribute certificates and contracts first, then supplier-specific
     * rates; the residual mix and the location fallback come after them in {@link #compute}.
     * Within one rank, by instrument id: so the allocation, and so the total, is the same whatever
     * the order of the instruments file (a supplier rate listed before a PPA used to take all the
     * consumption and leave the PPA unused).
     */
    static List<ContractualInstrument> inHierarchyOrder(List<ContractualInstrument> instruments) {
        return instruments.stream().sorted(java.util.Comparator
                .comparingInt((ContractualInstrument i) -> i.type() == ContractualInstrument.Type.SUPPLIER ? 1 : 0)
                .thenComparing(ContractualInstrument::id)).toList();
    }

    /**
     * Computes the market-based emissions of a ledger's grid electricity.
     *
     * @param ledger the grid electricity, by group
     * @param instruments the contractual instruments, in any order (applied in the order of {@link #inHierarchyOrder})
     * @param residualMix finds the residual mix of a region and period (empty if none is published)
     * @return the total and its allocation
     */
    public static Result compute(Scope2Ledger ledger, List<ContractualInstrument> instruments,
            Function<Scope2Ledger.Key, Optional<ResidualMix>> residualMix) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(instruments, "instruments");
        Objects.requireNonNull(residualMix, "residualMix");
        instruments = inHierarchyOrder(instruments);
        Map<String, Double> left = new LinkedHashMap<>();
        for (ContractualInstrument i : instruments) {
            left.put(i.id(), i.coversRemainder() ? Double.POSITIVE_INFINITY : i.coveredGj());
        }
        ExactSum location = new ExactSum();
        ExactSum market = new ExactSum();
        List<Allocation> out = new ArrayList<>();
        for (var e : ledger.groups().entrySet()) {
            Scope2Ledger.Key k = e.getKey();
            double energy = e.getValue()[0];
            double locationCo2e = e.getValue()[1];
            location.add(locationCo2e);
            Period period = k.period().isEmpty() ? null : Period.parse(k.period());
            Region region = Region.parse(k.region());
            double remaining = energy;
            for (ContractualInstrument i : instruments) {
                if (remaining <= 0) {
                    break;
                }
                double available = left.get(i.id());
                if (available <= 0 || !i.matches(k.site(), period, region)) {
                    continue;
                }
                double used = Math.min(available, remaining);
                remaining -= used;
                left.put(i.id(), available - used);
                double co2e = used * i.co2eKgPerGj();
                market.add(co2e);
                out.add(new Allocation(k, "instrument", i.type().name().toLowerCase(java.util.Locale.ROOT) + " " + i.id()
                        + (i.scheme().isEmpty() ? "" : " (" + i.scheme() + ")")
                        + (i.reference().isEmpty() ? "" : ", " + i.reference()), used, co2e, false));
            }
            if (remaining > 0) {
                Optional<ResidualMix> mix = residualMix.apply(k);
                if (mix.isPresent()) {
                    double co2e = remaining * mix.get().co2eKgPerGj();
                    market.add(co2e);
                    out.add(new Allocation(k, "residual mix", mix.get().source(), remaining, co2e, false));
                } else {
                    double co2e = energy == 0 ? 0 : locationCo2e * (remaining / energy);
                    market.add(co2e);
                    out.add(new Allocation(k, "location fallback", "no residual-mix factor for region " + k.region()
                            + (k.period().isEmpty() ? "" : " and period " + k.period()) + " in the table chain: the"
                            + " location-based factor is used, as the Scope 2 Guidance allows when no residual mix"
                            + " exists (flagged)", remaining, co2e, true));
                }
            }
        }
        Map<String, Double> unused = new LinkedHashMap<>();
        for (ContractualInstrument i : instruments) {
            double l = left.get(i.id());
            if (!i.coversRemainder() && l > 0) {
                unused.put(i.id(), l);
            }
        }
        return new Result(location.doubleValue(), market.doubleValue(), List.copyOf(out), unused);
    }
}
