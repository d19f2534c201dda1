/**
 * The {@code carbonledger} command ({@link org.carbonledger.cli.CarbonLedgerCommand}): inventories,
 * reports, factors, energy baselines and savings, DEA and Malmquist indices, and CBAM, on CSV files.
 * On the module path it runs as
 * {@code java -p DIR -m org.carbonledger.cli inventory --activities FILE}, where {@code DIR}
 * holds the jars of the command and its dependencies ({@code cli/target/modules} after a build;
 * the command's jar names its main class).
 */
module org.carbonledger.cli {
    requires org.carbonledger.core;
    requires org.carbonledger.factors;
    requires org.carbonledger.cbam;
    requires org.carbonledger.json;
    requires org.carbonledger.energy;
    requires org.carbonledger.productivity;
    requires org.apache.poi.ooxml;
    // the exported API shows them: CarbonLedgerCommand.commandLine() is picocli's, CommandOutput writes through Jackson
    requires transitive info.picocli;
    requires transitive com.fasterxml.jackson.databind;

    exports org.carbonledger.cli;
    // picocli sets the commands' annotated fields and calls their methods by reflection
    opens org.carbonledger.cli to info.picocli;
    opens org.carbonledger.cli.energy to info.picocli;
    opens org.carbonledger.cli.productivity to info.picocli;
}
