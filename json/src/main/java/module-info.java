/**
 * The JSON mapping of the Carbon Ledger model: a Jackson module
 * ({@link org.carbonledger.json.CarbonLedgerModule}) and the streaming writer of an inventory's
 * result ({@link org.carbonledger.json.InventoryJsonWriter}), the JSON the {@code carbonledger}
 * command prints.
 */
module org.carbonledger.json {
    requires transitive org.carbonledger.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.carbonledger.json;
}
