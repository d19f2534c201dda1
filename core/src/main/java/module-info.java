/**
 * Carbon Ledger core: the model and the accounting run. Units (JSR 385, {@code java.measure}, with
 * Indriya), gases and GWP sets, activities and their CSV reading, factors and their resolution
 * through a chain of tables, inventories with their traces, intensities, the columnar batch path,
 * and the figures a report shows.
 *
 * <p>Factor tables are plug-ins: a module that {@code provides}
 * {@link org.carbonledger.factor.spi.FactorTableProvider} (as {@code org.carbonledger.factors}
 * does) is found by {@link org.carbonledger.factor.FactorRegistry#discover()} on the module path,
 * as a {@code META-INF/services} entry is on the class path.
 *
 * <p>{@code org.carbonledger.internal} is not API: it is exported only to Carbon Ledger's own
 * modules.
 */
@SuppressWarnings("module") // the qualified export names modules that are compiled after this one
module org.carbonledger.core {
    requires transitive tech.units.indriya;
    requires com.fasterxml.jackson.core;

    exports org.carbonledger;
    exports org.carbonledger.activity;
    exports org.carbonledger.batch;
    exports org.carbonledger.csv;
    exports org.carbonledger.factor;
    exports org.carbonledger.factor.spi;
    exports org.carbonledger.ghg;
    exports org.carbonledger.intensity;
    exports org.carbonledger.inventory;
    exports org.carbonledger.quantity;
    exports org.carbonledger.report;
    exports org.carbonledger.internal to org.carbonledger.factors, org.carbonledger.cli;

    uses org.carbonledger.factor.spi.FactorTableProvider;
}
