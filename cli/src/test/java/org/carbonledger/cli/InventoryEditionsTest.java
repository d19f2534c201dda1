package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.inventory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edition policy through {@code carbonledger inventory}: a row dated after its publisher's
 * newest edition is priced by it and flagged ({@code "flags": ["latest_edition"]} on the record,
 * {@code counts.flagged}, the {@code flagged} list, a line on stderr); {@code --strict} rejects it;
 * a row dated before the oldest edition is rejected naming the editions.
 */
class InventoryEditionsTest {
    private static final String LEDGER = "id,period,activity,amount,unit,region\n"
            + "new,2026-01,fuel/natural_gas,1000,GJ,GB\n"
            + "current,2025-01,fuel/natural_gas,1000,GJ,GB\n";

    @TempDir
    Path dir;

    @Test
    void aRowAfterTheNewestEdition_isPricedAndFlagged_everywhereTheResultSaysSo() {
        Cli.Run run = inventory(dir, LEDGER);
        assertEquals(0, run.status(), run::toString);
        JsonNode json = run.json();
        JsonNode newer = json.get("records").get(0);
        assertEquals("desnz-2025", newer.get("table").asText());
        assertEquals("[\"latest_edition\"]", newer.get("flags").toString());
        assertEquals("[]", json.get("records").get(1).get("flags").toString());
        assertEquals(newer.get("co2e_kg").asDouble(), json.get("records").get(1).get("co2e_kg").asDouble(), 0.0);
        assertEquals(1, json.get("counts").get("flagged").asLong());
        JsonNode flagged = json.get("flagged").get(0);
        assertEquals("latest_edition", flagged.get("flag").asText());
        assertEquals(1, flagged.get("records").asLong());
        assertTrue(flagged.get("note").asText().startsWith("period 2026-01 is after every edition of series desnz in"
                + " the chain (desnz-2024 2024, desnz-2025 2025): priced by the newest, desnz-2025 2025"), flagged.toString());
        assertEquals("[\"latest_edition\"]", json.get("factors").get(flagged.get("factor").asText()).get("flags")
                .toString());
        assertTrue(run.err().contains("carbonledger: flagged latest_edition: 1 row priced by desnz-2025 for"
                + " fuel/natural_gas: period 2026-01 is after every edition of series desnz"), run.err());
    }

    @Test
    void strict_rejectsTheFlaggedRow_andWritesNoResult() {
        Cli.Run run = inventory(dir, LEDGER, "--strict");
        assertEquals(CarbonLedgerCommand.EXIT_FATAL, run.status(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("row 2, column period, value '2026-01': priced only by a flagged factor"
                + " (latest_edition)"), run.err());
    }

    /** A user's table that gives CO2 only for a fuel burnt: accepted, flagged gases_not_covered, and named. */
    @Test
    void aFuelFactorWithoutCh4OrN2o_isFlaggedGasesNotCovered_andStrictRejectsIt() {
        Path table = Cli.write(dir, "co2-only.csv", "# id: co2-only\n# publisher: a supplier\n# edition: 1\n"
                + "# licence: CC0-1.0\n# document: a declaration\n"
                + "activity,region,valid_from,valid_to,gas,value,unit,basis,document,reference,uncertainty,scope\n"
                + "fuel/natural_gas,,,,CO2,56,kg/GJ,,,p. 1,,\n");
        String ledger = "activity,amount,unit\nfuel/natural_gas,1000,GJ\n";
        Cli.Run run = inventory(dir, ledger, "--table-file", table.toString());
        assertEquals(0, run.status(), run::toString);
        JsonNode json = run.json();
        assertEquals("[\"gases_not_covered\"]", json.get("records").get(0).get("flags").toString());
        assertEquals(56000, json.get("records").get(0).get("co2e_kg").asDouble(), 0.0);
        JsonNode factor = json.get("factors").get(json.get("flagged").get(0).get("factor").asText());
        assertEquals("[\"CH4\",\"N2O\"]", factor.get("gases_not_covered").toString());
        assertTrue(run.err().contains("flagged gases_not_covered: 1 row priced by co2-only for fuel/natural_gas: table"
                + " co2-only gives no CH4 or N2O for fuel/natural_gas, a fuel burnt: counted as nothing"), run.err());
        assertEquals(json.get("flagged").get(0).get("note").asText(), "table co2-only gives no CH4 or N2O for"
                + " fuel/natural_gas, a fuel burnt: counted as nothing");
        Cli.Run strict = inventory(dir, ledger, "--table-file", table.toString(), "--strict");
        assertEquals(CarbonLedgerCommand.EXIT_FATAL, strict.status(), strict::toString);
        assertTrue(strict.err().contains("column activity") && strict.err().contains("gives no CH4 or N2O"),
                strict.err());
    }

    @Test
    void aRowBeforeTheOldestEdition_isRejectedNamingThem_notPricedByIpcc() {
        Cli.Run run = inventory(dir, "period,activity,amount,unit,region\n2019,fuel/natural_gas,1000,GJ,GB\n");
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        JsonNode rejected = run.json().get("rejected").get(0);
        assertEquals("period", rejected.get("column").asText());
        assertTrue(rejected.get("reason").asText().contains("desnz-2024 2024, desnz-2025 2025"), rejected.toString());
    }
}
