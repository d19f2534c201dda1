package org.carbonledger.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.FactorQuery;
import org.carbonledger.factor.FactorResolver;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.quantity.ActivityUnit;

/**
 * Prices activity records: resolves each one's factor through the settings' chain, converts the
 * amount once, and computes per-gas masses and CO2e.
 *
 * <pre>{@code
 * EmissionCalculator calc = new EmissionCalculator(settings);
 * ActivityResult r = calc.calculate(activity);
 * inventory.add(r);
 * }</pre>
 *
 * <p>Thread-safe: share one calculator between threads. Factor resolutions and their conversion
 * to plain multipliers are cached (bounded).
 */
public final class EmissionCalculator {
    private static final int CACHE_LIMIT = 65_536;

    private final CalculationSettings settings;
    private final FactorResolver resolver;
    private final Map<PriceKey, PricedFactor> priced = new ConcurrentHashMap<>();

    private record PriceKey(FactorQuery query, ActivityUnit unit) {
    }

    /**
     * Creates a calculator.
     *
     * @param settings the chain, GWP set and defaults
     */
    public EmissionCalculator(CalculationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resolver = new FactorResolver(settings.chain());
    }

    /** @return the settings */
    public CalculationSettings settings() {
        return settings;
    }

    /**
     * Prices one record.
     *
     * @param activity the record
     * @return its emissions and trace
     * @throws UnknownActivityException if no provider defines the activity id
     * @throws org.carbonledger.factor.FactorNotFoundException if no table in the chain can price it
     * @throws org.carbonledger.factor.AmbiguousFactorException if the winning table has two equal candidates
     * @throws org.carbonledger.ghg.UnavailableGwpException if the GWP set lacks a gas it emits
     */
    public ActivityResult calculate(Activity activity) {
        PricedFactor p = price(activity);
        int n = p.gasCount();
        double[] masses = new double[n];
        for (int i = 0; i < n; i++) {
            masses[i] = p.massKg(activity.amount(), i);
        }
        double co2e = p.co2eKg(masses);
        List<String> notes = new ArrayList<>(3);
        Scope scope = activity.scope() != null ? activity.scope() : p.type().scope();
        if (activity.scope() == null) {
            notes.add("scope " + scope + ": the usual scope of " + activity.activity() + " (no scope stated)");
        }
        if (activity.sector() == null && usesSector(p.factor())) {
            notes.add("sector " + settings.defaultSector() + ": the documented default (no sector stated)");
        }
        if (!activity.region().aliasNote().isEmpty()) {
            notes.add(activity.region().aliasNote());
        }
        return new ActivityResult(activity, p, settings.gwp(), scope, masses, co2e, notes);
    }

    /**
     * Resolves and prepares the factor for a record, without computing: what the batch path
     * uses once per distinct (activity, region, period, sector, basis, unit).
     *
     * @param activity the record
     * @return the priced factor
     * @throws UnknownActivityException if no provider defines the activity id
     * @throws org.carbonledger.factor.FactorNotFoundException if no table in the chain can price it
     */
    public PricedFactor price(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        FactorQuery q = FactorQuery.of(activity, settings.defaultSector());
        PriceKey key = new PriceKey(q, activity.unit());
        PricedFactor p = priced.get(key);
        if (p == null) {
            ActivityType type = settings.registry().findActivityType(activity.activity())
                    .orElseThrow(() -> new UnknownActivityException(activity.activity(), "unknown activity id '"
                            + activity.activity() + "'; run 'carbonledger factors list' to see the known ids"));
            ResolvedFactor f = resolver.resolve(q);
            p = new PricedFactor(f, activity.unit(), type, settings.gwp());
            if (priced.size() >= CACHE_LIMIT) {
                priced.clear();
            }
            priced.put(key, p);
        }
        return p;
    }

    private static boolean usesSector(ResolvedFactor f) {
        return f.factors().stream().anyMatch(e -> e.sector() != null);
    }
}
