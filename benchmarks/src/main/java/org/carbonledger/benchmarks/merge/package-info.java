/** JMH benchmark {@link org.carbonledger.benchmarks.merge.MergeBenchmark}; how to run it and the measured figures are in benchmarks/README.md. */
package org.carbonledger.benchmarks.merge;
