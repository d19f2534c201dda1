/**
 * Tests for those who extend Carbon Ledger: {@link org.carbonledger.testkit.FactorTableContract},
 * the contract every factor table passes, and {@link org.carbonledger.testkit.ApiReport}, the
 * public API of a module as a text a build compares.
 */
module org.carbonledger.testkit {
    requires transitive org.carbonledger.core;
    requires transitive org.junit.jupiter.api;

    exports org.carbonledger.testkit;
    // JUnit runs the contract's test methods, which a subclass in another module inherits
    opens org.carbonledger.testkit to org.junit.platform.commons;
}
