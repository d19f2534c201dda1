package org.carbonledger.batch;


import org.carbonledger.internal.CorrectlyRounded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.ExactSum;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;
import org.carbonledger.inventory.PricedFactor;

/**
 * An inventory accumulated from columns: the fast path for high volumes.
 *
 * <p>A record is three numbers: a factor index (a {@link PricedFactor} registered with
 * {@link #factor}, whose unit was checked once, when it was priced), a group index (an
 * {@link InventoryKey} registered with {@link #group}) and an amount in the factor's unit. For
 * each record the masses are {@link PricedFactor#massKg(double, int)} and the CO2e is
 * {@link PricedFactor#co2eKg(double[])} of those masses: the very expression the record path
 * ({@code EmissionCalculator.calculate}) evaluates, here on copies of the factor's multipliers
 * ({@link PricedFactor#unitRatio}, {@link PricedFactor#multiplier}, {@link PricedFactor#appliedGwp}), so the
 * values are the same doubles. They are summed exactly, so
 * {@link #toInventory()} is identical, to the last bit, to an {@link Inventory} built record by
 * record, whatever the order of the records or their split between batch inventories.
 *
 * <pre>{@code
 * BatchInventory inv = new BatchInventory();
 * int gas = inv.factor(calculator.price(naturalGasInGJ));            // unit checked here, once
 * int leeds = inv.group(new InventoryKey("1", "Leeds", "boilers", "2025-01", "fuel/natural_gas"));
 * inv.add(gas, leeds, 1850.0);
 * inv.addColumns(factors, groups, amounts, 0, n);                   // many at a time
 * Inventory totals = inv.toInventory();                             // merges with record-path inventories
 * }</pre>
 *
 * <h2>How the sums stay exact and fast</h2>
 *
 * Each (group, quantity) pair, where a quantity is CO2e, biogenic CO2 or one gas, is a lane of
 * three doubles: two level sums and a power of two σ = 2^k, placed 2^18 times above the lane's
 * first non-zero value and raised (after moving the level sums out) when a larger value arrives.
 * A value x in the lane's window, σ·2^-41 ≤ |x| ≤ σ·2^-13, is split without error by Rump, Ogita
 * and Oishi's ExtractScalar ("Accurate floating-point summation part I", SIAM J. Sci. Comput.
 * 31(1), 2008, Lemma 3.3): q1 = fl(σ + x) − σ is a multiple of σ·2^-53 with |q1| ≤ σ·2^-13, and
 * r1 = x − q1 is exact with |r1| ≤ σ·2^-53. As x is in the window, x and so r1 are multiples of
 * σ·2^-93. Every multiple of σ·2^-53 up to σ, and of σ·2^-93 up to σ·2^-40, is a double, so up to
 * 2^13 values of q1, and of r1, sum without rounding in one double each. The level sums move into
 * an {@link ExactSum} every 1,024 records of the group (a lane takes at most 8 values per record)
 * and whenever σ moves. Values outside the window (zero, subnormals, values more than about 2^23
 * times smaller than the one that placed σ) go to the {@code ExactSum} directly. Every route is
 * exact, so each total is the exact sum of the values, rounded once when read: it cannot depend
 * on order or partitioning. The hot route costs three floating-point operations and two
 * additions per value, over 24 bytes per lane.
 *
 * <h2>Why {@link #addColumns} puts records in buckets</h2>
 *
 * Records in random order of group would add each value to a lane in memory: eight
 * read-modify-writes per record, scattered over all the groups' lanes. {@code addColumns}
 * instead places each record in its group's bucket (up to 256 records; 65,536 in all) and adds
 * a full bucket as a run of one group, with the lane sums and σs held in registers and written
 * once per run. A lane's σ is placed from the largest value of the first run that reaches it,
 * so that it seldom moves later. With more than 4,096 groups, buckets would be too small to
 * pay, and the records are added in their given order. Either way the sums are the same: exact.
 *
 * <p>Memory grows with the number of groups and factors, never with the number of records.
 * Mutable and not thread-safe: give each thread its own and {@link #merge} them (exactly). Not
 * serializable, because it refers to priced factors; {@link #toInventory()} is the serializable
 * state for stream processors.
 */
public final class BatchInventory {
    /** Doubles per lane: the two level sums and the lane's extraction constant σ. */
    private static final int LANE = 3;
    /** Binades of headroom above the value that placed a lane's σ. */
    private static final int HEADROOM = 4;
    /** Records of a group between flushes; a lane takes at most 8 values per record (2^10 × 8 = 2^13). */
    private static final int FLUSH_MASK = (1 << 10) - 1;
    private static final double UNSET = -1;
    private static final double EXACT_ONLY = -2;
    /** Above this many groups, buckets would be too small (16 records) to pay, and addColumns adds records in order. */
    private static final int MAX_BUCKETED_GROUPS = 4096;
    private static final int CO2E = 0;
    private static final int BIOGENIC = 1;

    private String gwp;

    private final IdentityHashMap<PricedFactor, Integer> factorIndex = new IdentityHashMap<>();
    private PricedFactor[] factors = new PricedFactor[8];
    private int factorCount;
    /** Factor f's gases are at first[f] .. first[f + 1] − 1 of kg, gwpOf and laneOf. */
    private int[] first = new int[9];
    private double[] kg = new double[24];
    private double[] gwpOf = new double[24];
    /**
     * Per factor: the smallest non-zero |amount| whose canonical amount and non-zero masses are
     * surely normal doubles; a smaller one takes the ordered route, which rejects it as the record
     * path does (a subnormal mass has lost its precision).
     */
    private double[] tiny = new double[8];
    /** Per gas position: its factor's unit ratio (canonical units per unit of amount). */
    private double[] ratio = new double[24];
    private int[] laneOf = new int[24];
    /** Per factor: the largest amount, in magnitude, whose masses and CO2e are surely finite (-1: none). */
    private double[] safe = new double[8];
    /**
     * By a factor's first position in kg, so that a bucketed record needs one lookup: the lanes of
     * its three values packed a byte each (-1 if it has other than three), and its index.
     */
    private int[] patternAt = new int[24];
    private int[] factorAt = new int[24];

    private final Map<InventoryKey, Integer> groupIndex = new HashMap<>();
    private InventoryKey[] keys = new InventoryKey[16];
    private long[] records = new long[16];
    private int groupCount;

    /** Lane slots: 0 CO2e, 1 biogenic CO2, then one per gas id. */
    private final List<Gas> slotGas = new ArrayList<>(List.of(Gas.CO2, Gas.CO2, Gas.CO2, Gas.CH4, Gas.N2O));
    private final Map<Gas, Integer> gasSlot = new HashMap<>(Map.of(Gas.CO2, 2, Gas.CH4, 3, Gas.N2O, 4));
    private int stride = 5;

    private double[] lanes = new double[16 * 5 * LANE];
    /**
     * The buckets of {@link #bucketed}: group g's records are at g × bucketCap .. + bucketFill[g]
     * − 1, each as its factor (its first position in kg) and amount; touched lists the groups
     * given a record since the buckets were last flushed (-1 in bucketFill: touched, and empty).
     */
    private int bucketGroups = -1;
    private int bucketCap;
    private int[] bucketLo;
    private double[] bucketAmount;
    private int[] bucketFill;
    private int[] touched;
    private int touchedCount;
    private ExactSum[] sums = new ExactSum[16 * 5];
    /** Lanes that were given a value (their σ alone does not say so: {@link #clear} keeps it). */
    private boolean[] used = new boolean[16 * 5];

    /** Creates an empty batch inventory; its GWP set is fixed by the first factor registered. */
    public BatchInventory() {
        markUnset(lanes, 0);
    }

    private static void markUnset(double[] lanes, int from) {
        for (int i = from + 2; i < lanes.length; i += LANE) {
            lanes[i] = UNSET;
        }
    }

    /**
     * Registers a priced factor as a column: the amounts given with its index are in its unit.
     * Registering the same factor again returns the same index.
     *
     * @param priced the factor, as {@code EmissionCalculator.price} gives it
     * @return its index, for {@link #add} and {@link #addColumns}
     * @throws IllegalArgumentException if its GWP set differs from the factors registered before
     */
    public int factor(PricedFactor priced) {
        Objects.requireNonNull(priced, "priced");
        Integer i = factorIndex.get(priced);
        if (i != null) {
            return i;
        }
        String id = priced.gwpSet().id();
        if (gwp == null) {
            gwp = id;
        } else if (!gwp.equals(id)) {
            throw new IllegalArgumentException("cannot add a factor priced under GWP set " + id
                    + " to a batch inventory under " + gwp);
        }
        int n = priced.gasCount();
        int at = first[factorCount];
        if (factorCount + 2 > first.length) {
            first = Arrays.copyOf(first, first.length * 2);
        }
        if (factorCount == factors.length) {
            factors = Arrays.copyOf(factors, factors.length * 2);
            safe = Arrays.copyOf(safe, factors.length);
            tiny = Arrays.copyOf(tiny, factors.length);
        }
        if (at + n > kg.length) {
            int cap = Math.max(kg.length * 2, at + n);
            kg = Arrays.copyOf(kg, cap);
            gwpOf = Arrays.copyOf(gwpOf, cap);
            ratio = Arrays.copyOf(ratio, cap);
            laneOf = Arrays.copyOf(laneOf, cap);
            patternAt = Arrays.copyOf(patternAt, cap);
            factorAt = Arrays.copyOf(factorAt, cap);
        }
        int[] lanesOf = new int[n];
        for (int g = 0; g < n; g++) {
            lanesOf[g] = priced.isBiogenic(g) ? BIOGENIC : slot(priced.gas(g));
        }
        int[] perLane = new int[stride];
        for (int g = 0; g < n; g++) {
            if (++perLane[lanesOf[g]] > 8) {
                // the flush cadence relies on at most 8 values per lane per record (2^10 × 8 = 2^13)
                throw new IllegalArgumentException("factor " + priced.factor().table().id() + " gives more than 8"
                        + " values of " + priced.gas(g) + " per record; the batch path takes at most 8");
            }
        }
        for (int g = 0; g < n; g++) {
            kg[at + g] = priced.multiplier(g);
            ratio[at + g] = priced.unitRatio();
            gwpOf[at + g] = priced.appliedGwp(g);
            laneOf[at + g] = lanesOf[g];
        }
        first[factorCount + 1] = at + n;
        int pattern = n == 3 && Math.max(laneOf[at], Math.max(laneOf[at + 1], laneOf[at + 2])) < 256
                ? laneOf[at] | laneOf[at + 1] << 8 | laneOf[at + 2] << 16 : -1;
        double scale = 0;
        for (int g = 0; g < n; g++) {
            scale += Math.abs(kg[at + g]) * priced.unitRatio() * Math.max(1, Math.abs(gwpOf[at + g]));
        }
        // |amount| <= MAX / 4 / scale bounds every mass and partial sum of the CO2e by about MAX / 4.
        // The records of a factor without a gas (no position of its own in kg) or with a multiplier
        // that is not finite (0 × ∞ is NaN) take the ordered route, which reports them.
        safe[factorCount] = n == 0 || !(scale < Double.POSITIVE_INFINITY) ? -1
                : Math.min(Double.MAX_VALUE, Double.MAX_VALUE / 4 / scale);
        double smallest = Double.POSITIVE_INFINITY;
        for (int g = 0; g < n; g++) {
            if (kg[at + g] != 0) {
                smallest = Math.min(smallest, Math.abs(kg[at + g]));
            }
        }
        double r = priced.unitRatio();
        // a margin of 4 for the roundings of amount × ratio × multiplier
        double t = 4 * Double.MIN_NORMAL / r;
        if (smallest < Double.POSITIVE_INFINITY) {
            t = Math.max(t, 4 * Double.MIN_NORMAL / (r * smallest));
        }
        tiny[factorCount] = t;
        if (n > 0) {
            patternAt[at] = pattern;
            factorAt[at] = factorCount;
        }
        factors[factorCount] = priced;
        factorIndex.put(priced, factorCount);
        return factorCount++;
    }

    /**
     * Registers a group. Registering the same key again returns the same index.
     *
     * @param key the group's key, as {@link InventoryKey#of} would make it for the record path
     * @return its index, for {@link #add} and {@link #addColumns}
     */
    public int group(InventoryKey key) {
        Objects.requireNonNull(key, "key");
        Integer i = groupIndex.get(key);
        if (i != null) {
            return i;
        }
        if (groupCount == keys.length) {
            int cap = groupCount * 2;
            keys = Arrays.copyOf(keys, cap);
            records = Arrays.copyOf(records, cap);
            resizeLanes(cap, stride);
        }
        keys[groupCount] = key;
        groupIndex.put(key, groupCount);
        return groupCount++;
    }

    /** @return the number of factors registered */
    public int factorCount() {
        return factorCount;
    }

    /** @return the number of groups registered */
    public int groupCount() {
        return groupCount;
    }

    /** @return the GWP set id of the factors, or null while none is registered */
    public String gwp() {
        return gwp;
    }

    /**
     * Adds one record.
     *
     * @param factor a factor index from {@link #factor}
     * @param group a group index from {@link #group}
     * @param amount the amount in the factor's unit
     * @throws IndexOutOfBoundsException if an index was not registered
     * @throws IllegalArgumentException if a mass or the CO2e is not finite (an amount too large)
     */
    public void add(int factor, int group, double amount) {
        records(null, null, new double[] {amount}, factor, group, 0, 1);
    }

    /**
     * Adds records given as columns: record {@code r} is ({@code factors[r]}, {@code groups[r]},
     * {@code amounts[r]}) for {@code from <= r < to}.
     *
     * @param factors factor indices from {@link #factor}
     * @param groups group indices from {@link #group}
     * @param amounts amounts, each in its factor's unit
     * @param from first record
     * @param to end of the records (exclusive)
     * @throws IndexOutOfBoundsException if a range or index is out of bounds; the records before it are added
     * @throws IllegalArgumentException if a record's mass or CO2e is not finite; the records before it are added
     */
    public void addColumns(int[] factors, int[] groups, double[] amounts, int from, int to) {
        Objects.checkFromToIndex(from, to, factors.length);
        Objects.checkFromToIndex(from, to, groups.length);
        Objects.checkFromToIndex(from, to, amounts.length);
        if (groupCount > MAX_BUCKETED_GROUPS) {
            // runs of a group would be too short for buckets to pay
            records(factors, groups, amounts, 0, 0, from, to);
            return;
        }
        bucketed(factors, groups, amounts, from, to);
    }

    /**
     * Adds records through a bucket per group: each record is checked and placed in its group's
     * bucket, and a full bucket is added as a run of one group, its lane sums and σs held in
     * registers (one load and one store per lane per run instead of per record); the buckets
     * left are added at the end. A record with an index out of range, or an amount that could
     * give a value beyond the range of double, goes through {@link #records} once the buckets are
     * added, so that an error still leaves exactly the records before it added.
     */
    private void bucketed(int[] factors, int[] groups, double[] amounts, int from, int to) {
        final int gc = groupCount;
        final int fc = factorCount;
        if (bucketGroups != gc) {
            // empty between calls, so they can be laid out again for the groups registered since
            bucketCap = Math.max(16, Math.min(256, (1 << 16) / Math.max(1, gc)));
            bucketLo = new int[gc * bucketCap];
            bucketAmount = new double[gc * bucketCap];
            bucketFill = new int[gc];
            touched = new int[gc];
            bucketGroups = gc;
        }
        final int cap = bucketCap;
        final int[] lo = bucketLo;
        final double[] amount = bucketAmount;
        final int[] fill = bucketFill;
        final double[] safe = this.safe;
        final int[] first = this.first;
        for (int r = from; r < to; r++) {
            int g = groups[r];
            int f = factors[r];
            double a = amounts[r];
            if (g < 0 || g >= gc || f < 0 || f >= fc || !(Math.abs(a) <= safe[f])
                    || (a != 0 && !(Math.abs(a) >= tiny[f]))) {
                flushBuckets();
                records(factors, groups, amounts, 0, 0, r, r + 1);
                continue;
            }
            int n = fill[g];
            if (n <= 0) {
                if (n == 0) {
                    touched[touchedCount++] = g;
                }
                n = 0;
            }
            int at = g * cap + n;
            lo[at] = first[f];
            amount[at] = a;
            if (n + 1 == cap) {
                fill[g] = -1;
                run(g, g * cap, at + 1);
            } else {
                fill[g] = n + 1;
            }
        }
        flushBuckets();
    }

    /** Adds what the buckets hold and empties them. */
    private void flushBuckets() {
        try {
            for (int i = 0; i < touchedCount; i++) {
                int g = touched[i];
                int n = bucketFill[g];
                bucketFill[g] = 0;
                if (n > 0) {
                    run(g, g * bucketCap, g * bucketCap + n);
                }
            }
        } finally {
            // emptied whatever happens, so that a failure leaves no half-flushed bucket for the next call
            for (int i = 0; i < touchedCount; i++) {
                bucketFill[touched[i]] = 0;
            }
            touchedCount = 0;
        }
    }

    /** Adds the records begin .. end − 1 of the buckets, all of group g, checked by {@link #bucketed}. */
    @SuppressWarnings("ShortCircuitBoolean") // slot and window tests without branches, in the hot loop, on purpose
    private void run(int g, int begin, int end) {
        final int[] sf = bucketLo;
        final double[] sa = bucketAmount;
        final double[] kg = this.kg;
        final double[] ratio = this.ratio;
        final double[] gwpOf = this.gwpOf;
        final int[] patternAt = this.patternAt;
        final int lanes = g * stride;
        int k = begin;
        while (k < end) {
            int pat = patternAt[sf[k]];
            if (pat < 0) {
                // row -1: slowRecord names a row only for a value beyond double, which bucketed has ruled out
                slowRecord(-1, factorAt[sf[k]], lanes, sa[k]);
                k++;
                continue;
            }
            // at most up to the group's next flush, so the level sums stay exact (see the class comment)
            int stop = Math.min(end, k + FLUSH_MASK + 1 - (int) (records[g] & FLUSH_MASK));
            final double[] ls = this.lanes;
            int la = (lanes + (pat & 0xff)) * LANE;
            int lb = (lanes + (pat >>> 8 & 0xff)) * LANE;
            int lc = (lanes + (pat >>> 16)) * LANE;
            int le = lanes * LANE;
            if (ls[la + 2] == UNSET | ls[lb + 2] == UNSET | ls[lc + 2] == UNSET | ls[le + 2] == UNSET) {
                placeFromRun(g, k, stop, pat);
            }
            double sigmaA = ls[la + 2];
            double sigmaB = ls[lb + 2];
            double sigmaC = ls[lc + 2];
            double sigmaE = ls[le + 2];
            // σ·2^-41 and σ·2^-13, exact (σ is a power of two placed so that both are normal); an
            // unset σ (negative) makes every test fail, so its lane's first value places it
            double lowA = sigmaA * 0x1p-41;
            double highA = sigmaA * 0x1p-13;
            double lowB = sigmaB * 0x1p-41;
            double highB = sigmaB * 0x1p-13;
            double lowC = sigmaC * 0x1p-41;
            double highC = sigmaC * 0x1p-13;
            double lowE = sigmaE * 0x1p-41;
            double highE = sigmaE * 0x1p-13;
            double a0 = 0, a1 = 0, b0 = 0, b1 = 0, c0 = 0, c1 = 0, e0 = 0, e1 = 0;
            int j = k;
            for (; j < stop; j++) {
                int lo = sf[j];
                if (patternAt[lo] != pat) {
                    break;
                }
                // the same operations as PricedFactor.massKg and co2eKg
                double amount = sa[j] * ratio[lo];
                double m0 = amount * kg[lo];
                double m1 = amount * kg[lo + 1];
                double m2 = amount * kg[lo + 2];
                double co2e = CorrectlyRounded.dot3(m0, gwpOf[lo], m1, gwpOf[lo + 1], m2, gwpOf[lo + 2]);
                // inWindow's test, its bounds computed once per run
                double xa = Math.abs(m0);
                double xb = Math.abs(m1);
                double xc = Math.abs(m2);
                double xe = Math.abs(co2e);
                if (!(xa >= lowA & xa <= highA & xb >= lowB & xb <= highB & xc >= lowC & xc <= highC
                        & xe >= lowE & xe <= highE)) {
                    break;
                }
                double qa = (sigmaA + m0) - sigmaA;
                a0 += qa;
                a1 += m0 - qa;
                double qb = (sigmaB + m1) - sigmaB;
                b0 += qb;
                b1 += m1 - qb;
                double qc = (sigmaC + m2) - sigmaC;
                c0 += qc;
                c1 += m2 - qc;
                double qe = (sigmaE + co2e) - sigmaE;
                e0 += qe;
                e1 += co2e - qe;
            }
            // sums of at most 2^13 values on the lanes' grids since the last flush: exact
            ls[la] += a0;
            ls[la + 1] += a1;
            ls[lb] += b0;
            ls[lb + 1] += b1;
            ls[lc] += c0;
            ls[lc + 1] += c1;
            ls[le] += e0;
            ls[le + 1] += e1;
            used[la / LANE] = true;
            used[lb / LANE] = true;
            used[lc / LANE] = true;
            used[le / LANE] = true;
            if (j > k && ((records[g] += j - k) & FLUSH_MASK) == 0) {
                flush(g);
            }
            if (j < stop && patternAt[sf[j]] == pat) {
                // a value outside its window: placed (σ may move) and added on the slow route
                slowRecord(-1, factorAt[sf[j]], lanes, sa[j]);
                j++;
            }
            k = j;
        }
    }

    /**
     * Adds a column of amounts that share one factor and one group, such as one meter's readings.
     *
     * @param factor a factor index from {@link #factor}
     * @param group a group index from {@link #group}
     * @param amounts amounts in the factor's unit
     * @param from first record
     * @param to end of the records (exclusive)
     * @throws IndexOutOfBoundsException if the range or an index is out of bounds
     * @throws IllegalArgumentException if a mass or CO2e is not finite; the records before it are added
     */
    public void addColumn(int factor, int group, double[] amounts, int from, int to) {
        Objects.checkFromToIndex(from, to, amounts.length);
        records(null, null, amounts, factor, group, from, to);
    }

    /**
     * The hot loop. Per record it evaluates what {@link PricedFactor#massKg} and
     * {@link PricedFactor#co2eKg} evaluate, on copies of their multipliers ({@code amount ×
     * unitRatio × multiplier(i)}, then {@code Σ mass(i) × appliedGwp(i)} correctly rounded): the same
     * IEEE 754 operations in the same order, which Java evaluates identically on every platform,
     * so the values are the record path's to the last bit. The copies keep the loop small enough
     * for the JIT to compile as one piece (calling {@code co2eKg} here was not inlined, and cost
     * more than the exact sums). The lane code of {@link #lane} is repeated inline for the same
     * reason.
     */
    @SuppressWarnings("ShortCircuitBoolean") // window tests without branches, in the hot loop, on purpose
    private void records(int[] factors, int[] groups, double[] amounts, int fixedFactor, int fixedGroup, int from,
            int to) {
        final double[] kg = this.kg;
        final double[] ratio = this.ratio;
        final double[] gwpOf = this.gwpOf;
        final int[] laneOf = this.laneOf;
        final int[] first = this.first;
        final int stride = this.stride;
        for (int r = from; r < to; r++) {
            int f = factors == null ? fixedFactor : factors[r];
            int g = groups == null ? fixedGroup : groups[r];
            if (f < 0 || f >= factorCount || g < 0 || g >= groupCount) {
                throw new IndexOutOfBoundsException("record " + r + ": factor " + f + " of " + factorCount + ", group "
                        + g + " of " + groupCount);
            }
            double amount = amounts[r];
            int lo = first[f];
            int hi = first[f + 1];
            int lanes = g * stride;
            if (hi - lo != 3) {
                slowRecord(r, f, lanes, amount);
                continue;
            }
            // the usual CO2, CH4 and N2O, straight-line: the same operations as PricedFactor.massKg and co2eKg
            double c = amount * ratio[lo];
            double m0 = c * kg[lo];
            double m1 = c * kg[lo + 1];
            double m2 = c * kg[lo + 2];
            double co2e = CorrectlyRounded.dot3(m0, gwpOf[lo], m1, gwpOf[lo + 1], m2, gwpOf[lo + 2]);
            final double[] ls = this.lanes;
            int a0 = (lanes + laneOf[lo]) * LANE;
            int a1 = (lanes + laneOf[lo + 1]) * LANE;
            int a2 = (lanes + laneOf[lo + 2]) * LANE;
            int a3 = lanes * LANE;
            // a non-finite CO2e is never in a window, so this test also routes it to slowRecord's error
            if (!(inWindow(ls[a0 + 2], m0) & inWindow(ls[a1 + 2], m1) & inWindow(ls[a2 + 2], m2)
                    & inWindow(ls[a3 + 2], co2e))) {
                slowRecord(r, f, lanes, amount);
                continue;
            }
            extract(ls, a0, m0);
            extract(ls, a1, m1);
            extract(ls, a2, m2);
            extract(ls, a3, co2e);
            used[a0 / LANE] = true;
            used[a1 / LANE] = true;
            used[a2 / LANE] = true;
            used[a3 / LANE] = true;
            if ((++records[g] & FLUSH_MASK) == 0) {
                flush(g);
            }
        }
    }

    /**
     * Places the σ of each unset lane of a run from the largest value the run gives it, rather
     * than from its first value, so that later values of similar size rarely move it.
     */
    private void placeFromRun(int g, int k, int stop, int pat) {
        final int[] sf = bucketLo;
        final double[] sa = bucketAmount;
        double maxA = 0, maxB = 0, maxC = 0, maxE = 0;
        for (int j = k; j < stop && patternAt[sf[j]] == pat; j++) {
            int lo = sf[j];
            double amount = sa[j] * ratio[lo];
            double m0 = amount * kg[lo];
            double m1 = amount * kg[lo + 1];
            double m2 = amount * kg[lo + 2];
            double co2e = CorrectlyRounded.dot3(m0, gwpOf[lo], m1, gwpOf[lo + 1], m2, gwpOf[lo + 2]);
            maxA = Math.max(maxA, Math.abs(m0));
            maxB = Math.max(maxB, Math.abs(m1));
            maxC = Math.max(maxC, Math.abs(m2));
            maxE = Math.max(maxE, Math.abs(co2e));
        }
        int lanes = g * stride;
        place(lanes + (pat & 0xff), maxA);
        place(lanes + (pat >>> 8 & 0xff), maxB);
        place(lanes + (pat >>> 16), maxC);
        place(lanes + CO2E, maxE);
    }

    /** Places an unset lane's σ for a largest value (not added), if it is normal and coverable. */
    private void place(int lane, double max) {
        int at = lane * LANE;
        int k = Math.getExponent(max) + 14 + HEADROOM;
        if (lanes[at + 2] == UNSET && max >= Double.MIN_NORMAL && k <= Double.MAX_EXPONENT
                && k - 41 >= Double.MIN_EXPONENT) {
            lanes[at + 2] = Math.scalb(1.0, k);
        }
    }

    /**
     * Tests whether σ·2^-41 <= |x| <= σ·2^-13, the window in which x is added on the fast route.
     * Both bounds are exact doubles (σ is a power of two, placed so that both are normal); an
     * unset σ (negative) fails every value, as do zero, NaN and the infinities.
     */
    @SuppressWarnings("ShortCircuitBoolean") // a window test without branches, in the hot loop, on purpose
    private static boolean inWindow(double sigma, double x) {
        double ax = Math.abs(x);
        return ax >= sigma * 0x1p-41 & ax <= sigma * 0x1p-13;
    }

    private static void extract(double[] lanes, int at, double x) {
        double sigma = lanes[at + 2];
        double q1 = (sigma + x) - sigma;
        lanes[at] += q1;
        lanes[at + 1] += x - q1;
    }

    /** A record with a value outside its lane's window, or with other than three gases. */
    private void slowRecord(int r, int f, int lanes, double amount) {
        int lo = first[f];
        int hi = first[f + 1];
        double[] masses = new double[hi - lo];
        double[] gwps = new double[hi - lo];
        // as EmissionCalculator.calculate: a non-zero amount whose canonical amount is not a normal double
        double canonical = hi > lo ? amount * ratio[lo] : amount;
        boolean underflow = amount != 0 && !(Math.abs(canonical) >= Double.MIN_NORMAL);
        for (int i = lo; i < hi; i++) {
            masses[i - lo] = (amount * ratio[i]) * kg[i];
            gwps[i - lo] = gwpOf[i];
            underflow |= amount != 0 && kg[i] != 0 && Math.abs(masses[i - lo]) < Double.MIN_NORMAL;
        }
        double co2e = CorrectlyRounded.dot(masses, gwps, masses.length);
        if (!Double.isFinite(co2e) || underflow) {
            // an infinite mass makes the CO2e infinite or NaN, so this one test covers every value
            throw new IllegalArgumentException("record " + r + ": the emissions of " + amount + " "
                    + factors[f].unit().symbol() + " of " + factors[f].type().id() + " are out of the range of a"
                    + " double (EmissionCalculator.calculate rejects such a record)");
        }
        for (int i = lo; i < hi; i++) {
            lane(lanes + laneOf[i], masses[i - lo]);
        }
        lane(lanes + CO2E, co2e);
        int g = lanes / stride;
        if ((++records[g] & FLUSH_MASK) == 0) {
            flush(g);
        }
    }

    private void lane(int lane, double x) {
        used[lane] = true;
        int at = lane * LANE;
        double sigma = lanes[at + 2];
        if (inWindow(sigma, x)) {
            // ExtractScalar (Rump, Ogita, Oishi 2008, Lemma 3.3): q1 is a multiple of σ·2^-53 with
            // |q1| <= σ·2^-13 and r1 = x − q1 exactly, |r1| <= σ·2^-53. In the window x, hence r1,
            // is a multiple of σ·2^-93, so 2^13 of each sum exactly in one double.
            double q1 = (sigma + x) - sigma;
            lanes[at] += q1;
            lanes[at + 1] += x - q1;
        } else {
            outsideWindow(lane, x);
        }
    }

    private void outsideWindow(int lane, double x) {
        int at = lane * LANE;
        double sigma = lanes[at + 2];
        int e = Math.getExponent(x);
        if (x != 0 && sigma != EXACT_ONLY && (sigma == UNSET || e >= Math.getExponent(sigma) - 13)) {
            // Place σ (again) for a value above the window, or the lane's first: the window then
            // spans 2^HEADROOM times above it to about 2^(HEADROOM − 27) below. The level sums are
            // multiples of the old σ's grid, so they move to the ExactSum first.
            int k = e + 14 + HEADROOM;
            if (k <= Double.MAX_EXPONENT && k - 41 >= Double.MIN_EXPONENT) {
                if (sigma != UNSET) {
                    flushLane(lane);
                }
                lanes[at + 2] = Math.scalb(1.0, k);
                lane(lane, x);
                return;
            }
            if (sigma == UNSET) {
                lanes[at + 2] = EXACT_ONLY;
            }
        }
        // zero, subnormal, below the window, or beyond what a σ can cover: exact, slower
        sum(lane).add(x);
    }

    private boolean present(int lane) {
        return used[lane] || sums[lane] != null;
    }

    private ExactSum sum(int lane) {
        ExactSum s = sums[lane];
        if (s == null) {
            s = new ExactSum();
            sums[lane] = s;
        }
        return s;
    }

    private void flush(int g) {
        for (int lane = g * stride; lane < (g + 1) * stride; lane++) {
            flushLane(lane);
        }
    }

    private void flushLane(int lane) {
        int at = lane * LANE;
        for (int level = 0; level < 2; level++) {
            double v = lanes[at + level];
            if (v != 0) {
                sum(lane).add(v);
                lanes[at + level] = 0;
            }
        }
    }

    private int slot(Gas gas) {
        Integer s = gasSlot.get(gas);
        if (s != null) {
            return s;
        }
        int slot = slotGas.size();
        slotGas.add(gas);
        gasSlot.put(gas, slot);
        resizeLanes(keys.length, slot + 1);
        return slot;
    }

    private void resizeLanes(int groupCapacity, int newStride) {
        double[] l = new double[groupCapacity * newStride * LANE];
        ExactSum[] s = new ExactSum[groupCapacity * newStride];
        boolean[] u = new boolean[groupCapacity * newStride];
        markUnset(l, 0);
        for (int g = 0; g < groupCount; g++) {
            System.arraycopy(lanes, g * stride * LANE, l, g * newStride * LANE, stride * LANE);
            System.arraycopy(sums, g * stride, s, g * newStride, stride);
            System.arraycopy(used, g * stride, u, g * newStride, stride);
        }
        lanes = l;
        sums = s;
        used = u;
        stride = newStride;
    }

    /**
     * Empties this inventory, keeping its registered factors and groups: the indices given out
     * stay valid, so a stream can be cut into periods (an hour, a shift) without registering its
     * columns again. The lanes keep their extraction constants σ (they are only scales, placed
     * from the values seen so far), so the next period does not place them again.
     */
    public void clear() {
        for (int at = 0; at < lanes.length; at += LANE) {
            lanes[at] = 0;
            lanes[at + 1] = 0;
        }
        Arrays.fill(sums, null);
        Arrays.fill(used, false);
        Arrays.fill(records, 0);
    }

    /** @return the number of records added */
    public long records() {
        long n = 0;
        for (int g = 0; g < groupCount; g++) {
            n += records[g];
        }
        return n;
    }

    /**
     * Adds another batch inventory into this one, exactly; the other is unchanged in value.
     *
     * @param other the batch inventory to add
     * @return this batch inventory
     * @throws IllegalArgumentException if the GWP sets differ
     */
    public BatchInventory merge(BatchInventory other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("cannot merge a batch inventory into itself");
        }
        if (other.gwp != null) {
            if (gwp == null) {
                gwp = other.gwp;
            } else if (!gwp.equals(other.gwp)) {
                throw new IllegalArgumentException("cannot merge a batch inventory under GWP set " + other.gwp
                        + " into one under " + gwp);
            }
        }
        for (int og = 0; og < other.groupCount; og++) {
            other.flush(og);
            int g = group(other.keys[og]);
            flush(g);
            for (int os = 0; os < other.stride; os++) {
                int ol = og * other.stride + os;
                if (!other.present(ol)) {
                    continue;
                }
                int s = os < 2 ? os : slot(other.slotGas.get(os));
                ExactSum mine = sum(g * stride + s);
                if (other.sums[ol] != null) {
                    mine.merge(other.sums[ol]);
                }
            }
            records[g] += other.records[og];
        }
        return this;
    }

    /**
     * Adds the totals to an inventory, exactly, as if each record had been added to it.
     *
     * @param inventory the inventory to add to
     * @return the inventory
     * @throws IllegalArgumentException if its GWP set differs
     */
    public Inventory addTo(Inventory inventory) {
        Objects.requireNonNull(inventory, "inventory");
        for (int g = 0; g < groupCount; g++) {
            flush(g);
            if (records[g] == 0) {
                continue;
            }
            Map<Gas, ExactSum> gases = new LinkedHashMap<>();
            for (int s = 2; s < stride; s++) {
                int lane = g * stride + s;
                if (present(lane)) {
                    gases.put(slotGas.get(s), copy(sums[lane]));
                }
            }
            inventory.addSums(keys[g], gwp, records[g], copy(sums[g * stride + CO2E]),
                    copy(sums[g * stride + BIOGENIC]), gases);
        }
        return inventory;
    }

    private static ExactSum copy(ExactSum s) {
        ExactSum c = new ExactSum();
        if (s != null) {
            c.merge(s);
        }
        return c;
    }

    /** @return a new inventory with these totals, identical to one built record by record */
    public Inventory toInventory() {
        return addTo(new Inventory());
    }

    /** @return the totals of every record, each rounded once from its exact sum */
    public EmissionTotals totals() {
        return toInventory().totals();
    }
}
