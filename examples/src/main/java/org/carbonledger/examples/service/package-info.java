/** Embedding Carbon Ledger in a service: one thread-safe calculator, worker threads, mergeable inventories. */
package org.carbonledger.examples.service;
