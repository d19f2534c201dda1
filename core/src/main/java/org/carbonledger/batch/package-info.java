/**
 * The columnar fast path for high volumes (docs/design.md §3, §7): records as columns of factor
 * index, group index and amount, with units checked once per factor rather than per value.
 *
 * <p>{@link org.carbonledger.batch.BatchInventory} evaluates, per record, the same expression as
 * the record path ({@link org.carbonledger.inventory.PricedFactor#massKg} and
 * {@link org.carbonledger.inventory.PricedFactor#co2eKg}) and sums exactly, so its totals equal
 * those of {@link org.carbonledger.inventory.Inventory} built record by record, to the last bit,
 * and merge with them. {@link org.carbonledger.batch.BatchCalculator} streams records of any
 * number in bounded memory, sequentially or in parallel.
 */
package org.carbonledger.batch;
