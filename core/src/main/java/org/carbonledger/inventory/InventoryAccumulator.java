package org.carbonledger.inventory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The partial result of an {@link InventoryRun}: everything the run's result is computed from,
 * summed exactly as records arrive. Records of one shift, thread, partition or machine go into
 * one accumulator; accumulators {@link #merge merge} exactly, so that the result of any grouping
 * and order of merges is identical, to the last bit, to the result of one accumulator that took
 * every record ({@code InventoryRunProperties} states it as a law). {@link InventoryRun#result}
 * makes the immutable result.
 *
 * <p>Holds: the counts, the {@link Inventory} (per gas, biogenic CO2 and CO2e by scope, site,
 * process, period and activity), the grid electricity of scope 2 by site, period and region with
 * each group's residual mix, final energy by site, process and period, the activities no table
 * covers, the factors applied, and, when the run keeps them, the records themselves.
 *
 * <p>Mutable and not thread-safe: give each thread its own and merge them. Serializable (for a
 * distributed engine's aggregation buffer) when it keeps no records.
 */
public final class InventoryAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String gwp;
    private final boolean keepRecords;
    long rows;
    long rejected;
    final Inventory inventory = new Inventory();
    final Scope2Ledger scope2 = new Scope2Ledger();
    /** Residual mix by scope 2 group; a null value: none in the chain. */
    final HashMap<Scope2Ledger.Key, MarketBasedScope2.ResidualMix> residualMixes = new HashMap<>();
    final FinalEnergy energy = new FinalEnergy();
    final TreeMap<String, long[]> gapRows = new TreeMap<>();
    final HashMap<String, CoverageGap> gaps = new HashMap<>();
    final LinkedHashMap<FactorUse, long[]> factors = new LinkedHashMap<>();
    private final ArrayList<RecordOutcome> records;

    InventoryAccumulator(String gwp, boolean keepRecords) {
        this.gwp = Objects.requireNonNull(gwp, "gwp");
        this.keepRecords = keepRecords;
        this.records = keepRecords ? new ArrayList<>() : null;
    }

    /** Adds a priced record. */
    void priced(RecordOutcome o, Scope2Ledger.Key scope2Key, MarketBasedScope2.ResidualMix mix) {
        rows++;
        ActivityResult r = o.result();
        inventory.add(r);
        if (scope2Key != null) {
            scope2.add(r);
            residualMixes.put(scope2Key, mix);
        }
        energy.add(r);
        factors.computeIfAbsent(o.factor(), k -> new long[1])[0]++;
        keep(o);
    }

    /** Adds a rejected row; {@code gap} names the activity no table covers, if that is the reason. */
    void rejected(RecordOutcome o, CoverageGap gap) {
        rows++;
        rejected++;
        if (gap != null) {
            String key = gap.key();
            gaps.merge(key, gap, InventoryAccumulator::first);
            gapRows.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        keep(o);
    }

    /**
     * Of two descriptions of one gap (their reasons name the period of the row that met it), the
     * one whose reason sorts first: the same whatever the order of rows and merges.
     */
    private static CoverageGap first(CoverageGap a, CoverageGap b) {
        return a.reason().compareTo(b.reason()) <= 0 ? a : b;
    }

    private void keep(RecordOutcome o) {
        if (keepRecords) {
            records.add(o);
        }
    }

    /**
     * Adds another accumulator into this one, exactly; the other is unchanged. Kept records are
     * appended after this one's.
     *
     * @param other an accumulator of the same run (or a run with the same settings)
     * @return this accumulator
     * @throws IllegalArgumentException if the other is under another GWP set
     */
    public InventoryAccumulator merge(InventoryAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!gwp.equals(other.gwp)) {
            throw new IllegalArgumentException("cannot merge results under GWP set " + other.gwp + " into results"
                    + " under " + gwp);
        }
        rows += other.rows;
        rejected += other.rejected;
        inventory.merge(other.inventory);
        scope2.merge(other.scope2);
        residualMixes.putAll(other.residualMixes);
        energy.merge(other.energy);
        other.gaps.forEach((k, g) -> gaps.merge(k, g, InventoryAccumulator::first));
        other.gapRows.forEach((k, n) -> gapRows.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
        other.factors.forEach((k, n) -> factors.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
        if (keepRecords && !other.keepRecords) {
            throw new IllegalArgumentException("cannot merge an accumulator that keeps no records into one that keeps"
                    + " them: its records would be missing from the result");
        }
        if (keepRecords) {
            records.addAll(other.records);
        }
        return this;
    }

    /** @return rows taken, priced and rejected */
    public long rows() {
        return rows;
    }

    /** @return rows rejected */
    public long rejected() {
        return rejected;
    }

    /** @return the GWP set id of the run */
    public String gwp() {
        return gwp;
    }

    /** @return whether records are kept */
    public boolean keepsRecords() {
        return keepRecords;
    }

    List<RecordOutcome> records() {
        return records == null ? List.of() : List.copyOf(records);
    }

    Map<Scope2Ledger.Key, MarketBasedScope2.ResidualMix> residualMixes() {
        return residualMixes;
    }
}
