package org.carbonledger.examples.batch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.batch.BatchCalculator;
import org.carbonledger.batch.BatchInventory;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.PricedFactor;
import org.carbonledger.quantity.UnitParser;

/**
 * Streams 100 million generated meter readings through the batch path in bounded memory
 * (docs/design.md §7: run it with {@code -Xmx256m}), then prints the totals and the time taken.
 *
 * <p>Two ways in, with the same totals for the same records:
 * <ul>
 *   <li>{@code columns} (default): readings arrive as columns (factor, group, amount) in blocks
 *       of 64 Ki, as from an MES or a columnar file; each distinct factor is priced, and its
 *       unit checked, once;</li>
 *   <li>{@code activities}: readings arrive as {@link Activity} objects from an iterator, one at
 *       a time, through {@link BatchCalculator#inventory(Iterator)} (each one priced through
 *       the calculator's cache: slower, still bounded).</li>
 * </ul>
 * Not part of the default test run (it takes about a minute). From the repository root, after
 * {@code mvn -q install -DskipTests}:
 * <pre>
 * java -Xmx256m -cp "examples/target/classes:$(cat /tmp/cp.txt)" \
 *     org.carbonledger.examples.batch.StreamHundredMillion 100000000 columns
 * </pre>
 * (with the class path from {@code mvn -q -pl examples dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}).
 */
public final class StreamHundredMillion {
    private static final String[] ACTIVITIES = {"fuel/natural_gas", "fuel/gas_diesel_oil", "fuel/lpg",
        "fuel/other_bituminous_coal", "fuel/residual_fuel_oil", "fuel/wood_wood_waste"};
    private static final int BLOCK = 1 << 16;
    /** Time spent in addColumns, apart from making the readings up. */
    private static long adding;

    private StreamHundredMillion() {
    }

    /**
     * Runs the example.
     *
     * @param args record count (default 100,000,000) and way in ({@code columns} or {@code activities})
     */
    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000_000L;
        String mode = args.length > 1 ? args[1] : "columns";
        run(n, mode, System.out);
    }

    /**
     * Streams {@code n} generated records and prints the totals.
     *
     * @param n how many records
     * @param mode {@code columns} or {@code activities}
     * @param out where to print
     * @return the inventory
     */
    public static Inventory run(long n, String mode, PrintStream out) {
        FactorRegistry registry = FactorRegistry.discover();
        EmissionCalculator calculator = new EmissionCalculator(
                CalculationSettings.of(registry, BuiltInTables.defaultChain(registry)));
        BatchCalculator batch = new BatchCalculator(calculator);
        long start = System.nanoTime();
        BatchInventory inv = switch (mode) {
            case "columns" -> columns(batch, n);
            case "activities" -> batch.inventory(new Readings(n, 1));
            default -> throw new IllegalArgumentException("mode must be columns or activities: " + mode);
        };
        Inventory inventory = inv.toInventory();
        EmissionTotals t = inventory.totals();
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        out.printf("%,d records (%s) in %.1f s: %.1f million records/s; %d groups; max heap %d MB%n", t.records(),
                mode, seconds, t.records() / seconds / 1e6, inv.groupCount(), rt.maxMemory() >> 20);
        if (mode.equals("columns")) {
            out.printf("of which adding the columns to the inventory: %.1f s (%.1f ns per record); the rest makes"
                    + " the readings up%n", adding / 1e9, (double) adding / t.records());
        }
        out.println("CO2e " + t.co2eKg() + " kg; gases " + t.gasesKg() + "; biogenic CO2 " + t.biogenicCo2Kg() + " kg");
        return inventory;
    }

    private static BatchInventory columns(BatchCalculator batch, long n) {
        BatchInventory inv = batch.newInventory();
        // One sample record per (activity, unit) prices the column's factor once; groups are the keys
        // the record path would give (site, process, month, activity; scope 1).
        Readings sample = new Readings(0, 1);
        List<int[]> factorsByActivity = new ArrayList<>();
        for (int a = 0; a < ACTIVITIES.length; a++) {
            String[] units = a == 0 ? new String[] {"GJ", "MJ", "kWh"} : new String[] {"t", "kg"};
            int[] fs = new int[units.length];
            for (int u = 0; u < units.length; u++) {
                fs[u] = inv.factor(batch.calculator().price(sample.make(a, u, 0, 0, 0, 1)));
            }
            factorsByActivity.add(fs);
        }
        int[][][][] groups = new int[ACTIVITIES.length][4][2][12];
        for (int a = 0; a < ACTIVITIES.length; a++) {
            for (int s = 0; s < 4; s++) {
                for (int p = 0; p < 2; p++) {
                    for (int m = 0; m < 12; m++) {
                        Activity x = sample.make(a, 0, s, p, m, 1);
                        PricedFactor pf = batch.calculator().price(x);
                        groups[a][s][p][m] = inv.group(BatchCalculator.key(x, pf));
                    }
                }
            }
        }
        SplittableRandom random = new SplittableRandom(1);
        int[] factor = new int[BLOCK];
        int[] group = new int[BLOCK];
        double[] amount = new double[BLOCK];
        for (long done = 0; done < n; ) {
            int size = (int) Math.min(BLOCK, n - done);
            for (int r = 0; r < size; r++) {
                int a = random.nextInt(ACTIVITIES.length);
                int[] fs = factorsByActivity.get(a);
                factor[r] = fs[random.nextInt(fs.length)];
                group[r] = groups[a][random.nextInt(4)][random.nextInt(2)][random.nextInt(12)];
                amount[r] = random.nextInt(1_000_000) / 1000.0;
            }
            long t0 = System.nanoTime();
            inv.addColumns(factor, group, amount, 0, size);
            adding += System.nanoTime() - t0;
            done += size;
        }
        return inv;
    }

    /** Generated readings, made one at a time: nothing is held but the current one. */
    private static final class Readings implements Iterator<Activity> {
        private final UnitParser units = UnitParser.standard();
        private final SplittableRandom random;
        private final Period[] months = new Period[12];
        private final long n;
        private long made;

        Readings(long n, long seed) {
            this.n = n;
            this.random = new SplittableRandom(seed);
            for (int m = 0; m < 12; m++) {
                months[m] = Period.parse(String.format("2024-%02d", m + 1));
            }
        }

        Activity make(int a, int unit, int site, int process, int month, double amount) {
            String u = a == 0 ? new String[] {"GJ", "MJ", "kWh"}[unit] : new String[] {"t", "kg"}[unit];
            return Activity.builder(ActivityId.of(ACTIVITIES[a]), amount, units.parse(u)).site("site" + site)
                    .process(process == 0 ? "boilers" : "kilns").period(months[month]).build();
        }

        @Override
        public boolean hasNext() {
            return made < n;
        }

        @Override
        public Activity next() {
            if (made >= n) {
                throw new NoSuchElementException();
            }
            made++;
            int a = random.nextInt(ACTIVITIES.length);
            return make(a, random.nextInt(a == 0 ? 3 : 2), random.nextInt(4), random.nextInt(2), random.nextInt(12),
                    random.nextInt(1_000_000) / 1000.0);
        }
    }
}
