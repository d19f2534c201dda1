/**
 * Carbon Ledger: greenhouse-gas and energy accounting of production processes. This package
 * holds what every other package shares: the library's exception base types.
 */
package org.carbonledger;
