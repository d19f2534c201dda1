/**
 * Units beyond SI for energy and emissions accounting, a parser from text symbols, and canonical
 * units per dimension with precomputed conversion factors.
 */
package org.carbonledger.quantity;
