package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.assertClose;
import static org.carbonledger.cli.Cli.inventory;
import static org.carbonledger.cli.Cli.inventoryOf;
import static org.carbonledger.cli.Cli.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end tests of {@code carbonledger inventory} on activities files that docs/design.md §6 says
 * must be accepted: a UTF-8 byte-order mark, CRLF line ends, RFC 4180 quoting (commas, doubled
 * quotes and line breaks inside quoted fields, with rows still numbered as records), mixed-case
 * column names, extra columns kept as tags, and a header-only file. Each run must exit 0 with
 * the right counts and totals.
 *
 * <p>Hand calculation used throughout: natural gas, manufacturing, IPCC 2006 Vol. 2 Table 1.4
 * CO2 56,100 kg/TJ and Table 2.3 CH4 1 kg/TJ, N2O 0.1 kg/TJ; under AR5 (CH4 28, N2O 265)
 * 1 GJ gives 56.1 kg CO2, 0.001 kg CH4, 0.0001 kg N2O, 56.1545 kg CO2e.
 */
class InventoryAcceptedFilesTest {
    private static final double CO2E_PER_GJ = 56.1 + 0.001 * 28 + 0.0001 * 265;

    @TempDir
    Path dir;

    private static void assertNaturalGasTotals(JsonNode result, double gj, int rows) {
        assertEquals(rows, result.at("/counts/rows").asInt());
        assertEquals(rows, result.at("/counts/accepted").asInt());
        assertEquals(0, result.at("/counts/rejected").asInt());
        assertEquals(rows, result.get("records").size());
        assertEquals(0, result.get("rejected").size());
        assertClose(56.1 * gj, result.at("/totals/gases_kg/CO2").asDouble(), "total CO2");
        assertClose(0.001 * gj, result.at("/totals/gases_kg/CH4").asDouble(), "total CH4");
        assertClose(0.0001 * gj, result.at("/totals/gases_kg/N2O").asDouble(), "total N2O");
        assertClose(CO2E_PER_GJ * gj, result.at("/totals/co2e_kg").asDouble(), "total CO2e");
    }

    @Test
    void utf8ByteOrderMark_isSkippedAndFirstColumnRecognised() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("activity,amount,unit\nfuel/natural_gas,1000,GJ\nfuel/natural_gas,250,GJ\n"
                .getBytes(StandardCharsets.UTF_8));
        JsonNode result = ok(inventoryOf(Cli.writeBytes(dir, "bom.csv", bytes.toByteArray())));
        assertNaturalGasTotals(result, 1250, 2);
        assertEquals("fuel/natural_gas", result.at("/records/0/activity").asText());
        assertTrue(result.at("/records/0/tags").isMissingNode(), "the BOM must not turn 'activity' into a tag");
    }

    @Test
    void crlfLineEnds_areAcceptedAndUnitsCarryNoCarriageReturn() {
        JsonNode result = ok(inventory(dir,
                "id,activity,amount,unit\r\nA,fuel/natural_gas,1000,GJ\r\nB,fuel/natural_gas,500,GJ\r\n"));
        assertNaturalGasTotals(result, 1500, 2);
        assertEquals("GJ", result.at("/records/1/unit").asText());
        assertEquals(2, result.at("/records/0/row").asInt());
        assertEquals(3, result.at("/records/1/row").asInt());
    }

    @Test
    void crlfLineEnds_withoutFinalLineEnd() {
        JsonNode result = ok(inventory(dir, "activity,amount,unit\r\nfuel/natural_gas,1000,GJ"));
        assertNaturalGasTotals(result, 1000, 1);
    }

    @Test
    void quotedFields_withCommasDoubledQuotesAndNewlines_areOneFieldEach() {
        String csv = "site,activity,amount,unit,note\n"
                + "\"Leeds, West Yorkshire\",fuel/natural_gas,1000,GJ,\"meter \"\"A\"\", read twice\"\n"
                + "Hull,\"fuel/natural_gas\",\"500\",GJ,\"first line\nsecond line, with a comma\"\n";
        JsonNode result = ok(inventory(dir, csv));
        assertNaturalGasTotals(result, 1500, 2);
        assertEquals("Leeds, West Yorkshire", result.at("/records/0/site").asText());
        assertEquals("meter \"A\", read twice", result.at("/records/0/tags/note").asText());
        assertEquals("first line\nsecond line, with a comma", result.at("/records/1/tags/note").asText());
        assertTrue(result.at("/totals/by_site").has("Leeds, West Yorkshire"));
    }

    @Test
    void rowNumbers_afterMultiLineQuotedField_remainRecordNumbers() {
        String csv = "activity,amount,unit,note\n"                               // row 1
                + "fuel/natural_gas,100,GJ,\"spans\nthree\nlines\"\n"           // row 2 (lines 2-4)
                + "fuel/natural_gas,200,GJ,plain\n"                              // row 3 (line 5)
                + "fuel/natural_gas,abc,GJ,\"also\r\nspans\"\n"                  // row 4 (lines 6-7), rejected
                + "fuel/natural_gas,300,GJ,last\n";                              // row 5 (line 8)
        Cli.Run run = inventory(dir, csv);
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        JsonNode result = run.json();
        assertEquals(2, result.at("/records/0/row").asInt());
        assertEquals(3, result.at("/records/1/row").asInt());
        assertEquals(5, result.at("/records/2/row").asInt());
        assertEquals(4, result.at("/rejected/0/row").asInt());
        assertEquals("abc", result.at("/rejected/0/value").asText());
        assertEquals(4, result.at("/counts/rows").asInt());
        assertTrue(run.err().contains("row 4"), run::toString);
    }

    @Test
    void mixedCaseHeaders_areMatchedIgnoringCase() {
        JsonNode result = ok(inventory(dir,
                "AcTiViTy,AMOUNT,Unit,SITE,Period,SeCtOr\nfuel/natural_gas,1000,GJ,Leeds,2025-01,Manufacturing\n"));
        assertNaturalGasTotals(result, 1000, 1);
        JsonNode record = result.at("/records/0");
        assertEquals("Leeds", record.get("site").asText());
        assertEquals("2025-01", record.get("period").asText());
        assertTrue(record.path("tags").isMissingNode(), "known columns in any case are not tags: " + record);
    }

    @Test
    void mixedCaseSector_selectsThatSectorsFactors() {
        // residential natural gas: Table 2.5 CH4 5 kg/TJ, N2O 0.1 kg/TJ; AR5: 56100 + 5*28 + 0.1*265 per TJ
        JsonNode result = ok(inventory(dir, "Activity,Amount,Unit,Sector\nfuel/natural_gas,1000,GJ,RESIDENTIAL\n"));
        assertClose(5.0, result.at("/totals/gases_kg/CH4").asDouble(), "residential CH4");
        assertClose(56100 + 5 * 28 + 0.1 * 265, result.at("/totals/co2e_kg").asDouble(), "residential CO2e");
    }

    @Test
    void extraColumns_areKeptAsTagsAndDoNotChangeTotals() {
        JsonNode result = ok(inventory(dir,
                "meter_ref,activity,amount,Cost Centre,unit\nM-17,fuel/natural_gas,1000,CC 42,GJ\n"));
        assertNaturalGasTotals(result, 1000, 1);
        JsonNode tags = result.at("/records/0/tags");
        assertEquals("M-17", tags.get("meter_ref").asText());
        assertEquals("CC 42", tags.get("Cost Centre").asText());
        assertEquals(2, tags.size());
    }

    @Test
    void headerOnlyFile_isSuccessWithZeroRowsAndZeroTotals() {
        JsonNode result = ok(inventory(dir, "activity,amount,unit,site\n"));
        assertEquals(0, result.at("/counts/rows").asInt());
        assertEquals(0, result.at("/counts/accepted").asInt());
        assertEquals(0, result.at("/counts/rejected").asInt());
        assertEquals(0, result.get("records").size());
        assertEquals(0, result.get("rejected").size());
        assertEquals(0.0, result.at("/totals/co2e_kg").asDouble());
        assertEquals(0.0, result.at("/totals/biogenic_co2_kg").asDouble());
        for (String gas : new String[] {"CO2", "CH4", "N2O"}) {
            assertTrue(result.at("/totals/gases_kg/" + gas).isNumber(), gas);
            assertEquals(0.0, result.at("/totals/gases_kg/" + gas).asDouble(), gas);
        }
    }

    @Test
    void headerOnlyFile_withoutFinalNewlineAndWithCrlf() {
        assertEquals(0, ok(inventory(dir, "activity,amount,unit")).at("/counts/rows").asInt());
        assertEquals(0, ok(inventory(dir, "activity,amount,unit\r\n")).at("/counts/rows").asInt());
    }
}
