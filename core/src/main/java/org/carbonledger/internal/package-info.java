/**
 * Implementation details shared between Carbon Ledger's packages: not part of the API, not
 * exported, and free to change in any release.
 */
package org.carbonledger.internal;
