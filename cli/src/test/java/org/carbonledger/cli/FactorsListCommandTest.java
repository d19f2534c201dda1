package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End-to-end tests of {@code carbonledger factors list} (docs/design.md §6, issue 2 item 8): the text
 * and JSON listings exit 0 and list the {@code ipcc-2006} table and the {@code fuel/natural_gas}
 * activity id priced by it; nothing goes to stderr on success.
 */
class FactorsListCommandTest {
    @Test
    void text_listsIpcc2006AndNaturalGas() {
        Cli.Run run = Cli.run("factors", "list");
        assertEquals(0, run.status(), run::toString);
        assertNoStackTrace(run);
        assertTrue(run.out().contains("ipcc-2006"), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("fuel/natural_gas ")
                && l.contains("ipcc-2006")), run::toString);
        assertTrue(run.out().contains("fuel/wood_wood_waste"), run::toString);
        assertTrue(run.out().contains("kWh"), "units are listed");
    }

    @Test
    void json_listsIpcc2006AndNaturalGasPricedByIt() {
        Cli.Run run = Cli.run("factors", "list", "--format", "json");
        assertEquals(0, run.status(), run::toString);
        assertNoStackTrace(run);
        JsonNode json = run.json();
        List<String> tables = new ArrayList<>();
        json.get("tables").forEach(t -> tables.add(t.get("id").asText()));
        assertTrue(tables.contains("ipcc-2006"), tables::toString);
        JsonNode gas = null;
        for (JsonNode a : json.get("activities")) {
            if (a.get("id").asText().equals("fuel/natural_gas")) {
                gas = a;
            }
        }
        assertTrue(gas != null, "fuel/natural_gas listed");
        List<String> pricedBy = new ArrayList<>();
        gas.get("tables").forEach(t -> pricedBy.add(t.asText()));
        assertTrue(pricedBy.contains("ipcc-2006"), pricedBy::toString);
        assertEquals("1", gas.get("scope").asText());
        assertTrue(json.get("default_chain").toString().contains("ipcc-2006"));
        // the values that convert an amount between bases: DESNZ 2025 'Fuel properties'!D31 and E31
        assertEquals(45.745, gas.at("/calorific_values/net").asDouble());
        assertEquals(50.678, gas.at("/calorific_values/gross").asDouble());
        assertEquals("GJ/t", gas.at("/calorific_values/unit").asText());
        assertEquals("desnz-2025", gas.at("/calorific_values/table").asText());
        // and the units that carry a basis by convention
        for (JsonNode u : json.get("units")) {
            String symbol = u.get("symbol").asText();
            boolean btu = symbol.equals("Btu") || symbol.equals("mmBtu") || symbol.equals("therm");
            assertEquals(btu ? "gross" : "", u.path("basis").asText(), symbol);
        }
    }

    @Test
    void json_woodIsFlaggedBiogenic() {
        JsonNode json = Cli.run("factors", "list", "--format", "json").json();
        for (JsonNode a : json.get("activities")) {
            if (a.get("id").asText().equals("fuel/wood_wood_waste")) {
                assertTrue(a.get("biogenic").asBoolean());
                return;
            }
        }
        throw new AssertionError("fuel/wood_wood_waste not listed");
    }
}
