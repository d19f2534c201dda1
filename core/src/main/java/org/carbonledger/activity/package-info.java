/**
 * What was consumed: activity records and the vocabulary that describes them (activity ids,
 * regions, periods, sectors, scopes, calorific basis).
 */
package org.carbonledger.activity;
