package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.assertClose;
import static org.carbonledger.cli.Cli.inventory;
import static org.carbonledger.cli.Cli.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scope 1 beyond combustion through the command: released methane with a {@code methane_origin}
 * column, a refrigerant leak, a process row, and the origin column's refusals.
 */
class InventoryFugitiveAndProcessTest {
    @TempDir
    Path dir;

    /**
     * Under AR6, 1 t of methane: fossil 29.8 (AR6 WG1 Table 7.15), biogenic 27.0 (Table 7.15),
     * origin unknown 27.9 (Table 7.SM.7); 1 t of clinker 520 kg CO2 (IPCC 2006 Vol. 3 Eq. 2.4, EFDB
     * EF ID 213926); 1 kg of R-410A by composition 2255.5 (0.5 × 771 + 0.5 × 3740, EPA Hub 2025 Table
     * 12 cell E575).
     */
    @Test
    void methaneByOriginColumn_refrigerant_andProcess_underAr6() {
        JsonNode json = ok(inventory(dir, "activity,amount,unit,methane_origin\n"
                + "fugitive/methane,1,t,fossil\n"
                + "fugitive/methane,1,t,biogenic\n"
                + "fugitive/methane,1,t,\n"
                + "process/cement_clinker,1,t,\n"
                + "fugitive/refrigerant/R-410A,1,kg,\n", "--gwp", "AR6"));
        JsonNode records = json.get("records");
        assertEquals("fugitive/methane/fossil", records.get(0).get("activity").asText());
        assertClose(29_800, records.get(0).get("co2e_kg").asDouble(), "fossil methane");
        assertEquals("fugitive/methane/biogenic", records.get(1).get("activity").asText());
        assertClose(27_000, records.get(1).get("co2e_kg").asDouble(), "biogenic methane");
        assertClose(27_900, records.get(2).get("co2e_kg").asDouble(), "methane of unknown origin");
        assertClose(520, records.get(3).get("co2e_kg").asDouble(), "clinker");
        assertEquals("1", records.get(3).get("scope").asText());
        assertClose(2255.5, records.get(4).get("co2e_kg").asDouble(), "R-410A by composition");
        assertClose(1, records.get(4).get("gases_kg").get("R-410A").asDouble(), "R-410A released");
    }

    @Test
    void anOriginOnACombustionRow_isARejectedRowNamingTheColumn() {
        Cli.Run r = inventory(dir, "activity,amount,unit,methane_origin\n"
                + "fuel/natural_gas,1,GJ,fossil\n"
                + "fugitive/methane,1,t,fossil\n");
        assertEquals(3, r.status(), r::toString);
        JsonNode rejected = r.json().get("rejected").get(0);
        assertEquals(2, rejected.get("row").asInt());
        assertEquals("methane_origin", rejected.get("column").asText());
        assertTrue(rejected.get("reason").asText().contains("applies only to fugitive/methane"), r::toString);
        assertEquals(1, r.json().get("counts").get("accepted").asInt());
    }
}
