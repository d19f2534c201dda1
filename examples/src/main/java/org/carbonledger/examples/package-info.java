/** Runnable, self-contained examples of Carbon Ledger, each smoke-tested. */
package org.carbonledger.examples;
