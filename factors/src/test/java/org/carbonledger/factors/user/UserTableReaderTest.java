package org.carbonledger.factors.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.testkit.FactorTableContract;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Users' own tables (docs/design.md §4): the README's complete CSV and JSON examples are read and used
 * end to end, and malformed tables fail naming file, row, column, value and reason.
 */
class UserTableReaderTest {
    static final FactorRegistry REGISTRY = FactorRegistry.discover();
    static final UserTableReader READER = new UserTableReader(REGISTRY::findActivityType);

    static final String HEADER = """
            # Supplier-specific factors
            # id: acme-2025
            # publisher: ACME Steel Ltd
            # edition: 2025-06
            # licence: proprietary, used with permission
            activity,region,valid_from,valid_to,gas,value,unit,basis,document,reference,uncertainty,scope
            """;
    static final String CSV = HEADER + """
            material/steel_coil,,2025-01-01,2025-12-31,CO2,1850,kg/t,,EPD 2025,table 3,+-10%,3
            fuel/natural_gas,GB,,,CO2,0.18,kg/kWh,gross,,annex B,,
            fuel/natural_gas,GB,,,CH4,0.0003,kg/kWh,gross,,annex B,,
            fuel/natural_gas,GB,,,N2O,0.0001,kg/kWh,gross,,annex B,,
            """;
    static final String JSON = """
            { "id": "acme-json-2025", "publisher": "ACME Steel Ltd", "edition": "2025-06",
              "licence": "proprietary", "document": "EPD 2025",
              "factors": [
                { "activity": "material/steel_coil", "valid_from": "2025-01-01", "valid_to": "2025-12-31",
                  "gas": "CO2", "value": 1850, "unit": "kg/t", "reference": "table 3", "scope": "3" },
                { "activity": "fuel/natural_gas", "region": "GB", "gas": "CO2", "value": 0.18,
                  "unit": "kg/kWh", "basis": "gross", "reference": "annex B" },
                { "activity": "fuel/natural_gas", "region": "GB", "gas": "CH4", "value": 0.0003,
                  "unit": "kg/kWh", "basis": "gross", "reference": "annex B" },
                { "activity": "fuel/natural_gas", "region": "GB", "gas": "N2O", "value": 0.0001,
                  "unit": "kg/kWh", "basis": "gross", "reference": "annex B" } ] }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static ActivityResult price(UserTable table, Activity a) {
        FactorRegistry registry = REGISTRY.with(List.of(table), table.newActivities());
        List<String> chain = List.of(table.info().id(), "ipcc-2006");
        return new EmissionCalculator(CalculationSettings.of(registry, registry.chain(chain))).calculate(a);
    }

    @Test
    void csvTable_isUsedEndToEnd_andDefinesNewActivities() throws IOException {
        UserTable t = READER.read(write("acme.csv", CSV));
        assertEquals("acme-2025", t.info().id());
        assertEquals(Scope.SCOPE_3, t.newActivities().get(0).scope());
        ActivityResult steel = price(t, Activity.builder(ActivityId.of("material/steel_coil"), 12,
                UnitParser.standard().parse("t")).period(Period.parse("2025-03")).build());
        assertEquals(12 * 1850, steel.gasesKg().get(Gas.CO2), 1e-9);
        assertEquals("acme-2025", steel.factor().table().id());
        assertTrue(String.join("\n", steel.trace()).contains("table 3"));
        ActivityResult gas = price(t, Activity.builder(ActivityId.of("fuel/natural_gas"), 1000,
                UnitParser.standard().parse("kWh")).region(Region.parse("GB")).build());
        assertEquals(180, gas.gasesKg().get(Gas.CO2), 1e-9);
        ActivityResult global = price(t, Activity.builder(ActivityId.of("fuel/natural_gas"), 1000,
                UnitParser.standard().parse("kWh")).build());
        assertEquals("ipcc-2006", global.factor().table().id(), "a row without region matches only global rows");
    }

    @Test
    void jsonTable_readsTheSameFactors() throws IOException {
        UserTable csv = READER.read(write("acme.csv", CSV));
        UserTable json = READER.read(write("acme.json", JSON));
        for (ActivityId id : csv.activities()) {
            assertEquals(csv.factors(id).stream().map(f -> f.gas() + "=" + f.value() + " " + f.unit()).toList(),
                    json.factors(id).stream().map(f -> f.gas() + "=" + f.value() + " " + f.unit()).toList());
        }
    }

    /** A copy read under the user's name: the same table, described and faulted as the user's file. */
    @Test
    void aCopy_readUnderTheUsersName_isTheUsersTable() throws IOException {
        String users = "data/suppliers/acme.csv";
        UserTable copy = READER.read(write("copy-1234.bin", CSV), users);
        UserTable original = READER.read(write("acme.csv", CSV));
        assertEquals("user table " + users, copy.info().document());
        assertEquals(users, copy.file());
        assertEquals(original.activities(), copy.activities());
        UserTable json = READER.read(write("copy-5678.bin", JSON), "tables/acme.json");
        assertEquals("acme-json-2025", json.info().id());
        Path bad = write("copy-9.bin", HEADER + "fuel/natural_gas,,,,CO2,-1,kg/GJ,,,,,\n");
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(bad, users));
        assertTrue(e.getMessage().startsWith(users + ", row 7"), e.getMessage());
        assertTrue(!e.getMessage().contains("copy-9"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong unit|fuel/natural_gas,,,,CO2,1,GJ/t,,,,,|row 7|unit|GJ/t",
        "unknown unit|fuel/natural_gas,,,,CO2,1,kg/parsec,,,,,|row 7|unit|kg/parsec",
        "negative factor|fuel/natural_gas,,,,CO2,-1,kg/GJ,,,,,|row 7|value|-1",
        "not a number|fuel/natural_gas,,,,CO2,abc,kg/GJ,,,,,|row 7|value|abc",
        "unknown gas|fuel/natural_gas,,,,H2O,1,kg/GJ,,,,,|row 7|gas|H2O",
        "bad region|fuel/natural_gas,XX-1,,,CO2,1,kg/GJ,,,,,|row 7|region|XX-1",
        "bad date|fuel/natural_gas,,2025-02-30,,CO2,1,kg/GJ,,,,,|row 7|valid_from|2025-02-30",
        "validity reversed|fuel/natural_gas,,2025-06-01,2025-01-01,CO2,1,kg/GJ,,,,,|row 7|valid_to|2025-01-01",
        "basis on a mass unit|fuel/natural_gas,,,,CO2,1,kg/t,net,,,,|row 7|basis|net",
        "undefined new activity|material/glass,,,,CO2,1,kg/t,,,,,|row 7|scope|",
        "scope changed|fuel/natural_gas,,,,CO2,1,kg/GJ,,,,,2|row 7|scope|2"})
    void malformedRows_failNamingRowColumnAndValue(String name, String row, String where, String column, String value)
            throws IOException {
        Path p = write("bad.csv", HEADER + row + "\n");
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(p));
        assertEquals(where, e.row(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(value == null ? "" : value, e.value() == null ? "" : e.value(), e.getMessage());
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
    }

    @Test
    void duplicateKey_isRefused() throws IOException {
        Path p = write("dup.csv", HEADER + "fuel/natural_gas,,,,CO2,1,kg/GJ,,,,,\nfuel/natural_gas,,,,CO2,2,kg/GJ,,,,,\n");
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(p));
        assertEquals("row 8", e.row());
        assertTrue(e.getMessage().contains("duplicate key") && e.getMessage().contains("row 7"), e.getMessage());
    }

    @Test
    void overlappingValidity_isRefused() throws IOException {
        Path p = write("overlap.csv", HEADER + "fuel/natural_gas,,2025-01-01,2025-06-30,CO2,1,kg/GJ,,,,,\n"
                + "fuel/natural_gas,,2025-06-01,2025-12-31,CO2,2,kg/GJ,,,,,\n"
                + "fuel/natural_gas,,2026-01-01,2026-12-31,CO2,2,kg/GJ,,,,,\n");
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(p));
        assertTrue(e.getMessage().contains("overlapping validity"), e.getMessage());
        assertEquals("row 8", e.row());
    }

    @Test
    void missingColumnOrMetadata_isRefused() throws IOException {
        Path noValue = write("nv.csv", "# id: x\n# publisher: p\n# edition: 1\n# licence: l\nactivity,gas,unit\n");
        assertEquals("value", assertThrows(InvalidTableException.class, () -> READER.read(noValue)).column());
        Path noId = write("ni.csv", "# publisher: p\n# edition: 1\n# licence: l\nactivity,gas,value,unit\n"
                + "fuel/lpg,CO2,1,kg/GJ\n");
        assertEquals("id", assertThrows(InvalidTableException.class, () -> READER.read(noId)).column());
        Path unknownColumn = write("uc.csv", HEADER.replace("scope", "colour") + "fuel/lpg,,,,CO2,1,kg/GJ,,,,,red\n");
        assertEquals("colour", assertThrows(InvalidTableException.class, () -> READER.read(unknownColumn)).column());
    }

    @Test
    void malformedJson_isRefused() throws IOException {
        assertTrue(assertThrows(InvalidTableException.class, () -> READER.read(write("a.json", "{\"id\": ")))
                .getMessage().contains("not valid JSON"));
        assertEquals("factors", assertThrows(InvalidTableException.class, () -> READER.read(write("b.json",
                "{\"id\":\"x\",\"publisher\":\"p\",\"edition\":\"1\",\"licence\":\"l\",\"factors\":3}"))).column());
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(write("c.json",
                JSON.replace("\"value\": 0.18", "\"value\": -0.18"))));
        assertEquals("factors[1]", e.row());
        assertEquals("value", e.column());
        assertEquals("@type", assertThrows(InvalidTableException.class, () -> READER.read(write("d.json",
                "{\"@type\":\"java.lang.Runtime\",\"id\":\"x\"}"))).column());
    }

    // ---- issue 12 item 2: strict JSON and strict metadata --------------------------------------

    /** "value": 50000, "value": 5 was read as 5, the last one, without a word. */
    @Test
    void duplicateKeyInJsonObject_isRefusedNamingItsPlace() throws IOException {
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(write("dk.json",
                JSON.replace("\"value\": 0.18,", "\"value\": 50000, \"value\": 0.18,"))));
        assertEquals("factors[1].value", e.row(), e.getMessage());
        assertTrue(e.getMessage().contains("Duplicate field 'value'"), e.getMessage());
    }

    /** A second "factors" array replaced the first. */
    @Test
    void duplicateFactorsArray_isRefused() throws IOException {
        String twice = JSON.substring(0, JSON.lastIndexOf('}')) + ", \"factors\": [] }";
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(write("df.json", twice)));
        assertEquals("factors", e.row(), e.getMessage());
        assertTrue(e.getMessage().contains("Duplicate field 'factors'"), e.getMessage());
    }

    /** Text after the document (a second object, a stray bracket) was ignored. */
    @Test
    void trailingContentAfterJsonDocument_isRefused() throws IOException {
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(write("tc.json",
                JSON + "\n{ \"id\": \"other\" }\n")));
        assertTrue(e.getMessage().contains("not valid JSON") && e.getMessage().contains("Trailing token"),
                e.getMessage());
    }

    /**
     * A fault of the JSON itself is reported before any fault of its content, wherever it stands:
     * an unknown factor field early in the file does not hide a syntax error or a duplicate key
     * later on, as the whole document is read before its content is checked.
     */
    @Test
    void faultOfTheJsonItself_comesBeforeFaultsOfItsContent() throws IOException {
        String early = JSON.replace("\"scope\": \"3\" }", "\"scope\": \"3\", \"colour\": \"red\" }");
        InvalidTableException syntax = assertThrows(InvalidTableException.class, () -> READER.read(write("s.json",
                early.substring(0, early.lastIndexOf(']')) + ", ] }")));
        assertTrue(syntax.getMessage().contains("not valid JSON"), syntax.getMessage());
        InvalidTableException duplicate = assertThrows(InvalidTableException.class, () -> READER.read(write("d2.json",
                early.replace("\"reference\": \"annex B\" }", "\"reference\": \"annex B\", \"reference\": \"x\" }"))));
        assertTrue(duplicate.getMessage().contains("Duplicate field 'reference'"), duplicate.getMessage());
        assertEquals("factors[1].reference", duplicate.row());
        // and with the JSON sound, the content's faults in order: table fields, metadata, then each factor
        assertEquals("colour", assertThrows(InvalidTableException.class, () -> READER.read(write("c2.json", early))).column());
        assertEquals("id", assertThrows(InvalidTableException.class, () -> READER.read(write("m.json",
                "{\"factors\": {}}"))).column());
    }

    /** Text after the document names what it found, whatever its type. */
    @Test
    void trailingScalarAfterJsonDocument_isNamedByItsType() throws IOException {
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(write("ts.json",
                JSON + " \"x\"")));
        assertTrue(e.getMessage().contains("Trailing token (of type VALUE_STRING)"), e.getMessage());
    }

    /** An exponent beyond any double (and beyond Java's BigDecimal scale) is the value's fault, not a crash. */
    @Test
    void exponentBeyondAnyNumber_isRefusedAsTheValue() throws IOException {
        for (String v : new String[] {"1e2147483648", "1e-2147483649", "1e99999999999"}) {
            InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(write("x.json",
                    JSON.replace("\"value\": 0.18", "\"value\": " + v))));
            assertEquals("factors[1]", e.row(), v);
            assertEquals("value", e.column(), v);
        }
    }

    /** A metadata field that holds an object or an array was dropped without a word; it is refused. */
    @Test
    void metadataThatIsNoScalar_isRefusedNotDropped() throws IOException {
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(write("o.json",
                JSON.replace("\"document\": \"EPD 2025\"", "\"document\": {\"title\": \"EPD 2025\"}"))));
        assertEquals("document", e.column());
        assertTrue(e.getMessage().contains("must be a string or a number"), e.getMessage());
    }

    /** A document cut off inside the factors array is not valid JSON. */
    @Test
    void documentCutOffInsideAnArray_isNotValidJson() throws IOException {
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(write("cut.json",
                JSON.substring(0, JSON.indexOf("{ \"activity\": \"fuel/natural_gas\"")))));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    /** A JSON value of 1E-400 was read as 0 (a double underflows); so was the same value in CSV. */
    @Test
    void underflowingFactor_isRefusedNotReadAsZero() throws IOException {
        InvalidTableException json = assertThrows(InvalidTableException.class, () -> READER.read(write("u.json",
                JSON.replace("\"value\": 0.18", "\"value\": 1E-400"))));
        assertEquals("factors[1]", json.row());
        assertTrue(json.getMessage().contains("too small to represent"), json.getMessage());
        InvalidTableException csv = assertThrows(InvalidTableException.class, () -> READER.read(write("u.csv",
                HEADER + "fuel/natural_gas,,,,CO2,1e-400,kg/GJ,,,,,\n")));
        assertEquals("value", csv.column());
    }

    /** A second "# edition" overwrote the first; "# licnce" was dropped as if a comment. */
    @Test
    void repeatedOrUnknownMetadataLine_isRefusedNamingItsRow() throws IOException {
        InvalidTableException twice = assertThrows(InvalidTableException.class, () -> READER.read(write("r.csv",
                HEADER.replace("# licence:", "# edition: 2024-01\n# licence:") + "fuel/lpg,,,,CO2,1,kg/GJ,,,,,\n")));
        assertEquals("row 5", twice.row());
        assertTrue(twice.getMessage().contains("given twice (rows 4 and 5)"), twice.getMessage());
        InvalidTableException unknown = assertThrows(InvalidTableException.class, () -> READER.read(write("k.csv",
                HEADER.replace("# licence:", "# licnce:") + "fuel/lpg,,,,CO2,1,kg/GJ,,,,,\n")));
        assertEquals("row 5", unknown.row());
        assertTrue(unknown.getMessage().contains("unknown table metadata 'licnce'"), unknown.getMessage());
    }

    /** A table's "180000 mg/kWh" was read as 180000 Mg/kWh: 5 × 10¹¹ kg per GJ instead of 50 kg. */
    @Test
    void milligramsPerKilowattHour_areMilligrams() throws IOException {
        UserTable t = READER.read(write("mg.csv", HEADER + "fuel/lpg,,,,CO2,180000,mg/kWh,,,,,\n"));
        assertEquals(50, t.factors(ActivityId.of("fuel/lpg")).get(0).unit().toCanonical(180000), 1e-12);
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> READER.read(write("mwh.csv",
                HEADER + "fuel/lpg,,,,CO2,180,kg/mwh,,,,,\n")));
        assertEquals("unit", e.column());
        assertTrue(e.getMessage().contains("MWh") && e.getMessage().contains("mWh"), e.getMessage());
    }

    @Test
    void otherExtensionsAndMissingFiles_areRefused() {
        assertTrue(assertThrows(InvalidTableException.class, () -> READER.read(dir.resolve("t.xlsx"))).getMessage()
                .contains(".csv or .json"));
        assertTrue(assertThrows(InvalidTableException.class, () -> READER.read(dir.resolve("none.csv"))).getMessage()
                .contains("no such file"));
    }

    /** A user's table passes the same contract as the built-in ones. */
    @Nested
    class Contract extends FactorTableContract {
        @Override
        protected FactorTable table() {
            try {
                return READER.read(write("contract.csv", CSV));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
