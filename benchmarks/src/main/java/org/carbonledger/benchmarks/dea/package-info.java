/**
 * JMH benchmarks of the productivity models: {@link
 * org.carbonledger.benchmarks.dea.SbmBenchmark}, a full SBM-with-undesirable-outputs run with the
 * default solver against the cold Commons Math baseline (docs/design.md §7).
 */
package org.carbonledger.benchmarks.dea;
