package org.carbonledger.batch;

import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.Scope;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.inventory.InventoryKey;
import org.carbonledger.inventory.PricedFactor;

/**
 * Streams activity records of any number through the batch path, in bounded memory.
 *
 * <p>Each record is priced with the shared {@link EmissionCalculator} (resolution and unit
 * checks are cached per distinct activity, region, period, sector, basis and unit) and added to a
 * {@link BatchInventory} as a (factor, group, amount) triple. Memory grows with the number of
 * distinct factors and groups, never with the number of records. The totals are identical, to the
 * last bit, to {@code EmissionCalculator.calculate} followed by {@code Inventory.add} for each
 * record, whatever the order of the records or the number of threads.
 *
 * <pre>{@code
 * BatchCalculator batch = new BatchCalculator(calculator);
 * BatchInventory one = batch.inventory(activities.iterator());           // sequential
 * BatchInventory all = batch.inventory(activities.parallelStream());     // threads, merged exactly
 * Inventory inventory = all.toInventory();
 * }</pre>
 *
 * <p>Thread-safe: share one between threads (each thread adds to its own {@link BatchInventory}).
 */
public final class BatchCalculator {
    private final EmissionCalculator calculator;

    /**
     * Creates a batch calculator.
     *
     * @param calculator the record calculator whose factors and settings it uses
     */
    public BatchCalculator(EmissionCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /** @return the record calculator this uses */
    public EmissionCalculator calculator() {
        return calculator;
    }

    /** @return a new, empty batch inventory, for one thread's share of the records */
    public BatchInventory newInventory() {
        return new BatchInventory();
    }

    /**
     * Prices one record and adds it to a batch inventory, grouped as the record path groups it
     * ({@link InventoryKey}: scope, site, process, period, activity).
     *
     * @param into the batch inventory, owned by the calling thread
     * @param activity the record
     * @throws org.carbonledger.inventory.UnknownActivityException if no provider defines the activity id
     * @throws org.carbonledger.factor.FactorNotFoundException if no table in the chain can price it
     * @throws org.carbonledger.factor.AmbiguousFactorException if the winning table has two equal candidates
     * @throws org.carbonledger.ghg.UnavailableGwpException if the GWP set lacks a gas it emits
     * @throws IllegalArgumentException if its emissions exceed the range of double
     */
    public void add(BatchInventory into, Activity activity) {
        PricedFactor p = calculator.price(activity);
        into.add(into.factor(p), into.group(key(activity, p)), activity.amount());
    }

    /**
     * Prices a meter: resolves its factor once, for all its readings.
     *
     * @param meter the meter
     * @return the priced factor, for {@link BatchInventory#factor}
     * @throws org.carbonledger.RowFaultException if it cannot be priced (unknown activity, no factor ...)
     */
    public PricedFactor price(Meter meter) {
        return calculator.price(meter.reading(0));
    }

    /**
     * Computes the group of a meter's readings: the key the record path gives each of them.
     *
     * @param meter the meter
     * @return the key, for {@link BatchInventory#group}
     */
    public InventoryKey key(Meter meter) {
        return key(meter.reading(0), price(meter));
    }

    /**
     * Computes the key the record path gives a record.
     *
     * @param activity the record
     * @param priced its factor
     * @return the key
     */
    public static InventoryKey key(Activity activity, PricedFactor priced) {
        Scope scope = activity.scope() != null ? activity.scope() : priced.type().scope();
        return new InventoryKey(scope, activity.site(), activity.process(),
                activity.period() == null ? "" : activity.period().text(), activity.activity().id());
    }

    /**
     * Streams records into a new batch inventory, one at a time.
     *
     * @param activities the records, of any number
     * @return their inventory
     * @throws RuntimeException as {@link #add} does, on the first record that cannot be priced
     */
    public BatchInventory inventory(Iterator<? extends Activity> activities) {
        BatchInventory inv = newInventory();
        while (activities.hasNext()) {
            add(inv, activities.next());
        }
        return inv;
    }

    /**
     * Collects a stream of records, in parallel if the stream is parallel: each thread fills its
     * own batch inventory and they are merged exactly, so the totals do not depend on the number
     * of threads or on how the stream was split.
     *
     * @param activities the records, of any number
     * @return their inventory
     * @throws RuntimeException as {@link #add} does, on a record that cannot be priced
     */
    public BatchInventory inventory(Stream<? extends Activity> activities) {
        return activities.collect(this::newInventory, this::add, BatchInventory::merge);
    }
}
