package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --table-file} (users' tables first in the chain, in command-line order), the list of
 * activities no table covers, and the market-based scope 2 total with {@code --instruments}.
 */
class InventoryTablesAndScope2Test {
    @TempDir
    Path dir;

    private static final String TABLE_A = """
            # id: mine-a
            # publisher: Me
            # edition: 1
            # licence: CC0-1.0
            activity,gas,value,unit,scope
            material/widget,CO2,2,kg/kg,3
            """;
    private static final String TABLE_B = """
            # id: mine-b
            # publisher: Me
            # edition: 1
            # licence: CC0-1.0
            activity,gas,value,unit
            material/widget,CO2,5,kg/kg
            """;

    @Test
    void tableFiles_comeFirstInCommandLineOrder() {
        Path a = Cli.write(dir, "a.csv", TABLE_A);
        Path b = Cli.write(dir, "b.csv", TABLE_B);
        String ledger = "activity,amount,unit\nmaterial/widget,10,kg\nfuel/natural_gas,1000,GJ\n";
        JsonNode ab = Cli.ok(Cli.inventory(dir, ledger, "--table-file", a.toString(), "--table-file", b.toString()));
        assertEquals(20.0, ab.at("/records/0/co2e_kg").asDouble(), 1e-12);
        assertEquals("mine-a", ab.at("/records/0/table").asText());
        assertEquals("ipcc-2006", ab.at("/records/1/table").asText());
        assertEquals("mine-a", ab.at("/settings/chain/0").asText());
        assertEquals("mine-b", ab.at("/settings/chain/1").asText());
    }

    @Test
    void aMalformedTableFile_isFatal_namingFileRowColumnAndValue() {
        Path bad = Cli.write(dir, "bad.csv", TABLE_A.replace("kg/kg", "GJ/kg"));
        Cli.Run r = Cli.inventory(dir, "activity,amount,unit\nfuel/lpg,1,GJ\n", "--table-file", bad.toString());
        Cli.assertRefused(r, "bad.csv", "row 6", "column unit", "GJ/kg");
    }

    @Test
    void rowsNoTableCovers_areListedOncePerActivity() {
        JsonNode j = Cli.inventory(dir, "activity,amount,unit\nheat/purchased,1,GJ\nheat/purchased,2,GJ\n").json();
        assertEquals(1, j.at("/not_covered").size());
        assertEquals("heat/purchased", j.at("/not_covered/0/activity").asText());
        assertEquals(2, j.at("/not_covered/0/rows").asLong());
        assertTrue(j.at("/not_covered/0/reason").asText().contains("ipcc-2006"));
    }

    @Test
    void marketBasedTotal_appliesCertificatesThenFlagsTheLocationFallback() {
        Path instruments = Cli.write(dir, "i.csv", "id,type,site,period,amount,unit,factor,factor_unit,scheme\n"
                + "R1,certificate,Leeds,2025,1000,MWh,0,kg/kWh,REGO\n");
        String ledger = "site,period,activity,amount,unit,region\nLeeds,2025,electricity/grid,4000,MWh,GB\n";
        JsonNode j = Cli.ok(Cli.inventory(dir, ledger, "--instruments", instruments.toString()));
        double location = j.at("/totals/scope2/location_co2e_kg").asDouble();
        assertEquals(j.at("/totals/by_scope_co2e_kg/2").asDouble(), location, 0);
        Cli.assertClose(location * 0.75, j.at("/totals/scope2/market_co2e_kg").asDouble(), "market-based");
        assertTrue(j.at("/totals/scope2/location_fallback").asBoolean());
        assertEquals("instrument", j.at("/totals/scope2/allocations/0/method").asText());
        assertEquals("location fallback", j.at("/totals/scope2/allocations/1/method").asText());
    }

    @Test
    void withoutInstruments_marketEqualsLocation() {
        JsonNode j = Cli.ok(Cli.inventory(dir, "activity,amount,unit\nfuel/natural_gas,1000,GJ\n"));
        assertEquals(j.at("/totals/scope2/location_co2e_kg").asDouble(), j.at("/totals/scope2/market_co2e_kg").asDouble(), 0);
    }

    /**
     * One ledger priced three ways (issue #3): each result names its table on every line. UK and US
     * tables need a region, so the ledger states GB for DESNZ and US for EPA, and none for IPCC. The
     * mmBtu row is gross (the unit's convention) and IPCC's factors net: the conversion's calorific
     * values are desnz-2025's, so that chain names it too (it prices no row without a region).
     */
    @Test
    void theSameLedgerUnderThreeTables_namesItsTableOnEveryLine() {
        String[][] cases = {{"desnz-2025", "GB"}, {"epa-hub-2025", "US"}, {"ipcc-2006", "", "ipcc-2006,desnz-2025"}};
        double[] totals = new double[3];
        for (int i = 0; i < cases.length; i++) {
            String ledger = "activity,amount,unit,region,period\n"
                    + "fuel/natural_gas,1000,GJ," + cases[i][1] + ",2025\n"
                    + "fuel/natural_gas,500,mmBtu," + cases[i][1] + ",2025\n";
            JsonNode j = Cli.ok(Cli.inventory(dir, ledger, "--tables", cases[i].length > 2 ? cases[i][2] : cases[i][0]));
            for (JsonNode rec : j.get("records")) {
                assertEquals(cases[i][0], rec.get("table").asText());
            }
            assertEquals(2, j.get("records").size());
            totals[i] = j.at("/totals/co2e_kg").asDouble();
        }
        assertTrue(totals[0] != totals[1] && totals[1] != totals[2], java.util.Arrays.toString(totals));
    }

    @Test
    void defaultChain_routesByRegion() {
        String ledger = "activity,amount,unit,region,period\n"
                + "electricity/grid,1000,kWh,GB,2025\nelectricity/grid,1000,kWh,US-CAMX,2025\nfuel/lpg,10,GJ,,2025\n";
        JsonNode j = Cli.ok(Cli.inventory(dir, ledger));
        assertEquals("desnz-2025", j.at("/records/0/table").asText());
        assertEquals("epa-hub-2025", j.at("/records/1/table").asText());
        assertEquals("ipcc-2006", j.at("/records/2/table").asText());
    }
}
