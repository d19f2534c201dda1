/**
 * The official emission-factor tables Carbon Ledger ships, and the activity catalogue.
 *
 * <p>{@link org.carbonledger.factors.BuiltInTables} is the {@code FactorTableProvider} of the
 * built-in tables; {@link org.carbonledger.factors.BuiltInTables#DEFAULT_CHAIN} is the documented
 * default chain. Every table is a CSV resource with its source on each row, parsed once, lazily.
 */
package org.carbonledger.factors;
