package org.carbonledger.inventory;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Scope;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.FactorQuery;
import org.carbonledger.factor.FactorResolver;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.internal.NumberText;
import org.carbonledger.quantity.UnitKind;

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

    /**
     * What a priced factor depends on: the fields of the record's {@link FactorQuery} (its amount
     * kind is its unit's) and the unit. Made per record without building the query, and hashed
     * from the texts' cached hashes: hashing the query and the unit as records (an Indriya unit
     * hashes its dimension tree) was a visible part of pricing a record (IngestionBenchmark).
     * Equal exactly when the query and unit are.
     */
    private static final class PriceKey {
        private final ActivityId activity;
        private final Region region;
        private final Period period;
        private final Sector sector;
        private final ActivityUnit unit;
        private final CalorificBasis basis;
        private final int hash;

        PriceKey(Activity a, Sector defaultSector) {
            activity = a.activity();
            region = a.region();
            period = a.period();
            sector = a.sector() != null ? a.sector() : defaultSector;
            unit = a.unit();
            basis = a.basis();
            int h = activity.id().hashCode();
            h = 31 * h + region.id().hashCode();
            h = 31 * h + (period == null ? 0 : period.text().hashCode());
            h = 31 * h + sector.code().hashCode();
            h = 31 * h + unit.symbol().hashCode();
            hash = 31 * h + (basis == null ? -1 : basis.code().hashCode());
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PriceKey k && hash == k.hash && same(activity, k.activity) && same(region, k.region)
                    && same(period, k.period) && sector == k.sector && same(unit, k.unit) && basis == k.basis;
        }

        private static boolean same(Object a, Object b) {
            return a == b || (a != null && a.equals(b));
        }
    }

    /**
     * Creates a calculator.
     *
     * @param settings the chain, GWP set and defaults
     */
    public EmissionCalculator(CalculationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resolver = new FactorResolver(settings.chain(), settings.registry()::netGrossRatio);
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
     * @throws EmissionsOutOfRangeException if a mass or the CO2e overflows, or a non-zero mass underflows
     * @throws InapplicableFieldException if the record states a basis for an amount that has none
     */
    public ActivityResult calculate(Activity activity) {
        PricedFactor p = price(activity);
        if (activity.basis() != null && (activity.unit().kind() != UnitKind.ENERGY
                || (p.factor().factors().stream().allMatch(f -> f.basis() == null) && p.factor().conversions().isEmpty()))) {
            throw new InapplicableFieldException("basis", "a calorific basis (" + activity.basis().code()
                    + ") applies only to an amount of fuel energy priced on a basis; this is "
                    + (activity.unit().kind() != UnitKind.ENERGY ? "an amount of " + activity.unit().kind().description()
                    + " (" + activity.unit().symbol() + ")" : activity.activity() + ", whose factors have no basis")
                    + "; leave basis blank");
        }
        int n = p.gasCount();
        double[] masses = new double[n];
        double amount = activity.amount();
        double canonical = p.canonicalAmount(amount);
        if (!Double.isFinite(canonical) || (amount != 0 && Math.abs(canonical) < Double.MIN_NORMAL)) {
            throw outOfRange(activity, "the amount in " + PricedFactor.canonicalSymbol(activity.unit().kind()) + " is "
                    + NumberText.of(canonical));
        }
        for (int i = 0; i < n; i++) {
            masses[i] = p.massKg(amount, i);
            if (!Double.isFinite(masses[i])
                    || (amount != 0 && p.multiplier(i) != 0 && Math.abs(masses[i]) < Double.MIN_NORMAL)) {
                throw outOfRange(activity, "its mass of " + p.key(i) + " is " + NumberText.of(masses[i]) + " kg");
            }
        }
        double co2e = p.co2eKg(masses);
        if (!Double.isFinite(co2e)) {
            throw outOfRange(activity, "its CO2e is " + NumberText.of(co2e) + " kg");
        }
        Scope scope = activity.scope() != null ? activity.scope() : p.type().scope();
        return new ActivityResult(activity, p, settings.gwp(), scope, masses, co2e, settings.defaultSector());
    }

    private static EmissionsOutOfRangeException outOfRange(Activity activity, String what) {
        return new EmissionsOutOfRangeException("the emissions of " + NumberText.of(activity.amount()) + " "
                + activity.unit().symbol() + " of " + activity.activity() + " are out of the range of a double ("
                + what + "); give the amount in a larger or smaller unit, or split it");
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
        PriceKey key = new PriceKey(activity, settings.defaultSector());
        PricedFactor p = priced.get(key);
        if (p == null) {
            FactorQuery q = FactorQuery.of(activity, settings.defaultSector());
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
}
