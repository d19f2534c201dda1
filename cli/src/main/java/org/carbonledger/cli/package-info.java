/**
 * The {@code carbonledger} command (docs/design.md §6, contract v1): results on stdout or
 * {@code --output}, messages on stderr; exit 0 success, 1 fatal, 2 usage, 3 rows rejected.
 */
package org.carbonledger.cli;
