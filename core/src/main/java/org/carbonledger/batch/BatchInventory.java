package org.carbonledger.batch;

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
 * ({@code EmissionCalculator.calculate}) evaluates. They are summed exactly, so
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
 * Each (group, quantity) pair, where a quantity is CO2e, biogenic CO2 or one gas, is a lane. A
 * lane keeps a window of 32 consecutive binades (double exponents) and, per binade, a
 * {@code long} in which it adds the signed 53-bit significands of the values of that binade: an
 * integer addition, which cannot round. Every 1,024 records of a group (2^10 × 2^53 &lt; 2^63, so
 * no long can overflow) the longs are added, each scaled by its binade's weight, to an
 * {@link ExactSum} with {@link ExactSum#addScaled}, and cleared. A value outside the window
 * (zero, a subnormal, a magnitude more than about 2^±16 from the lane's first value) is added to
 * the {@code ExactSum} directly. Both routes are exact, so the total is the exact sum of the
 * values, rounded once when read (after Neal 2015, "Fast exact summation using small and large
 * superaccumulators", arXiv:1505.05571, whose "large superaccumulator" this is, restricted to
 * a window so that a group costs a few kilobytes, not 4,096 longs per quantity).
 *
 * <p>Memory grows with the number of groups and factors, never with the number of records.
 * Mutable and not thread-safe: give each thread its own and {@link #merge} them (exactly). Not
 * serializable, because it refers to priced factors; {@link #toInventory()} is the serializable
 * state for stream processors.
 */
public final class BatchInventory {
    /** Binades per lane window. */
    static final int WINDOW = 32;
    private static final int WINDOW_SHIFT = 5;
    /** Records of a group between flushes: 2^10 significands of 2^53 stay below 2^63. */
    private static final int FLUSH_MASK = (1 << 10) - 1;
    private static final int UNSET = Integer.MIN_VALUE;
    private static final long SIGNIFICAND = 0x000F_FFFF_FFFF_FFFFL;
    private static final long IMPLICIT = 1L << 52;
    private static final int CO2E = 0;
    private static final int BIOGENIC = 1;

    private String gwp;

    private final Map<PricedFactor, Integer> factorIndex = new IdentityHashMap<>();
    private PricedFactor[] factors = new PricedFactor[8];
    private int[][] slotsOf = new int[8][];
    private double[][] scratch = new double[8][];
    private int factorCount;

    private final Map<InventoryKey, Integer> groupIndex = new HashMap<>();
    private InventoryKey[] keys = new InventoryKey[16];
    private long[] records = new long[16];
    private int groupCount;

    /** Lane slots: 0 CO2e, 1 biogenic CO2, then one per gas id. */
    private final List<Gas> slotGas = new ArrayList<>(List.of(Gas.CO2, Gas.CO2, Gas.CO2, Gas.CH4, Gas.N2O));
    private final Map<Gas, Integer> gasSlot = new HashMap<>(Map.of(Gas.CO2, 2, Gas.CH4, 3, Gas.N2O, 4));
    private int stride = 5;

    private int[] base = new int[16 * 5];
    private long[] chunks = new long[16 * 5 * WINDOW];
    private ExactSum[] sums = new ExactSum[16 * 5];

    /** Creates an empty batch inventory; its GWP set is fixed by the first factor registered. */
    public BatchInventory() {
        Arrays.fill(base, UNSET);
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
        int[] slots = new int[n];
        for (int g = 0; g < n; g++) {
            slots[g] = priced.isBiogenic(g) ? BIOGENIC : slot(priced.gas(g));
        }
        if (factorCount == factors.length) {
            int cap = factorCount * 2;
            factors = Arrays.copyOf(factors, cap);
            slotsOf = Arrays.copyOf(slotsOf, cap);
            scratch = Arrays.copyOf(scratch, cap);
        }
        factors[factorCount] = priced;
        slotsOf[factorCount] = slots;
        scratch[factorCount] = new double[n];
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
        Objects.checkIndex(factor, factorCount);
        Objects.checkIndex(group, groupCount);
        record(factor, group, amount);
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
        for (int r = from; r < to; r++) {
            int f = factors[r];
            int g = groups[r];
            Objects.checkIndex(f, factorCount);
            Objects.checkIndex(g, groupCount);
            record(f, g, amounts[r]);
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
        Objects.checkIndex(factor, factorCount);
        Objects.checkIndex(group, groupCount);
        Objects.checkFromToIndex(from, to, amounts.length);
        for (int r = from; r < to; r++) {
            record(factor, group, amounts[r]);
        }
    }

    private void record(int f, int g, double amount) {
        PricedFactor p = factors[f];
        double[] masses = scratch[f];
        int[] slots = slotsOf[f];
        for (int i = 0; i < masses.length; i++) {
            masses[i] = p.massKg(amount, i);
        }
        double co2e = p.co2eKg(masses);
        if (!Double.isFinite(co2e)) {
            // an infinite mass makes the CO2e infinite or NaN, so this one test covers every value
            throw new IllegalArgumentException("the emissions of an amount of " + amount + " " + p.unit().symbol()
                    + " of " + p.type().id() + " exceed the range of double");
        }
        int lanes = g * stride;
        for (int i = 0; i < masses.length; i++) {
            lane(lanes + slots[i], masses[i]);
        }
        lane(lanes + CO2E, co2e);
        if ((++records[g] & FLUSH_MASK) == 0) {
            flush(g);
        }
    }

    private void lane(int lane, double x) {
        long bits = Double.doubleToRawLongBits(x);
        int idx = ((int) (bits >>> 52) & 0x7FF) - base[lane];
        if ((idx & -WINDOW) == 0) {
            long sign = bits >> 63;
            long m = (bits & SIGNIFICAND) | IMPLICIT;
            chunks[(lane << WINDOW_SHIFT) + idx] += (m ^ sign) - sign;
        } else {
            outsideWindow(lane, x, bits);
        }
    }

    private void outsideWindow(int lane, double x, long bits) {
        int biased = (int) (bits >>> 52) & 0x7FF;
        if (base[lane] == UNSET) {
            // The lane's first value places its window; zero, subnormals and non-finite values never
            // enter a window, so the window is within the normal binades 1..2046.
            int b = biased == 0 || biased == 0x7FF ? 1024 - WINDOW / 2 : biased - WINDOW / 2;
            base[lane] = Math.max(1, Math.min(b, 2046 - WINDOW + 1));
            if (biased != 0 && biased != 0x7FF) {
                lane(lane, x);
                return;
            }
        }
        sum(lane).add(x);
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
            if (base[lane] == UNSET) {
                continue;
            }
            int at = lane << WINDOW_SHIFT;
            for (int i = 0; i < WINDOW; i++) {
                long c = chunks[at + i];
                if (c != 0) {
                    // biased exponent e weighs its significand's lowest bit 2^(e − 1075)
                    sum(lane).addScaled(c, base[lane] + i - 1075, 0);
                    chunks[at + i] = 0;
                }
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
        int[] b = new int[groupCapacity * newStride];
        long[] c = new long[groupCapacity * newStride * WINDOW];
        ExactSum[] s = new ExactSum[groupCapacity * newStride];
        Arrays.fill(b, UNSET);
        for (int g = 0; g < groupCount; g++) {
            System.arraycopy(base, g * stride, b, g * newStride, stride);
            System.arraycopy(chunks, g * stride * WINDOW, c, g * newStride * WINDOW, stride * WINDOW);
            System.arraycopy(sums, g * stride, s, g * newStride, stride);
        }
        base = b;
        chunks = c;
        sums = s;
        stride = newStride;
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
                if (other.base[ol] == UNSET) {
                    continue;
                }
                int s = os < 2 ? os : slot(other.slotGas.get(os));
                int lane = g * stride + s;
                if (base[lane] == UNSET) {
                    base[lane] = other.base[ol];
                }
                if (other.sums[ol] != null) {
                    sum(lane).merge(other.sums[ol]);
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
                if (base[lane] != UNSET) {
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
