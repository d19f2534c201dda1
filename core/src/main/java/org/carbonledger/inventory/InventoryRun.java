package org.carbonledger.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.carbonledger.RowFaultException;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.factor.ResolvedFactor;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.intensity.IntensityCalculator;
import org.carbonledger.intensity.ProductionCsvReader;

/**
 * An accounting run: what {@code carbonledger inventory} computes, as a library call. It prices
 * activity records with the settings' table chain and GWP set, turns every row fault into a
 * rejection (the run goes on), and accumulates exactly everything the result holds: the
 * inventory by scope, site, process, period and activity, scope 2 location- and market-based,
 * final energy and intensities, the activities no table covers, and the factors applied.
 *
 * <pre>{@code
 * InventoryRun run = InventoryRun.builder(settings).instruments(instruments).keepRecords(true).build();
 * InventoryResult result = run.run(activities);                 // an Iterable<Activity>
 *
 * // or streaming, in bounded memory, with partial results per thread or shift:
 * InventoryAccumulator shift = run.newAccumulator();
 * RecordOutcome o = run.add(shift, reading);                    // priced or rejected; never throws for a row
 * InventoryResult all = run.result(morning.merge(shift));       // merges are exact
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one run between threads, each adding to its own
 * accumulator. The result does not depend on the order of the records, nor on how they were
 * split between accumulators, to the last bit; scope 2's market-based method applies the
 * instruments to the merged consumption, in the order of the instruments given.
 */
public final class InventoryRun {
    /** Heap per group: accumulators and the result's breakdowns; measured, see {@link #bytesPerGroup()}. */
    private static final long BYTES_PER_GROUP = 2_500;

    private final CalculationSettings settings;
    private final EmissionCalculator calculator;
    private final List<ContractualInstrument> instruments;
    private final ProductionCsvReader.Result production;
    private final boolean chainIsDefault;
    private final boolean keepRecords;
    private final boolean rejectFlagged;
    private final long maxGroups;
    private final Function<Scope2Ledger.Key, Optional<MarketBasedScope2.ResidualMix>> residualMix;
    private final Map<Scope2Ledger.Key, Optional<MarketBasedScope2.ResidualMix>> residualMixes =
            new ConcurrentHashMap<>();
    /** One description per resolved factor (the calculator caches those); cleared when large. */
    private final Map<ResolvedFactor, FactorUse> uses = new ConcurrentHashMap<>(); // ResolvedFactor: identity equality

    private InventoryRun(Builder b) {
        this.settings = b.settings;
        this.calculator = new EmissionCalculator(settings);
        this.instruments = List.copyOf(b.instruments);
        this.production = b.production;
        this.chainIsDefault = b.chainIsDefault;
        this.keepRecords = b.keepRecords;
        this.rejectFlagged = b.rejectFlagged;
        this.maxGroups = b.maxGroups;
        this.residualMix = MarketBasedScope2.residualMixFrom(settings);
    }

    /**
     * Starts a run's configuration.
     *
     * @param settings the table chain, GWP set and defaults
     * @return a builder
     */
    public static Builder builder(CalculationSettings settings) {
        return new Builder(settings);
    }

    /** Configures a run. Not thread-safe. */
    public static final class Builder {
        private final CalculationSettings settings;
        private List<ContractualInstrument> instruments = List.of();
        private ProductionCsvReader.Result production;
        private boolean chainIsDefault;
        private boolean keepRecords;
        private boolean rejectFlagged;
        private long maxGroups = Long.MAX_VALUE;

        private Builder(CalculationSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /**
         * Sets the contractual instruments of the market-based scope 2 total.
         *
         * @param value the instruments, in the order they apply within one type
         * @return this builder
         */
        public Builder instruments(List<ContractualInstrument> value) {
            this.instruments = List.copyOf(value);
            return this;
        }

        /**
         * Sets production data, for intensities.
         *
         * @param value production records and the rows rejected from them, or null for none
         * @return this builder
         */
        public Builder production(ProductionCsvReader.Result value) {
            this.production = value;
            return this;
        }

        /**
         * States that the chain is the documented default one, as results say.
         *
         * @param value true if it is
         * @return this builder
         */
        public Builder chainIsDefault(boolean value) {
            this.chainIsDefault = value;
            return this;
        }

        /**
         * Keeps every record and rejection in the result (default: false, for bounded memory; a
         * streaming caller takes them from the listener instead).
         *
         * @param value true to keep them
         * @return this builder
         */
        public Builder keepRecords(boolean value) {
            this.keepRecords = value;
            return this;
        }

        /**
         * Rejects records that a flagged factor would price ({@link org.carbonledger.factor.FactorFlag}:
         * a period after the newest edition of its series, a fuel's factor without CH4 or N2O)
         * instead of pricing them with the flag (default: false, price and flag). The edition
         * policy, then: by default a record dated after its publisher's newest edition is priced by
         * that edition and flagged {@code latest_edition}; with this, it is rejected. The CLI's
         * {@code --strict} sets it.
         *
         * @param value true to reject flagged records
         * @return this builder
         */
        public Builder rejectFlagged(boolean value) {
            this.rejectFlagged = value;
            return this;
        }

        /**
         * Limits the number of groups (distinct scope, site, process, period and activity) a run
         * holds, so that a ledger of too many groups stops with {@link TooManyGroupsException}
         * naming the limit rather than running out of memory part-way (default: no limit).
         * Memory grows with groups, never with records: {@link #bytesPerGroup()} each, about.
         *
         * @param value the most groups, at least 1
         * @return this builder
         */
        public Builder maxGroups(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("the limit of groups must be at least 1: " + value);
            }
            this.maxGroups = value;
            return this;
        }

        /** @return the run */
        public InventoryRun build() {
            return new InventoryRun(this);
        }
    }

    /**
     * Gets the memory a run holds per group, as measured: what limits of groups are set from.
     * Measured with 200,000 records of distinct sites (one group each, with its final-energy group)
     * on OpenJDK 17 with compressed pointers: 1,082 bytes per group in the accumulator and 1,098
     * more for the result's copy and breakdowns (2,180 in all; 8,358 before sums kept only the
     * digits they use), rounded up.
     *
     * @return bytes per group, rounded up
     */
    public static long bytesPerGroup() {
        return BYTES_PER_GROUP;
    }

    /** @return the settings */
    public CalculationSettings settings() {
        return settings;
    }

    /** @return the calculator the run prices with */
    public EmissionCalculator calculator() {
        return calculator;
    }

    /** @return a new, empty partial result */
    public InventoryAccumulator newAccumulator() {
        return new InventoryAccumulator(settings.gwp().id(), keepRecords);
    }

    /**
     * Prices one record into an accumulator; a row fault (unknown activity, no factor, an
     * ambiguous factor, a missing GWP, emissions out of range) becomes its rejection.
     *
     * @param into the accumulator, owned by the calling thread
     * @param row the record's row number, for rejections and listings
     * @param activity the record
     * @return what became of it
     */
    public RecordOutcome add(InventoryAccumulator into, long row, Activity activity) {
        return add(into, row, activity, null);
    }

    /**
     * Prices one record into an accumulator, numbering it after the rows the accumulator has.
     *
     * @param into the accumulator, owned by the calling thread
     * @param activity the record
     * @return what became of it
     */
    public RecordOutcome add(InventoryAccumulator into, Activity activity) {
        return add(into, into.rows() + 1, activity);
    }

    /**
     * Prices the row a reader is on into an accumulator, as {@link #run(ActivityCsvReader, Consumer)}
     * does each row: the reader's own rejection (a bad amount, an unknown unit ...) or the row's
     * pricing fault becomes a rejection naming the reader's source, row, column as the file spells
     * it, and value as written. For callers that split a ledger between accumulators (threads,
     * partitions of a distributed engine) and still want the command's rejections, word for word.
     *
     * @param into the accumulator, owned by the calling thread
     * @param in the reader, positioned on a row by {@link ActivityCsvReader#next()}
     * @return what became of the row
     */
    public RecordOutcome add(InventoryAccumulator into, ActivityCsvReader in) {
        Objects.requireNonNull(in, "in");
        RejectedRow rejection = in.rejection();
        return rejection != null ? reject(into, rejection, fields(in)) : add(into, in.row(), in.activity(), in);
    }

    /** Prices a record; {@code in}, if not null, is the reader positioned on its row, for rejections. */
    private RecordOutcome add(InventoryAccumulator into, long row, Activity activity, ActivityCsvReader in) {
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(activity, "activity");
        ActivityResult r;
        try {
            r = calculator.calculate(activity);
            if (rejectFlagged && !r.priced().flags().isEmpty()) {
                throw flagged(r.priced());
            }
        } catch (RowFaultException e) {
            RejectedRow rejection = in == null
                    ? new RejectedRow("", row, e.column(), fieldValue(activity, e.column()), e.getMessage(), List.of())
                    : new RejectedRow(in.source(), row, in.columnName(e.column()), in.field(e.column()), e.getMessage(),
                            List.of());
            RecordOutcome o = new RecordOutcome(row, null, null, rejection, in == null ? Map.of() : fields(in));
            into.rejected(o, e instanceof FactorNotFoundException f ? gap(f) : null);
            return o;
        }
        FactorUse use = use(r.priced());
        RecordOutcome o = new RecordOutcome(row, r, use, null, Map.of());
        Scope2Ledger.Key key = null;
        MarketBasedScope2.ResidualMix mix = null;
        if (r.scope() == Scope.SCOPE_2 && activity.activity().equals(Scope2Ledger.GRID)) {
            key = Scope2Ledger.keyOf(activity);
            mix = residualMixes.computeIfAbsent(key, residualMix).orElse(null);
        }
        into.priced(o, key, mix);
        if (into.inventory.groupCount() > maxGroups) {
            throw new TooManyGroupsException(maxGroups, "more than " + maxGroups + " groups (distinct scope, site,"
                    + " process, period and activity) at row " + row + "; memory grows with the number of groups,"
                    + " about " + bytesPerGroup() + " bytes each: raise the limit (--max-groups) with the heap (-Xmx)");
        }
        return o;
    }

    /**
     * Takes a row that was rejected before it could be priced (a reader's rejection).
     *
     * @param into the accumulator
     * @param rejection the rejection
     * @param fields the row's fields as read
     * @return the outcome
     */
    public RecordOutcome reject(InventoryAccumulator into, RejectedRow rejection, Map<String, String> fields) {
        RecordOutcome o = new RecordOutcome(rejection.row(), null, null, rejection, fields);
        into.rejected(o, null);
        return o;
    }

    private FlaggedFactorException flagged(PricedFactor p) {
        var flags = p.flags();
        String column = flags.contains(org.carbonledger.factor.FactorFlag.LATEST_EDITION) ? "period" : "activity";
        List<String> codes = flags.stream().map(org.carbonledger.factor.FactorFlag::code).toList();
        return new FlaggedFactorException(column, "priced only by a flagged factor (" + String.join(", ", codes)
                + "): " + String.join("; ", use(p).flagNotes().values())
                + "; flagged records are rejected in this run (strict)");
    }

    private FactorUse use(PricedFactor p) {
        FactorUse u = uses.get(p.factor());
        if (u == null) {
            u = FactorUse.of(p);
            if (uses.size() >= 65_536) {
                uses.clear();
            }
            uses.put(p.factor(), u);
        }
        return u;
    }

    private static CoverageGap gap(FactorNotFoundException e) {
        var q = e.query();
        return new CoverageGap(q.activity().id(), q.region().isGlobal() ? "" : q.region().id(), e.column(),
                "no table in the chain covers it (" + e.column() + "): " + String.join("; ", e.attempts()), 0);
    }

    private static String fieldValue(Activity a, String column) {
        return switch (column) {
            case "activity" -> a.activity().id();
            case "amount" -> org.carbonledger.internal.NumberText.of(a.amount());
            case "unit" -> a.unit().symbol();
            case "period" -> a.period() == null ? "" : a.period().text();
            case "region" -> a.region().isGlobal() ? "" : a.region().id();
            case "sector" -> a.sector() == null ? "" : a.sector().code();
            case "basis" -> a.basis() == null ? "" : a.basis().code();
            default -> "";
        };
    }

    /**
     * Runs records and keeps them all: for ledgers that fit in memory.
     *
     * @param activities the records, numbered from 1 in their order
     * @return the result, with every record or its rejection
     */
    public InventoryResult run(Iterable<Activity> activities) {
        InventoryAccumulator acc = new InventoryAccumulator(settings.gwp().id(), true);
        long row = 0;
        for (Activity a : activities) {
            add(acc, ++row, a);
        }
        return result(acc);
    }

    /**
     * Runs an activities CSV, handing each row's outcome to a listener as it is made (in row
     * order), in bounded memory unless the run keeps records. The reader's own rejections
     * (a bad amount, an unknown unit ...) are rejections like the others.
     *
     * @param in the reader, positioned before its first row; not closed
     * @param listener takes each outcome
     * @return the result
     */
    public InventoryResult run(ActivityCsvReader in, Consumer<RecordOutcome> listener) {
        InventoryAccumulator acc = newAccumulator();
        while (in.next()) {
            listener.accept(add(acc, in));
        }
        return result(acc);
    }

    /** The columns a listing of rejected rows shows, as read. */
    private static final List<String> LISTED = List.of("id", "site", "process", "period", "activity", "amount", "unit",
            "scope");

    private static Map<String, String> fields(ActivityCsvReader in) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : LISTED) {
            out.put(c, in.field(c));
        }
        return out;
    }

    /** @return the run's settings as results state them */
    public InventoryResult.Settings describe() {
        List<TableInfo> tables = new ArrayList<>();
        for (FactorTable t : settings.chain().tables()) {
            tables.add(t.info());
        }
        return new InventoryResult.Settings(settings.gwp().id(), settings.gwp().source(), settings.chain().ids(),
                chainIsDefault, settings.defaultSector().code(), tables);
    }

    /**
     * Makes the result of everything an accumulator took: totals rounded once from exact sums,
     * scope 2 market-based from the instruments, intensities from the production data.
     *
     * @param acc the accumulator (of this run or one with the same settings); unchanged
     * @return the result
     */
    public InventoryResult result(InventoryAccumulator acc) {
        Objects.requireNonNull(acc, "acc");
        InventoryResult.Settings s = describe();
        Map<Scope2Ledger.Key, MarketBasedScope2.ResidualMix> mixes = acc.residualMixes();
        MarketBasedScope2.Result market = MarketBasedScope2.compute(acc.scope2, instruments,
                k -> Optional.ofNullable(mixes.get(k)));
        double location = acc.inventory.totalsBy(InventoryKey::scope).entrySet().stream()
                .filter(e -> e.getKey() == Scope.SCOPE_2).mapToDouble(e -> e.getValue().co2eKg()).findFirst()
                .orElse(0.0);
        ExactSum marketTotal = new ExactSum();
        marketTotal.add(location);
        marketTotal.add(-market.locationCo2eKg());
        marketTotal.add(market.marketCo2eKg());
        List<InventoryResult.Allocation> allocations = new ArrayList<>();
        for (MarketBasedScope2.Allocation a : market.allocations()) {
            allocations.add(new InventoryResult.Allocation(a.group().site(), a.group().period(), a.group().region(),
                    a.method(), a.source(), kwh(a.energyGj()), a.co2eKg(), a.flagged()));
        }
        Map<String, Double> unused = new LinkedHashMap<>();
        market.unusedGj().forEach((id, gj) -> unused.put(id, kwh(gj)));
        InventoryResult.Scope2 scope2 = new InventoryResult.Scope2(location, marketTotal.doubleValue(),
                market.allocations().isEmpty()
                        ? "no scope 2 grid electricity (electricity/grid): the market-based total equals the"
                        + " location-based total"
                        : "GHG Protocol Scope 2 Guidance (2015) Table 6.3: grid electricity priced by contractual"
                        + " instruments, then by residual-mix factors, then (flagged) by location-based factors where"
                        + " no residual mix exists; other scope 2 activities at their location-based factors",
                market.anyFallback(), allocations, unused);
        IntensityCalculator.Result intensities = production == null ? null
                : IntensityCalculator.compute(acc.energy.footprints(), production.records());
        return new InventoryResult(s, acc, scope2, intensities,
                production == null ? List.of() : production.rejected(),
                id -> settings.registry().findActivityType(org.carbonledger.activity.ActivityId.of(id))
                        .map(org.carbonledger.activity.ActivityType::name).orElse(id));
    }

    /** kWh per GJ: 1 kWh = 3.6 MJ exactly (SI Brochure, 9th ed., Table 8), so 1 GJ = 1/0.0036 kWh. */
    private static double kwh(double gj) {
        return gj / 0.0036;
    }
}
