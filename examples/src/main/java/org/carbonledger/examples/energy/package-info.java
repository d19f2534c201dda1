/**
 * Runnable example of the energy module: a plant's two years of monthly electricity and
 * production, a baseline on the first year, and the savings of the second with their uncertainty
 * and CUSUM.
 */
package org.carbonledger.examples.energy;
