/**
 * What a factor-table plug-in implements: {@link org.carbonledger.factor.spi.FactorTableProvider},
 * discovered through {@link java.util.ServiceLoader}, and the
 * {@link org.carbonledger.factor.spi.FactorTable}s it provides.
 */
package org.carbonledger.factor.spi;
