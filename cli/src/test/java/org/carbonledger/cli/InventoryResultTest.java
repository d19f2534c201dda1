package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.assertClose;
import static org.carbonledger.cli.Cli.inventory;
import static org.carbonledger.cli.Cli.inventoryOf;
import static org.carbonledger.cli.Cli.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end tests of the content of the JSON result of {@code carbonledger inventory}
 * (docs/design.md §6): biogenic CO2 of wood kept apart from {@code gases_kg.CO2} and
 * {@code co2e_kg} while its CH4 and N2O count; each record's trace, factor key (present in the
 * top-level {@code factors} map) and table; the always-present gas keys; the scope totals and
 * the scope 2 location/market totals; and the bundled example ledger, whose total must equal the
 * sum of its records.
 *
 * <p>Wood hand calculation: 1000 GJ of wood/wood waste in manufacturing, IPCC 2006 Vol. 2 Table 1.4
 * CO2 112,000 kg/TJ (biogenic), Table 2.3 CH4 30 kg/TJ and N2O 4 kg/TJ; AR5 CO2e = 30 × 28 +
 * 4 × 265 = 1,900 kg.
 */
class InventoryResultTest {
    @TempDir
    Path dir;

    @Test
    void wood_co2IsBiogenicAndExcludedWhileCh4AndN2oCount() {
        JsonNode result = ok(inventory(dir, "activity,amount,unit\nfuel/wood_wood_waste,1000,GJ\n"));
        JsonNode record = result.at("/records/0");
        assertClose(112000.0, record.get("biogenic_co2_kg").asDouble(), "record biogenic CO2");
        assertEquals(0.0, record.at("/gases_kg/CO2").asDouble(), "biogenic CO2 is not in gases_kg.CO2");
        assertClose(30.0, record.at("/gases_kg/CH4").asDouble(), "wood CH4");
        assertClose(4.0, record.at("/gases_kg/N2O").asDouble(), "wood N2O");
        assertClose(30.0 * 28 + 4.0 * 265, record.get("co2e_kg").asDouble(), "co2e excludes biogenic CO2");

        assertClose(112000.0, result.at("/totals/biogenic_co2_kg").asDouble(), "total biogenic CO2");
        assertEquals(0.0, result.at("/totals/gases_kg/CO2").asDouble(), "total fossil CO2");
        assertClose(1900.0, result.at("/totals/co2e_kg").asDouble(), "total co2e");
    }

    @Test
    void wood_mixedWithFossilFuel_onlyTheFossilCo2CountsInCo2e() {
        JsonNode result = ok(inventory(dir,
                "activity,amount,unit\nfuel/wood_wood_waste,1000,GJ\nfuel/natural_gas,1000,GJ\n"));
        assertClose(56100.0, result.at("/totals/gases_kg/CO2").asDouble(), "fossil CO2 only");
        assertClose(112000.0, result.at("/totals/biogenic_co2_kg").asDouble(), "biogenic CO2 apart");
        assertClose(1900.0 + 56154.5, result.at("/totals/co2e_kg").asDouble(), "co2e");
        assertClose(0.0, result.at("/records/1/biogenic_co2_kg").asDouble(), "gas has no biogenic CO2");
    }

    @Test
    void eachRecord_hasTraceFactorKeyInFactorsMapTableAndAllThreeGases() {
        JsonNode result = ok(inventory(dir, "id,activity,amount,unit\n"
                + "a,fuel/natural_gas,1000,GJ\nb,fuel/gas_diesel_oil,3,t\nc,fuel/natural_gas,20,mmBtu\n"
                + "d,fuel/wood_wood_waste,2,t\ne,fuel/natural_gas,500,GJ\n"));
        JsonNode factors = result.get("factors");
        assertTrue(factors.isObject() && factors.size() > 0, "top-level factors map");
        assertEquals(5, result.get("records").size());
        for (JsonNode record : result.get("records")) {
            JsonNode trace = record.get("trace");
            assertTrue(trace.isArray() && trace.size() > 0, () -> "trace lines: " + record);
            for (JsonNode line : trace) {
                assertTrue(line.isTextual() && !line.asText().isBlank(), () -> "trace line: " + line);
            }
            String key = record.get("factor").asText();
            assertTrue(factors.has(key), () -> "factor key " + key + " not in factors " + factors.fieldNames());
            assertEquals("ipcc-2006", factors.get(key).get("table").asText());
            assertEquals(record.get("activity").asText(), factors.get(key).get("activity").asText());
            assertEquals("ipcc-2006", record.get("table").asText());
            for (String gas : new String[] {"CO2", "CH4", "N2O"}) {
                assertTrue(record.at("/gases_kg/" + gas).isNumber(), () -> gas + " missing in " + record);
            }
            assertTrue(record.get("co2e_kg").asDouble() > 0, record::toString);
        }
        // the same factor is shared, not repeated: two natural gas rows in GJ point at one key
        assertEquals(result.at("/records/0/factor").asText(), result.at("/records/4/factor").asText());
        // the row in mmBtu (gross by convention) is priced by the same IPCC rows through a change of basis, its own entry
        String mmBtu = result.at("/records/2/factor").asText();
        assertTrue(!mmBtu.equals(result.at("/records/0/factor").asText()), mmBtu);
        assertTrue(factors.get(mmBtu).toString().contains("'Fuel properties'!D31 and 'Fuel properties'!E31"),
                () -> factors.get(mmBtu).toString());
    }

    /**
     * A record's calculation cites each value by its place in the factor's entry, which is written
     * once under {@code factors} with the table references: IPCC 2006 Vol. 2 Table 1.4 (CO2) and
     * Table 2.3 (CH4 and N2O of stationary combustion in manufacturing). The multiplier of CO2 is
     * 56100 kg/TJ as kg/GJ: 56.1, and 1000 GJ give 56100 kg. The record's trace holds the defaults
     * applied to it; the factor's trace the rest (why its table won, the GWPs).
     */
    @Test
    void calculation_citesTheFactorWhoseEntryCitesTheTableReferences() {
        JsonNode result = ok(inventory(dir, "activity,amount,unit\nfuel/natural_gas,1000,GJ\nfuel/natural_gas,2000,GJ\n"));
        String key = result.at("/records/0/factor").asText();
        JsonNode co2 = result.at("/records/0/calculation/multipliers/CO2");
        assertEquals(56.1, co2.get("value").asDouble());
        assertEquals("kg/GJ", co2.get("unit").asText());
        assertEquals("56100 kg/TJ [" + key + ".gases.CO2]", co2.at("/from/0").asText());
        assertEquals(56100.0, result.at("/records/0/gases_kg/CO2").asDouble());
        assertTrue(result.at("/factors/" + key + "/gases/CO2/reference").asText().contains("Table 1.4"));
        assertTrue(result.at("/factors/" + key + "/gases/CH4/reference").asText().contains("Table 2.3"));
        String record = result.at("/records/0/trace").toString();
        assertTrue(record.contains("sector manufacturing: the documented default"), record);
        String factor = result.at("/factors/" + key + "/trace").toString();
        assertTrue(factor.contains("Table 1.4") && factor.contains("Table 2.3") && factor.contains("GWP CH4 = 28"),
                factor);
        // written once: the second record cites the same factor and does not repeat its lines
        assertEquals(key, result.at("/records/1/factor").asText());
        String second = result.at("/records/1/trace").toString();
        assertFalse(second.contains("passed over") || second.contains("GWP CH4") || second.contains("Natural Gas"),
                second);
    }

    @Test
    void totals_haveScopeAndScope2Keys() {
        JsonNode totals = ok(inventory(dir, "activity,amount,unit\nfuel/natural_gas,1000,GJ\n")).get("totals");
        for (String gas : new String[] {"CO2", "CH4", "N2O"}) {
            assertTrue(totals.at("/gases_kg/" + gas).isNumber(), gas);
        }
        JsonNode byScope = totals.get("by_scope_co2e_kg");
        assertTrue(byScope != null && byScope.isObject(), "by_scope_co2e_kg");
        assertClose(56154.5, byScope.get("1").asDouble(), "scope 1");
        assertEquals(0.0, byScope.path("2").asDouble(), "scope 2");
        assertTrue(totals.at("/scope2/location_co2e_kg").isNumber(), "scope2.location_co2e_kg");
        assertTrue(totals.at("/scope2/market_co2e_kg").isNumber(), "scope2.market_co2e_kg");
    }

    @Test
    void exampleLedger_runsCleanAndItsTotalIsTheSumOfItsRecords() {
        Path ledger = Path.of("../examples/data/example-ledger.csv");
        assertTrue(Files.isRegularFile(ledger), () -> "bundled ledger not found from " + Path.of("").toAbsolutePath());
        JsonNode result = ok(inventoryOf(ledger));
        int records = result.get("records").size();
        assertTrue(records > 0);
        assertEquals(records, result.at("/counts/rows").asInt());
        assertEquals(0, result.at("/counts/rejected").asInt());
        double co2e = 0;
        double co2 = 0;
        double biogenic = 0;
        for (JsonNode r : result.get("records")) {
            co2e += r.get("co2e_kg").asDouble();
            co2 += r.at("/gases_kg/CO2").asDouble();
            biogenic += r.get("biogenic_co2_kg").asDouble();
        }
        assertClose(co2e, result.at("/totals/co2e_kg").asDouble(), "total co2e = sum of records");
        assertClose(co2, result.at("/totals/gases_kg/CO2").asDouble(), "total CO2 = sum of records");
        assertClose(biogenic, result.at("/totals/biogenic_co2_kg").asDouble(), "biogenic = sum of records");
        assertTrue(biogenic > 0, "the ledger has wood, so biogenic CO2 > 0");
        double byScope = 0;
        for (JsonNode s : result.at("/totals/by_scope_co2e_kg")) {
            byScope += s.asDouble();
        }
        assertClose(co2e, byScope, "scopes add up to the total");
        assertFalse(result.at("/totals/by_site").isMissingNode());
    }
}
