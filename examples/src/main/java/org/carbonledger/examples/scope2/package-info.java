/** Scope 2 dual reporting: location-based and market-based totals. */
package org.carbonledger.examples.scope2;
