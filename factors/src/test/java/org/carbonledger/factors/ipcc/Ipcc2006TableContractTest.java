package org.carbonledger.factors.ipcc;

import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;

/** {@code ipcc-2006} passes the factor-table contract. */
class Ipcc2006TableContractTest extends FactorTableContract {
    @Override
    protected FactorTable table() {
        return Ipcc2006Table.instance();
    }
}
