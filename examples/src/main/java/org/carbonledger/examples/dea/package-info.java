/**
 * Runnable example of the productivity module: green productivity of a small group of plants.
 */
package org.carbonledger.examples.dea;
