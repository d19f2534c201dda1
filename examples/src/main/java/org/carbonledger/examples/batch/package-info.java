/**
 * Batch-path examples: streaming 100 million records through the columnar fast path in bounded
 * memory. Not part of the default test run.
 */
package org.carbonledger.examples.batch;
