/** JMH benchmark {@link org.carbonledger.benchmarks.emissions.EmissionsBenchmark}; how to run it and the measured figures are in benchmarks/README.md. */
package org.carbonledger.benchmarks.emissions;
