package org.carbonledger.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factors.desnz.DesnzTable;
import org.carbonledger.factors.epa.EpaHub2025Table;
import org.carbonledger.factors.internal.BundledTable;
import org.carbonledger.factors.internal.PublisherReferences;
import org.junit.jupiter.api.Test;

/**
 * Every shipped DESNZ and EPA Hub value names its place in the publisher's file (docs/factors.md,
 * "References"): the DESNZ 2025 condensed set's sheet and cell, the DESNZ 2024 flat file's factor ID
 * with its cell in sheet 'Factors by Category', the EPA Hub's table and cell in sheet 'Emission
 * Factors Hub'. The number of values whose cell was not located is the documented one: zero in each
 * table. Each cell is one value's: no two data rows of a resource point at the same cell.
 */
class ShippedReferencesTest {
    /** docs/factors.md, "References": values whose cell was not located, per table. */
    private static final int UNLOCATED = 0;

    private static final Pattern DESNZ_2025 = Pattern.compile(
            "'(Fuels|UK electricity|Transmission and distribution|Bioenergy|Outside of scopes|Refrigerant & other)'"
                    + "![D-H]\\d+: .* \\(bundled data row \\d+( of [a-z_0-9]+\\.csv)?\\)");
    private static final Pattern DESNZ_2024 = Pattern.compile(
            "flat file ID \\d+(_\\d+){4}( \\('Factors by Category'!J\\d+\\))?: .* \\(bundled data row \\d+"
                    + "( of [a-z_0-9]+\\.csv)?\\)");
    private static final Pattern EPA = Pattern.compile(
            "Table \\d \\p{Alpha}[^,]*, 'Emission Factors Hub'![C-K]\\d+: .* \\(bundled data row \\d+\\)");

    @Test
    void desnz2025_everyValueNamesItsCell() {
        assertEvery(DesnzTable.edition2025(), DESNZ_2025);
    }

    @Test
    void desnz2024_everyValueNamesItsFlatFileId() {
        assertEvery(DesnzTable.edition2024(), DESNZ_2024);
    }

    @Test
    void epaHub2025_everyValueNamesItsTableAndCell() {
        assertEvery(EpaHub2025Table.instance(), EPA);
    }

    /**
     * The flat-file IDs the locating tool found, by matching name, unit, gas and value, are the IDs
     * the data were collected with (the {@code table} column of every 2024 row).
     */
    @Test
    void desnz2024_locatedIdsAreTheCollectedOnes() {
        Map<String, String> collected = new HashMap<>();
        try (CsvReader csv = read(DesnzTable.DATA)) {
            var h = csv.header();
            int ed = h.require("edition");
            int table = h.require("table");
            int category = h.require("category");
            int activity = h.require("activity");
            int gas = h.require("gas");
            int unit = h.require("unit");
            while (csv.next()) {
                if (csv.field(ed).startsWith("2024 ")) {
                    collected.put(csv.field(category) + "|" + csv.field(activity) + "|" + csv.field(gas) + "|"
                            + csv.field(unit), csv.field(table).replaceFirst("^Factors by Category; ID ", ""));
                }
            }
        }
        int compared = 0;
        try (CsvReader csv = read("/org/carbonledger/factors/desnz-references.csv")) {
            var h = csv.header();
            int ed = h.require("edition");
            int category = h.require("category");
            int activity = h.require("activity");
            int gas = h.require("gas");
            int unit = h.require("unit");
            int reference = h.require("reference");
            while (csv.next()) {
                if (csv.field(ed).equals("2024")) {
                    String id = collected.get(csv.field(category) + "|" + csv.field(activity) + "|" + csv.field(gas)
                            + "|" + csv.field(unit));
                    assertTrue(csv.field(reference).startsWith("flat file ID " + id + " "),
                            "row " + csv.row() + ": " + csv.field(reference) + " against collected ID " + id);
                    compared++;
                }
            }
        }
        assertEquals(480, compared);
        assertEquals(480, collected.size());
    }

    @Test
    void noTwoDataRowsShareACell() {
        for (String resource : List.of("/org/carbonledger/factors/desnz-references.csv",
                "/org/carbonledger/factors/epa-hub-2025-references.csv")) {
            Set<String> cells = new HashSet<>();
            try (CsvReader csv = read(resource)) {
                int reference = csv.header().require("reference");
                while (csv.next()) {
                    String r = csv.field(reference);
                    assertTrue(r.equals(PublisherReferences.NOT_LOCATED) || cells.add(r),
                            resource + " row " + csv.row() + " repeats " + r);
                }
            }
            assertTrue(cells.size() > 600, resource + ": " + cells.size());
        }
    }

    private static void assertEvery(BundledTable table, Pattern pattern) {
        List<FactorSource> sources = new ArrayList<>();
        for (var id : table.activities()) {
            table.factors(id).forEach(f -> sources.add(f.source()));
            table.conversions(id).forEach(c -> sources.add(c.source()));
        }
        List<String> unlocated = new ArrayList<>();
        for (FactorSource s : sources) {
            if (s.reference().startsWith(PublisherReferences.NOT_LOCATED)) {
                unlocated.add(s.reference());
            } else {
                assertTrue(pattern.matcher(s.reference()).matches(), table.info().id() + ": " + s.reference());
            }
        }
        assertEquals(UNLOCATED, unlocated.size(), table.info().id() + ": " + unlocated);
        assertTrue(sources.size() > 40, table.info().id() + " has " + sources.size() + " values");
    }

    private static CsvReader read(String resource) {
        return CsvReader.withComments(new InputStreamReader(DesnzTable.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8), resource);
    }
}
