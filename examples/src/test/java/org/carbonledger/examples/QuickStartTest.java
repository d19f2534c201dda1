package org.carbonledger.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;
import org.junit.jupiter.api.Test;

/** Smoke test: the quick-start example runs on the bundled ledger and its totals add up. */
class QuickStartTest {
    @Test
    void runsOnTheBundledLedger() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Inventory inv = QuickStart.run(Path.of("data/example-ledger.csv"), "AR6", new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(14, inv.records(), out);
        assertTrue(out.contains("trace of the first record"), out);
        assertTrue(!out.contains("rejected:"), out);
        double bySite = inv.totalsBy(InventoryKey::site).values().stream().mapToDouble(t -> t.co2eKg()).sum();
        assertEquals(inv.totals().co2eKg(), bySite, inv.totals().co2eKg() * 1e-12);
        assertTrue(inv.totals().biogenicCo2Kg() > 0, "wood chips emit biogenic CO2");
    }
}
