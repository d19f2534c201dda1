package org.carbonledger.examples.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.carbonledger.inventory.ActivityResult;
import org.junit.jupiter.api.Test;

/** Smoke test: a CSV table, a JSON table and a class-path plug-in each price their activity. */
class CustomTablesExampleTest {
    @Test
    void eachCustomTablePricesItsActivity() {
        List<ActivityResult> r = CustomTablesExample.run(Path.of("data"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals("example-steel-2025", r.get(0).factor().table().id());
        assertEquals(40 * 1850, r.get(0).co2eKg(), 1e-9);
        assertEquals("example-cement-2025", r.get(1).factor().table().id());
        assertEquals(120 * 610, r.get(1).co2eKg(), 1e-9);
        assertEquals("example-suppliers", r.get(2).factor().table().id());
        assertEquals(2500 * 6.7, r.get(2).co2eKg(), 1e-9);
    }
}
