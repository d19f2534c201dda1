/**
 * The library's inventory on Apache Spark: {@link org.carbonledger.spark.SparkInventory} prices a
 * DataFrame or CSV files partition by partition with the library's run and merges the partial
 * results exactly, so that totals equal those of {@code carbonledger inventory} to the last bit;
 * {@link org.carbonledger.spark.InventoryJob} is the job to submit.
 */
package org.carbonledger.spark;
