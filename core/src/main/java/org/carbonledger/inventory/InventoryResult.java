package org.carbonledger.inventory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.intensity.IntensityCalculator;

/**
 * The result of an {@link InventoryRun}: counts, totals (per gas, biogenic CO2 apart, CO2e) by
 * scope, site, process, period and activity, scope 2 location- and market-based, intensities,
 * the activities no table covers, the factors applied, and, when the run keeps them, every record
 * or its rejection. Every number is computed here, once; renderers (JSON, CSV, HTML) only write
 * it.
 *
 * <p>Immutable and thread-safe; serializable when it holds no records.
 */
public final class InventoryResult implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The settings of the run, as results state them.
     *
     * @param gwp the GWP set id
     * @param gwpSource the GWP set's source
     * @param chain the table ids, first tried first
     * @param chainIsDefault whether the chain is the documented default
     * @param defaultSector the sector of records that state none
     * @param tables the tables of the chain
     */
    public record Settings(String gwp, String gwpSource, List<String> chain, boolean chainIsDefault,
            String defaultSector, List<TableInfo> tables) implements Serializable {
        // Copies the lists.
        public Settings {
            chain = List.copyOf(chain);
            tables = List.copyOf(tables);
        }
    }

    /**
     * How many rows.
     *
     * @param rows activity rows read
     * @param accepted rows priced
     * @param rejected activity rows rejected
     * @param productionRejected production rows rejected
     * @param flagged rows priced by a flagged factor ({@link #flagged()}); counted in {@code accepted}
     */
    public record Counts(long rows, long accepted, long rejected, long productionRejected, long flagged)
            implements Serializable {
    }

    /**
     * A flag on a factor the run applied, with the records it priced.
     *
     * @param flag the flag's code ({@link org.carbonledger.factor.FactorFlag#code()})
     * @param factor the factor
     * @param records how many records it priced
     */
    public record Flagged(String flag, FactorUse factor, long records) implements Serializable {
        /** @return why the flag is set ({@link FactorUse#flagNotes()}) */
        public String note() {
            return factor.flagNotes().get(flag);
        }
    }

    /**
     * One slice of scope 2 grid electricity and how the market-based method priced it.
     *
     * @param site the site
     * @param period the period as written, or ""
     * @param region the region id
     * @param method "instrument", "residual mix" or "location fallback"
     * @param source the instrument, the residual mix's source, or why the location factor was used
     * @param energyKwh the electricity priced this way, kWh
     * @param co2eKg its market-based emissions, kg CO2e
     * @param flagged true for the location-based fallback
     */
    public record Allocation(String site, String period, String region, String method, String source,
            double energyKwh, double co2eKg, boolean flagged) implements Serializable {
    }

    /**
     * Scope 2 both ways (GHG Protocol Scope 2 Guidance, 2015).
     *
     * @param locationCo2eKg every scope 2 record at its location-based factor
     * @param marketCo2eKg grid electricity re-priced by the market-based method, other scope 2
     *     records at their location-based factors; summed exactly
     * @param method how the market-based total was made
     * @param locationFallback whether any consumption fell back to location-based factors
     * @param allocations how each group of grid electricity was priced
     * @param unusedInstrumentsKwh cover left unused, kWh by instrument id
     */
    public record Scope2(double locationCo2eKg, double marketCo2eKg, String method, boolean locationFallback,
            List<Allocation> allocations, Map<String, Double> unusedInstrumentsKwh) implements Serializable {
        // Copies the collections.
        public Scope2 {
            allocations = List.copyOf(allocations);
            unusedInstrumentsKwh = Collections.unmodifiableMap(new LinkedHashMap<>(unusedInstrumentsKwh));
        }
    }

    private final Settings settings;
    private final Counts counts;
    private final Inventory inventory;
    private final EmissionTotals totals;
    private final Map<Scope, EmissionTotals> byScope;
    private final Scope2 scope2;
    private final Map<String, EmissionTotals> bySite;
    private final Map<String, EmissionTotals> byProcess;
    private final Map<String, EmissionTotals> byPeriod;
    private final Map<String, EmissionTotals> byActivity;
    private final Map<String, EmissionTotals> bySource;
    private final IntensityCalculator.Result intensities;
    private final List<RejectedRow> productionRejected;
    private final List<CoverageGap> notCovered;
    private final List<FactorUse> factors;
    private final List<Flagged> flagged;
    private final List<RecordOutcome> records;
    private final boolean recordsKept;

    InventoryResult(Settings settings, InventoryAccumulator acc, Scope2 scope2, IntensityCalculator.Result intensities,
            List<RejectedRow> productionRejected, Function<String, String> sourceName) {
        this.settings = Objects.requireNonNull(settings);
        this.inventory = new Inventory().merge(acc.inventory);
        long flaggedRows = 0;
        for (var e : acc.factors.entrySet()) {
            flaggedRows += e.getKey().flagged() ? e.getValue()[0] : 0;
        }
        this.counts = new Counts(acc.rows, acc.rows - acc.rejected, acc.rejected, productionRejected.size(),
                flaggedRows);
        this.totals = inventory.totals();
        Map<Scope, EmissionTotals> scopes = new EnumMap<>(Scope.class);
        scopes.putAll(inventory.totalsBy(InventoryKey::scope));
        this.byScope = Collections.unmodifiableMap(scopes);
        this.scope2 = scope2;
        this.bySite = inventory.totalsBy(InventoryKey::site);
        this.byProcess = inventory.totalsBy(InventoryKey::process);
        this.byPeriod = inventory.totalsBy(InventoryKey::period);
        this.byActivity = inventory.totalsBy(InventoryKey::activity);
        this.bySource = inventory.totalsBy(k -> sourceName.apply(k.activity()));
        this.intensities = intensities;
        this.productionRejected = List.copyOf(productionRejected);
        List<CoverageGap> gaps = new ArrayList<>();
        acc.gapRows.forEach((k, n) -> gaps.add(acc.gaps.get(k).withRows(n[0])));
        this.notCovered = List.copyOf(gaps);
        // in an order of their own, not the order first used, which depends on the order of rows and merges
        this.factors = acc.factors.keySet().stream().sorted(java.util.Comparator.comparing(FactorUse::table)
                .thenComparing(FactorUse::activity).thenComparing(FactorUse::toString)).toList();
        List<Flagged> fl = new ArrayList<>();
        for (org.carbonledger.factor.FactorFlag flag : org.carbonledger.factor.FactorFlag.values()) {
            for (FactorUse f : factors) {
                if (f.flags().contains(flag.code())) {
                    fl.add(new Flagged(flag.code(), f, acc.factors.get(f)[0]));
                }
            }
        }
        this.flagged = List.copyOf(fl);
        this.records = acc.records();
        this.recordsKept = acc.keepsRecords();
    }

    /** @return the run's settings */
    public Settings settings() {
        return settings;
    }

    /** @return how many rows were read, priced and rejected */
    public Counts counts() {
        return counts;
    }

    /** @return a copy of the inventory, for breakdowns of one's own (by {@link InventoryKey}) */
    public Inventory inventory() {
        return new Inventory().merge(inventory);
    }

    /** @return the totals of every record */
    public EmissionTotals totals() {
        return totals;
    }

    /**
     * Gets the kg CO2e of a scope (scope 2 location-based).
     *
     * @param scope the scope
     * @return its kg CO2e; 0 when no record is in it
     */
    public double co2eKg(Scope scope) {
        EmissionTotals t = byScope.get(scope);
        return t == null ? 0.0 : t.co2eKg();
    }

    /** @return totals by scope, for the scopes with records */
    public Map<Scope, EmissionTotals> byScope() {
        return byScope;
    }

    /** @return scope 2 location- and market-based */
    public Scope2 scope2() {
        return scope2;
    }

    /** @return totals by site ("" for none), in site order */
    public Map<String, EmissionTotals> bySite() {
        return bySite;
    }

    /** @return totals by process ("" for none), in process order */
    public Map<String, EmissionTotals> byProcess() {
        return byProcess;
    }

    /** @return totals by period as written ("" for none), in text order */
    public Map<String, EmissionTotals> byPeriod() {
        return byPeriod;
    }

    /** @return totals by activity id */
    public Map<String, EmissionTotals> byActivity() {
        return byActivity;
    }

    /** @return totals by source: the activities' names (such as "Natural gas"), activities of one name together */
    public Map<String, EmissionTotals> bySource() {
        return bySource;
    }

    /** @return intensities and the problems that kept some from being computed, or null without production data */
    public IntensityCalculator.Result intensities() {
        return intensities;
    }

    /** @return rejected rows of the production data */
    public List<RejectedRow> productionRejected() {
        return productionRejected;
    }

    /** @return the activities no table covers, by activity, region and column */
    public List<CoverageGap> notCovered() {
        return notCovered;
    }

    /** @return the factors applied, by table, activity and the rest of their description (an order independent of the rows') */
    public List<FactorUse> factors() {
        return factors;
    }

    /**
     * Lists the flagged factors the run applied, by flag (in {@link org.carbonledger.factor.FactorFlag}
     * order) and then in the order of {@link #factors()}, each with the records it priced.
     *
     * @return the flagged factors; empty if none
     */
    public List<Flagged> flagged() {
        return flagged;
    }

    /** @return whether {@link #records()} holds every row (the run kept them) */
    public boolean recordsKept() {
        return recordsKept;
    }

    /** @return every row, priced or rejected, in the order taken; empty unless the run kept them */
    public List<RecordOutcome> records() {
        return records;
    }
}
