package org.carbonledger.examples.scope2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.carbonledger.inventory.MarketBasedScope2;
import org.junit.jupiter.api.Test;

/** Smoke test: the certificates lower the market-based total by the share of electricity they cover. */
class DualReportingExampleTest {
    @Test
    void certificatesCoverPartOfTheElectricity() {
        MarketBasedScope2.Result r = DualReportingExample.run(Path.of("data/example-ledger.csv"),
                Path.of("data/leeds-energy-certificates.csv"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        // 2,450 MWh of UK electricity, 1,200 MWh covered by zero-emission REGOs; no UK residual mix in the
        // built-in tables, so the rest is priced at the location factor, flagged.
        assertEquals(r.locationCo2eKg() * (2450 - 1200) / 2450.0, r.marketCo2eKg(), r.locationCo2eKg() * 1e-12);
        assertTrue(r.anyFallback());
    }
}
