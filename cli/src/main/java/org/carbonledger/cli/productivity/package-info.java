/**
 * The productivity commands of the command line, {@code carbonledger dea} and {@code carbonledger
 * malmquist} (docs/design.md §6): plain picocli commands over {@link org.carbonledger.productivity}.
 */
package org.carbonledger.cli.productivity;
