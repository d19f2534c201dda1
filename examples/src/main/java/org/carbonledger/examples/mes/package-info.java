/** An MES computing the command line's inventory through the library alone. */
package org.carbonledger.examples.mes;
