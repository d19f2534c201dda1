package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inventory --production}: intensities joined to the inventory, and bad production rows listed. */
class InventoryProductionTest {
    @TempDir
    Path dir;

    private static JsonNode metric(JsonNode j, String site, String metric) {
        for (JsonNode i : j.get("intensities")) {
            if (i.get("site").asText().equals(site) && i.get("metric").asText().equals(metric)) {
                return i;
            }
        }
        throw new AssertionError("no " + metric + " for " + site + " in " + j.get("intensities"));
    }

    /**
     * 1000 GJ of natural gas at IPCC 2006 factors (56100 kg CO2/TJ; Table 2.3 CH4 1, N2O 0.1 kg/TJ; AR5)
     * = 56154.5 kg CO2e, for 200 t of output: 280.7725 kg CO2e/t and 5 GJ/t; 10 t of coal through
     * Table 1.2's 25.8 TJ/Gg adds 258 GJ of final energy in the second case.
     */
    @Test
    void intensitiesAreComputedFromTheInventoryAndTheProduction() {
        Path production = Cli.write(dir, "p.csv", "site,product,period,quantity,unit,value_added,currency\n"
                + "A,tiles,2025,200,t,100000,EUR\nB,tiles,2025,100,t,,\n");
        String ledger = "site,period,activity,amount,unit\nA,2025-01,fuel/natural_gas,1000,GJ\n"
                + "B,2025-02,fuel/natural_gas,1000,GJ\nB,2025-03,fuel/other_bituminous_coal,10,t\n";
        JsonNode j = Cli.ok(Cli.inventory(dir, ledger, "--production", production.toString()));
        Cli.assertClose(56154.5 / 200, metric(j, "A", "emission_intensity").get("value").asDouble(), "A kg CO2e/t");
        Cli.assertClose(1000.0 / 200, metric(j, "A", "specific_energy_consumption").get("value").asDouble(), "A GJ/t");
        Cli.assertClose(56154.5 / 100000, metric(j, "A", "emission_intensity_value_added").get("value").asDouble(),
                "A kg CO2e/EUR");
        Cli.assertClose((1000.0 + 258) / 100, metric(j, "B", "specific_energy_consumption").get("value").asDouble(),
                "B GJ/t");
        assertEquals("kg CO2e/t", metric(j, "A", "emission_intensity").get("unit").asText());
    }

    @Test
    void badProductionRows_areListedWithTheirFile_andExit3() {
        Path production = Cli.write(dir, "p.csv", "site,period,quantity,unit\nA,2025,abc,t\n");
        Cli.Run r = Cli.inventory(dir, "site,period,activity,amount,unit\nA,2025,fuel/lpg,10,GJ\n",
                "--production", production.toString());
        assertEquals(3, r.status(), r.err());
        JsonNode rejected = r.json().get("rejected");
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).get("file").asText().endsWith("p.csv"));
        assertEquals("abc", rejected.get(0).get("value").asText());
        assertEquals(1, r.json().at("/counts/accepted").asInt(), "activity counts are unaffected");
    }

    @Test
    void missingProductionColumn_isFatal() {
        Path production = Cli.write(dir, "p.csv", "site,period,unit\nA,2025,t\n");
        Cli.assertRefused(Cli.inventory(dir, "activity,amount,unit\nfuel/lpg,10,GJ\n", "--production",
                production.toString()), "p.csv", "quantity");
    }
}
