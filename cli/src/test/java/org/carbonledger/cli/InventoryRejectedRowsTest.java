package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.assertNoStackTrace;
import static org.carbonledger.cli.Cli.inventory;
import static org.carbonledger.cli.Cli.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carbonledger.csv.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-to-end tests of the row faults of {@code carbonledger inventory} (docs/design.md §6): a blank,
 * non-numeric, NaN, infinite or negative amount, a decimal comma, an unknown unit, a unit of the
 * wrong dimension (a volume with no density), an unknown activity id, an activity that no table
 * in the chain covers (also for the row's period), a bad period, region or sector, a row with
 * more fields than the header and a blank line. Each bad row must give exit 3, a
 * result still written on stdout as valid JSON with one {@code rejected} entry naming row,
 * column, value and reason, and totals identical to those of the same file without the bad row.
 */
class InventoryRejectedRowsTest {
    private static final String HEADER = "activity,amount,unit,period,region,sector,site\n";
    private static final String GOOD_1 = "fuel/natural_gas,1000,GJ,2025-01,,,Leeds\n";
    private static final String GOOD_2 = "fuel/gas_diesel_oil,12.5,t,2025-02,,commercial,Hull\n";

    @TempDir
    Path dir;

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("blank amount", "fuel/natural_gas,,GJ,,,,", "amount", "", "blank"),
                Arguments.of("blank amount, spaces only", "fuel/natural_gas,   ,GJ,,,,", "amount", "", "blank"),
                Arguments.of("non-numeric amount", "fuel/natural_gas,lots,GJ,,,,", "amount", "lots", "not a number"),
                Arguments.of("amount with a unit in it", "fuel/natural_gas,12 GJ,GJ,,,,", "amount", "12 GJ",
                        "not a number"),
                Arguments.of("NaN amount", "fuel/natural_gas,NaN,GJ,,,,", "amount", "NaN", "NaN"),
                Arguments.of("Infinity amount", "fuel/natural_gas,Infinity,GJ,,,,", "amount", "Infinity",
                        "Infinity"),
                Arguments.of("overflowing amount 1e400", "fuel/natural_gas,1e400,GJ,,,,", "amount", "1e400",
                        "too large"),
                Arguments.of("negative amount", "fuel/natural_gas,-5,GJ,,,,", "amount", "-5", "negative"),
                Arguments.of("decimal comma", "fuel/natural_gas,\"1,5\",GJ,,,,", "amount", "1,5", "decimal comma"),
                Arguments.of("unknown unit kWhh", "fuel/natural_gas,10,kWhh,,,,", "unit", "kWhh", "kWhh"),
                Arguments.of("volume without density", "fuel/residual_fuel_oil,10,L,,,,", "unit", "L", "density"),
                Arguments.of("unknown activity id", "fuel/unobtainium,10,GJ,,,,", "activity", "fuel/unobtainium",
                        "unknown activity"),
                // the default chain has grid electricity for GB, US and CN only: a row without a region
                // matches global rows only, so the region is what stops it (the reason lists every table tried)
                Arguments.of("grid electricity without a region", "electricity/grid,10,kWh,,,,", "region", "",
                        "no region stated matches only global rows"),
                Arguments.of("bad period 2025-13", "fuel/natural_gas,10,GJ,2025-13,,,", "period", "2025-13",
                        "2025-13"),
                Arguments.of("bad period text", "fuel/natural_gas,10,GJ,Q1 2025,,,", "period", "Q1 2025", "Q1 2025"),
                Arguments.of("bad region", "fuel/natural_gas,10,GJ,,XX-NOWHERE,,", "region", "XX-NOWHERE",
                        "XX-NOWHERE"),
                Arguments.of("bad sector", "fuel/natural_gas,10,GJ,,,spaceships,", "sector", "spaceships",
                        "spaceships"),
                Arguments.of("period before every table's validity", "fuel/natural_gas,10,GJ,2005,,,", "period",
                        "2005", "ipcc-2006"),
                Arguments.of("plain m3 of gas without density", "fuel/natural_gas,10,m3,,,,", "unit", "m3",
                        "density"),
                Arguments.of("Nm3 of gas without a per-volume factor", "fuel/natural_gas,10,Nm3,,,,", "unit", "Nm3",
                        "reference conditions"),
                Arguments.of("row with more fields than the header", "fuel/natural_gas,10,GJ,,,,,extra", "", "",
                        "fields"),
                Arguments.of("blank line between rows", "", "", "", "empty"),
                // issue 12: a row that cannot be read is one rejected row, never a fatal file
                Arguments.of("field over the size bound", "fuel/natural_gas,\"" + "9".repeat(70_000) + "\",GJ,,,,", "",
                        "", "field 2 (amount) is longer than 65536 characters"),
                Arguments.of("more than 4096 fields", "fuel/natural_gas,10,GJ" + ",x".repeat(5000), "", "",
                        "more than 4096 fields"),
                Arguments.of("ambiguous unit mwh", "fuel/natural_gas,10,mwh,,,,", "unit", "mwh", "MWh (3.6 GJ) or mWh"),
                Arguments.of("gallon, US or imperial", "fuel/natural_gas,10,gal,,,,", "unit", "gal", "imp gal"),
                Arguments.of("amount too small to represent", "fuel/natural_gas,1E-400,GJ,,,,", "amount", "1E-400",
                        "too small to represent"),
                Arguments.of("thousands separator or decimal comma", "fuel/natural_gas,\"1,000\",GJ,,,,", "amount",
                        "1,000", "could be 1000 (',' separating thousands) or 1.000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void badRow_isRejectedAndOtherTotalsUnaffected(String name, String badRow, String column, String value,
            String reasonMentions) {
        JsonNode goodOnly = ok(inventory(dir, HEADER + GOOD_1 + GOOD_2));

        Cli.Run run = inventory(dir, HEADER + GOOD_1 + badRow + "\n" + GOOD_2);
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        assertNoStackTrace(run);
        JsonNode result = run.json();

        assertEquals(1, result.get("rejected").size(), run::toString);
        JsonNode rejected = result.at("/rejected/0");
        assertEquals(3, rejected.get("row").asInt(), "row: header = 1, first good row = 2");
        assertEquals(column, rejected.get("column").asText());
        assertEquals(value, rejected.get("value").asText());
        assertTrue(rejected.get("reason").asText().contains(reasonMentions),
                () -> "reason should mention '" + reasonMentions + "': " + rejected);

        assertEquals(3, result.at("/counts/rows").asInt());
        assertEquals(2, result.at("/counts/accepted").asInt());
        assertEquals(1, result.at("/counts/rejected").asInt());
        assertEquals(2, result.get("records").size());
        assertEquals(2, result.at("/records/0/row").asInt());
        assertEquals(4, result.at("/records/1/row").asInt());
        assertEquals(goodOnly.get("totals"), result.get("totals"), "totals must equal those without the bad row");
        assertTrue(run.err().contains("row 3"), () -> "stderr should list the rejected row\n" + run);
    }

    @Test
    void unknownUnit_reasonSuggestsTheCloseMatch() {
        Cli.Run run = inventory(dir, HEADER + "fuel/natural_gas,10,kWhh,,,,\n");
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        String reason = run.json().at("/rejected/0/reason").asText();
        assertTrue(Pattern.compile("\\bkWh\\b").matcher(reason).find(), "should suggest kWh: " + reason);
    }

    @Test
    void activityNoTableCovers_reasonNamesTheTableTried() {
        Cli.Run run = inventory(dir, HEADER + "electricity/grid,10,kWh,,,,\n", "--tables", "ipcc-2006");
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        JsonNode rejected = run.json().at("/rejected/0");
        assertEquals("activity", rejected.get("column").asText());
        assertTrue(rejected.get("reason").asText().contains("ipcc-2006"), rejected::toString);
    }

    @Test
    void manyBadRows_eachGetsItsOwnEntryInFileOrder() {
        StringBuilder csv = new StringBuilder(HEADER).append(GOOD_1);
        int bad = 0;
        for (Arguments a : badRows().toList()) {
            csv.append(a.get()[1]).append('\n');
            bad++;
        }
        csv.append(GOOD_2);
        JsonNode goodOnly = ok(inventory(dir, HEADER + GOOD_1 + GOOD_2));
        Cli.Run run = inventory(dir, csv.toString());
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        JsonNode result = run.json();
        assertEquals(bad, result.get("rejected").size());
        assertEquals(bad, result.at("/counts/rejected").asInt());
        assertEquals(bad + 2, result.at("/counts/rows").asInt());
        for (int i = 0; i < bad; i++) {
            JsonNode r = result.get("rejected").get(i);
            assertEquals(3 + i, r.get("row").asInt());
            for (String key : new String[] {"row", "column", "value", "reason"}) {
                assertTrue(r.has(key), () -> "rejected entry without " + key + ": " + r);
            }
            assertTrue(!r.get("reason").asText().isBlank());
        }
        assertEquals(goodOnly.get("totals"), result.get("totals"));
    }

    @Test
    void rejectedRows_areListedInCsvOutputToo() {
        Cli.Run run = inventory(dir, HEADER + GOOD_1 + "fuel/natural_gas,-1,GJ,,,,\n", "--format", "csv");
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run::toString);
        try (CsvReader csv = CsvReader.of(new StringReader(run.out()), "stdout")) {
            int columns = csv.header().size();
            assertTrue(csv.next());
            assertEquals(columns, csv.fieldCount(), "an accepted row has every column");
            assertTrue(csv.next());
            assertEquals(columns, csv.fieldCount(), "a rejected row has every column");
            assertEquals("3", csv.field(0));
            assertEquals("-1", csv.field(csv.header().require("amount")));
            assertEquals("", csv.field(csv.header().require("co2e_kg")), "no emissions for a rejected row");
            assertTrue(csv.field(columns - 1).contains("negative"), csv.field(columns - 1));
        }
    }

    /** Issue 12 item 6: a byte that is not UTF-8 made the file fatal, and was reported at the wrong row. */
    @Test
    void invalidUtf8InARow_isRejectedAtItsOwnRow_andTheOtherRowsCount() {
        byte[] head = (HEADER + GOOD_1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = "fuel/natural_gas,10,GJ,,,,M\u00e1laga\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] tail = GOOD_2.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Cli.Run run = Cli.inventoryOf(Cli.writeBytes(dir, "latin1.csv", all));
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        JsonNode rejected = run.json().at("/rejected/0");
        assertEquals(3, rejected.get("row").asInt());
        assertTrue(rejected.get("reason").asText().contains("field 7 (site) has bytes that are not UTF-8 (byte 0xE1)"),
                rejected::toString);
        assertEquals(2, run.json().at("/counts/accepted").asInt());
    }

    /** Issue 12 item 6: a blank line at the end of the file was a rejected row (exit 3). */
    @Test
    void trailingBlankLines_areNotRows() {
        Cli.Run run = inventory(dir, HEADER + GOOD_1 + GOOD_2 + "\n\n");
        assertEquals(0, run.status(), run::toString);
        assertEquals(2, run.json().at("/counts/rows").asInt());
    }

    /** Issue 12 item 6: a NUL byte in a value reached stderr raw. */
    @Test
    void controlCharactersInARejectedValue_reachStderrShownAsCodes() {
        Cli.Run run = inventory(dir, HEADER + "fuel/natural_gas,10,G\u0000J\u001b[31m,,,,\n");
        assertEquals(CarbonLedgerCommand.EXIT_REJECTED, run.status(), run::toString);
        assertTrue(run.err().contains("G<U+0000>J<U+001B>[31m"), run::toString);
        assertTrue(run.err().chars().noneMatch(c -> c < 0x20 && c != '\n'), run::toString);
    }
}
