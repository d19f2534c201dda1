/**
 * Shared machinery of the built-in tables: lazy, thread-safe loading of bundled CSV resources.
 * Not an API: its types may change without notice.
 */
package org.carbonledger.factors.internal;
