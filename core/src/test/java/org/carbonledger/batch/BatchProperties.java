package org.carbonledger.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.carbonledger.activity.Activity;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.PricedFactor;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the batch path (docs/design.md §3 "mergeable and order-independent"): on generated ledgers
 * it agrees with the record path ({@code EmissionCalculator.calculate} + {@code Inventory.add})
 * bit for bit, merges with record-path inventories, and its totals do not depend on record
 * order, partitioning or thread count. Amounts reach zero, subnormal-making tiny values, huge
 * values and mixed units, so both the binade windows and their exact fallback are exercised.
 */
class BatchProperties {
    private static final EmissionCalculator AR5 = TestLedger.calculator("AR5");
    private static final EmissionCalculator AR6 = TestLedger.calculator("AR6");

    private static Gen<Double> amounts() {
        return doubles().between(0, 1e6)
                .mix(integers().between(0, 3).map(i -> new double[] {0.0, 1e-300, 2.5e-300, 1e-12}[i]), 10)
                .mix(doubles().between(0, 1e250), 10)
                .mix(doubles().fromZeroToOne().map(d -> Math.scalb(d, 40)), 10);
    }

    private static Gen<Activity> activities() {
        return integers().between(0, 3).zip(amounts(), integers().between(0, 9), integers().between(0, 40),
                (which, amount, unit, rest) -> TestLedger.activity(which, amount, unit, rest % 3, rest % 13, rest % 4));
    }

    private static Gen<List<Activity>> ledgers() {
        return lists().of(activities()).ofSizeBetween(0, 300);
    }

    private static Inventory recordPath(EmissionCalculator calc, List<Activity> ledger) {
        Inventory inv = new Inventory();
        ledger.forEach(a -> inv.add(calc.calculate(a)));
        return inv;
    }

    private static BatchInventory batchPath(EmissionCalculator calc, List<Activity> ledger) {
        return new BatchCalculator(calc).inventory(ledger.iterator());
    }

    @Test
    void batchAndRecordPathsAgreeBitForBit() {
        qt().forAll(ledgers(), integers().between(0, 1)).checkAssert((ledger, which) -> {
            EmissionCalculator calc = which == 0 ? AR5 : AR6;
            Inventory expected = recordPath(calc, ledger);
            Inventory actual = batchPath(calc, ledger).toInventory();
            assertEquals(expected.byKey(), actual.byKey());
            assertEquals(expected.totals(), actual.totals());
            assertEquals(expected.records(), actual.records());
            assertEquals(expected.gwp(), actual.gwp());
        });
    }

    @Test
    void batchResultsMergeWithRecordPathInventories() {
        qt().forAll(ledgers(), integers().between(0, 300)).checkAssert((ledger, cut) -> {
            int at = Math.min(cut, ledger.size());
            Inventory mixed = recordPath(AR5, ledger.subList(0, at));
            batchPath(AR5, ledger.subList(at, ledger.size())).addTo(mixed);
            Inventory merged = recordPath(AR5, ledger.subList(at, ledger.size()))
                    .merge(batchPath(AR5, ledger.subList(0, at)).toInventory());
            Inventory expected = recordPath(AR5, ledger);
            assertEquals(expected.byKey(), mixed.byKey());
            assertEquals(expected.byKey(), merged.byKey());
        });
    }

    @Test
    void totalsDoNotDependOnOrderOrPartitioning() {
        qt().forAll(ledgers(), integers().between(1, 8), integers().all()).checkAssert((ledger, parts, seed) -> {
            Inventory whole = batchPath(AR5, ledger).toInventory();
            List<Activity> shuffled = new ArrayList<>(ledger);
            Random random = new Random(seed);
            Collections.shuffle(shuffled, random);
            List<BatchInventory> partials = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                partials.add(new BatchInventory());
            }
            BatchCalculator batch = new BatchCalculator(AR5);
            for (Activity a : shuffled) {
                batch.add(partials.get(random.nextInt(parts)), a);
            }
            Collections.shuffle(partials, random);
            BatchInventory merged = partials.get(0);
            for (int p = 1; p < parts; p++) {
                merged.merge(partials.get(p));
            }
            assertEquals(whole.byKey(), merged.toInventory().byKey());
        });
    }

    @Test
    void totalsDoNotDependOnThreadCount() throws Exception {
        qt().withExamples(50).forAll(ledgers(), integers().between(1, 4)).checkAssert((ledger, threads) -> {
            Inventory expected = recordPath(AR5, ledger);
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                BatchInventory parallel = pool.submit(
                        () -> new BatchCalculator(AR5).inventory(ledger.parallelStream())).join();
                assertEquals(expected.byKey(), parallel.toInventory().byKey());
            } finally {
                pool.shutdown();
            }
        });
    }

    /** Records as the columns {@link BatchInventory#addColumns} takes, priced and keyed as the record path does. */
    private record Columns(int[] factors, int[] groups, double[] amounts) {
        static Columns of(EmissionCalculator calc, BatchInventory into, List<Activity> ledger) {
            int n = ledger.size();
            Columns c = new Columns(new int[n], new int[n], new double[n]);
            for (int r = 0; r < n; r++) {
                Activity a = ledger.get(r);
                PricedFactor p = calc.price(a);
                c.factors[r] = into.factor(p);
                c.groups[r] = into.group(BatchCalculator.key(a, p));
                c.amounts[r] = a.amount();
            }
            return c;
        }

        /** Adds them in slices cut at random places, so that buckets and runs start anywhere. */
        void addTo(BatchInventory inv, Random random) {
            int at = 0;
            while (at < amounts.length) {
                int to = random.nextInt(4) == 0 ? amounts.length : Math.min(amounts.length, at + random.nextInt(2_000));
                inv.addColumns(factors, groups, amounts, at, to);
                at = to;
            }
        }
    }

    /** Long ledgers over few groups: runs of one group longer than the flush cadence (1,024 records). */
    private static Gen<List<Activity>> longLedgers() {
        Gen<Activity> fewGroups = integers().between(0, 3).zip(amounts(), integers().between(0, 9),
                integers().between(0, 1), (which, amount, unit, site) -> TestLedger.activity(which, amount, unit, site,
                        0, 0));
        return lists().of(fewGroups).ofSizeBetween(0, 12_000);
    }

    @Test
    void columnsAgreeWithTheRecordPathBitForBit() {
        qt().withExamples(60).forAll(ledgers().mix(longLedgers(), 30), integers().between(0, 1), integers().all())
                .checkAssert((ledger, which, seed) -> {
                    EmissionCalculator calc = which == 0 ? AR5 : AR6;
                    BatchInventory inv = new BatchInventory();
                    Columns.of(calc, inv, ledger).addTo(inv, new Random(seed));
                    Inventory expected = recordPath(calc, ledger);
                    assertEquals(expected.byKey(), inv.toInventory().byKey());
                    assertEquals(expected.totals(), inv.totals());
                    assertEquals(ledger.size(), inv.records());
                });
    }

    @Test
    void aClearedInventoryEqualsANewOne() {
        qt().withExamples(60).forAll(ledgers().mix(longLedgers(), 20), ledgers(), integers().all())
                .checkAssert((before, after, seed) -> {
                    BatchInventory inv = new BatchInventory();
                    Random random = new Random(seed);
                    Columns.of(AR5, inv, before).addTo(inv, random);
                    inv.clear();
                    assertEquals(0, inv.records());
                    Columns.of(AR5, inv, after).addTo(inv, random);
                    // the groups and gases of the first ledger are not in the second's result
                    assertEquals(recordPath(AR5, after).byKey(), inv.toInventory().byKey());
                });
    }
}
