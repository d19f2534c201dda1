package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.inventory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calorific basis an amount's unit carries (issue 13, item 6), through the command: mmBtu is
 * gross unless the row says otherwise, and IPCC's net factors price it through the fuel's net and
 * gross calorific values as DESNZ publishes them (2025 condensed set, 'Fuel properties'!D31 and
 * E31 for natural gas: 45.745 and 50.678 GJ/tonne); a fuel whose two values are not published is
 * rejected in column {@code basis}, with the way out in the reason.
 */
class CalorificBasisConventionTest {
    @TempDir
    Path dir;

    @Test
    void mmBtuIsGross_convertedByThePublishedValues_orRejectedNamingTheConvention() throws Exception {
        Cli.Run r = inventory(dir, "id,activity,amount,unit,region,basis\n"
                + "gas,fuel/natural_gas,100,mmBtu,CN,\n"
                + "gas-net,fuel/natural_gas,100,mmBtu,CN,net\n"
                + "coal,fuel/anthracite,100,mmBtu,CN,\n"
                + "coal-net,fuel/anthracite,100,mmBtu,CN,net\n");
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, r.status(), r::toString);
        JsonNode result = Cli.JSON.readTree(r.out());
        assertEquals(3, result.at("/counts/accepted").asInt(), r::toString);

        // 100 mmBtu = 105.505585262 GJ gross; x 45.745 / 50.678 on the net basis; IPCC Table 1.4: 56100 kg CO2/TJ
        JsonNode gas = result.at("/records/0");
        assertEquals("gas", gas.get("id").asText());
        assertEquals(0.105505585262 * (45.745 / 50.678) * 56100, gas.at("/gases_kg/CO2").asDouble(), 1e-9);
        // its calculation cites the conversion, whose factor entry names both cells and why
        assertEquals("0.9026599313311496 GJ/GJ [" + gas.get("factor").asText() + ".conversions[0]]",
                gas.at("/calculation/multipliers/CO2/from/0").asText());
        String entry = result.at("/factors/" + gas.get("factor").asText()).toString();
        assertTrue(entry.contains("'Fuel properties'!D31 and 'Fuel properties'!E31"), entry);
        assertTrue(entry.contains("amount on gross basis, as its unit (Btu, mmBtu, therm) is by convention"), entry);
        // stated net: as IPCC's factors are, no conversion
        JsonNode net = result.at("/records/1");
        assertEquals(0.105505585262 * 56100, net.at("/gases_kg/CO2").asDouble(), 1e-9);

        JsonNode coal = result.at("/rejected/0");
        assertEquals(4, coal.get("row").asInt(), coal::toString);
        assertEquals("basis", coal.get("column").asText(), coal::toString);
        assertTrue(coal.get("reason").asText().contains("state the basis if it is net"), coal::toString);
        assertTrue(r.err().contains("row 4"), r::toString);
    }
}
