/** The {@code released-gases} table: fugitive releases of methane, other gases and refrigerants, by mass. */
package org.carbonledger.factors.fugitive;
