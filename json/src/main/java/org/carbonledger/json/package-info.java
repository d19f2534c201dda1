/**
 * The Jackson module for the Carbon Ledger model: quantities as value and unit symbol, value
 * types as their text forms, results with their traces.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CarbonLedgerModule());
 * String json = mapper.writeValueAsString(activity);
 * Activity back = mapper.readValue(json, Activity.class);
 * }</pre>
 * The module enables no polymorphic typing: nothing in a document chooses a class to load.
 */
package org.carbonledger.json;
