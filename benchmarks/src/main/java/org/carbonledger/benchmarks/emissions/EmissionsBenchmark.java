package org.carbonledger.benchmarks.emissions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.carbonledger.activity.Activity;
import org.carbonledger.batch.BatchCalculator;
import org.carbonledger.batch.BatchInventory;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;
import org.carbonledger.inventory.PricedFactor;
import org.carbonledger.quantity.CarbonUnits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.units.indriya.quantity.Quantities;

/**
 * Emissions of N records (activity × factor → per-gas masses and CO2e, summed by group), per
 * record, four ways (docs/design.md §7):
 * <ul>
 *   <li>{@code plain}: the limit: a {@code double[]} loop doing the same multiply-adds into the
 *       same groups (an {@code int} key into a {@code double[]}), rounding at every addition;</li>
 *   <li>{@code batch}: {@link BatchInventory#addColumns}: the same expression per record, summed exactly;</li>
 *   <li>{@code record}: {@code EmissionCalculator.calculate} + {@code Inventory.add} per record;</li>
 *   <li>{@code indriya}: JSR 385 {@code Quantity} arithmetic per record (the naive baseline).</li>
 * </ul>
 * Inputs are built in {@code @Setup}; factors are priced and groups keyed there, as a columnar
 * source would deliver them (the batch inventory registers them there too, as the plain loop's
 * arrays are laid out there); each invocation starts from an empty accumulator
 * ({@link BatchInventory#clear}, which keeps the registrations).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EmissionsBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EmissionsBenchmark {
    /** Records per invocation. */
    public static final int N = 100_000;

    @Param({"plain", "batch", "record", "indriya"})
    public String impl;

    /** Sites: groups are up to sites × 2 processes × 12 months × 6 activities. */
    @Param({"4"})
    public int sites;

    private List<Activity> activities;
    private EmissionCalculator calculator;
    private PricedFactor[] priced;
    private InventoryKey[] keys;
    private BatchInventory inventory;
    private int[] factor;
    private int[] group;
    private double[] amount;
    // plain
    private double[] kg;
    private double[] gwp;
    private int[] slot;
    // indriya
    private Quantity<?>[][] rates;
    private Unit<?>[] units;

    /** Builds the columns. */
    @Setup
    public void setup() {
        calculator = Ledgers.calculator();
        activities = Ledgers.generate(N, sites, 42);
        Map<PricedFactor, Integer> factors = new HashMap<>();
        Map<InventoryKey, Integer> groups = new HashMap<>();
        List<PricedFactor> fs = new ArrayList<>();
        List<InventoryKey> ks = new ArrayList<>();
        factor = new int[N];
        group = new int[N];
        amount = new double[N];
        for (int r = 0; r < N; r++) {
            Activity a = activities.get(r);
            PricedFactor p = calculator.price(a);
            InventoryKey k = BatchCalculator.key(a, p);
            factor[r] = factors.computeIfAbsent(p, x -> {
                fs.add(x);
                return fs.size() - 1;
            });
            group[r] = groups.computeIfAbsent(k, x -> {
                ks.add(x);
                return ks.size() - 1;
            });
            amount[r] = a.amount();
        }
        priced = fs.toArray(new PricedFactor[0]);
        keys = ks.toArray(new InventoryKey[0]);
        inventory = new BatchInventory();
        for (PricedFactor p : priced) {
            inventory.factor(p);
        }
        for (InventoryKey k : keys) {
            inventory.group(k);
        }
        kg = new double[priced.length * 3];
        gwp = new double[priced.length * 3];
        slot = new int[priced.length * 3];
        rates = new Quantity<?>[priced.length][3];
        units = new Unit<?>[priced.length];
        for (int f = 0; f < priced.length; f++) {
            PricedFactor p = priced[f];
            if (p.gasCount() != 3) {
                throw new IllegalStateException("expected CO2, CH4 and N2O: " + p.factor().why());
            }
            units[f] = p.unit().unit();
            for (int i = 0; i < 3; i++) {
                kg[f * 3 + i] = p.unitRatio() * p.multiplier(i);
                gwp[f * 3 + i] = p.isBiogenic(i) ? 0 : p.gwpValue(i).value();
                slot[f * 3 + i] = p.isBiogenic(i) ? 4 : i;
                // kg per unit of the record's unit, as a quantity: kg / unit
                rates[f][i] = Quantities.getQuantity(p.unitRatio() * p.multiplier(i), CarbonUnits.KILOGRAM.divide(units[f]));
            }
        }
    }

    /** @return the groups' sums, kg CO2e, kg per gas */
    @Benchmark
    @OperationsPerInvocation(N)
    public Object emissions() {
        return switch (impl) {
            case "plain" -> plain();
            case "batch" -> batch();
            case "record" -> record();
            case "indriya" -> indriya();
            default -> throw new IllegalArgumentException(impl);
        };
    }

    private double[] plain() {
        // slots per group: CO2, CH4, N2O, CO2e, biogenic CO2
        double[] sums = new double[keys.length * 5];
        int[] factor = this.factor;
        int[] group = this.group;
        double[] amount = this.amount;
        double[] kg = this.kg;
        double[] gwp = this.gwp;
        int[] slot = this.slot;
        for (int r = 0; r < N; r++) {
            int f = factor[r] * 3;
            int g = group[r] * 5;
            double a = amount[r];
            double co2e = 0;
            for (int i = 0; i < 3; i++) {
                double m = a * kg[f + i];
                sums[g + slot[f + i]] += m;
                co2e += m * gwp[f + i];
            }
            sums[g + 3] += co2e;
        }
        return sums;
    }

    private BatchInventory batch() {
        // emptied, its columns registered in setup as the plain loop's are: the indices stay valid
        inventory.clear();
        inventory.addColumns(factor, group, amount, 0, N);
        return inventory;
    }

    private Inventory record() {
        Inventory inv = new Inventory();
        for (Activity a : activities) {
            inv.add(calculator.calculate(a));
        }
        return inv;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Quantity<?>[] indriya() {
        Quantity[] sums = new Quantity[keys.length * 5];
        Quantity zero = Quantities.getQuantity(0, CarbonUnits.KILOGRAM);
        java.util.Arrays.fill(sums, zero);
        for (int r = 0; r < N; r++) {
            int f = factor[r];
            int g = group[r] * 5;
            Quantity q = Quantities.getQuantity(amount[r], units[f]);
            Quantity co2e = zero;
            for (int i = 0; i < 3; i++) {
                Quantity m = q.multiply(rates[f][i]).asType(javax.measure.quantity.Mass.class)
                        .to(CarbonUnits.KILOGRAM);
                sums[g + slot[f * 3 + i]] = sums[g + slot[f * 3 + i]].add(m);
                co2e = co2e.add(m.multiply(gwp[f * 3 + i]));
            }
            sums[g + 3] = sums[g + 3].add(co2e);
        }
        return sums;
    }
}
