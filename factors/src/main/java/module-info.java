/**
 * The official emission-factor tables Carbon Ledger bundles (DESNZ, US EPA, IPCC 2006, China's
 * MEE and NBS), provided to {@link org.carbonledger.factor.FactorRegistry} as a
 * {@link org.carbonledger.factor.spi.FactorTableProvider}, and the reader of a user's own tables
 * ({@link org.carbonledger.factors.user.UserTableReader}).
 *
 * <p>The tables' classes are not API: a program reaches a table by its id through the registry.
 */
module org.carbonledger.factors {
    requires transitive org.carbonledger.core;
    requires com.fasterxml.jackson.core;

    exports org.carbonledger.factors;
    exports org.carbonledger.factors.user;

    provides org.carbonledger.factor.spi.FactorTableProvider with org.carbonledger.factors.BuiltInTables;
}
