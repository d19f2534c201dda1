package org.carbonledger.examples.mes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.carbonledger.cli.CarbonLedgerCommand;
import org.carbonledger.inventory.InventoryResult;
import org.junit.jupiter.api.Test;

/**
 * The MES program and {@code carbonledger inventory} compute the same inventory of the example
 * ledger and write the same JSON document, byte for byte: the command is a client of the library.
 */
class MesInventoryTest {
    private static final Path LEDGER = Path.of("data/example-ledger.csv");

    @Test
    void theMesProgramWritesTheCommandsJson() throws Exception {
        InventoryResult result = MesInventory.inventory(LEDGER);
        ByteArrayOutputStream library = new ByteArrayOutputStream();
        MesInventory.write(result, library);

        ByteArrayOutputStream cli = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int status = CarbonLedgerCommand.execute(new String[] {"inventory", "--activities", LEDGER.toString()},
                new PrintStream(cli, true, StandardCharsets.UTF_8), new PrintWriter(err, true));
        assertEquals(0, status, err::toString);
        assertTrue(result.records().size() > 10);
        assertEquals(cli.toString(StandardCharsets.UTF_8), library.toString(StandardCharsets.UTF_8));
    }
}
