package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.nio.charset.StandardCharsets;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionCalculator;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/** The records written as bytes, and their strings, are what Jackson's generator writes. */
class JsonInventoryWriterTest {
    private interface Write {
        void apply(JsonGenerator g, String s) throws IOException;
    }

    private static byte[] write(List<String> values, Write how) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(JsonInventoryWriter.prettyPrinter());
            g.writeStartArray();
            for (String v : values) {
                how.apply(g, v);
            }
            g.writeEndArray();
        }
        return bytes.toByteArray();
    }

    private static List<String> strings(Random random, int count) {
        String alphabet = "aZ09 \"\\/\u0000\u0001\u001f\u007f\u0080×é€\n\r\t\b\f\u2028\u2029\uFEFF😀\uD800上海";
        List<String> values = new ArrayList<>(List.of("", "CO2: 1 GJ × 56100 kg/TJ = 56.1 kg", "x".repeat(70_000),
                "×".repeat(40_000) + "\"", "😀".repeat(20_000)));
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(i % 100 == 0 ? 9000 : 60);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(b.toString()); // lone surrogates too: halves of the emoji
        }
        return values;
    }

    @Test
    void jsonString_writesWhatWriteStringWrites() throws IOException {
        JsonInventoryWriter.RecordBytes bytes = new JsonInventoryWriter.RecordBytes();
        for (String v : strings(new Random(11), 20_000)) {
            if (!Arrays.equals(write(List.of(v), JsonGenerator::writeString), with(bytes.jsonString(v)))) {
                fail("differs for a string of " + v.length() + " characters starting " + v.substring(0,
                        Math.min(40, v.length())));
            }
        }
    }

    /** The bytes of a one-value array, as {@link #write} makes them. */
    private static byte[] with(byte[] value) {
        byte[] out = new byte[value.length + 4];
        out[0] = '[';
        out[1] = ' ';
        System.arraycopy(value, 0, out, 2, value.length);
        out[value.length + 2] = ' ';
        out[value.length + 3] = ']';
        return out;
    }

    /**
     * The records, written as bytes, are what the generator writes with the result's pretty
     * printer and the fields of DESIGN.md §6 in their order (the oracle below): generated records
     * of the built-in tables, with and without tags, ids, sites and tags that need escapes or are
     * not ASCII, periods and regions.
     */
    @Test
    void recordBytes_writeWhatTheGeneratorWrites() throws IOException {
        FactorRegistry registry = FactorRegistry.discover();
        EmissionCalculator calc = new EmissionCalculator(
                CalculationSettings.of(registry, BuiltInTables.defaultChain(registry)));
        UnitParser units = UnitParser.standard();
        Random random = new Random(5);
        List<String> text = strings(random, 300).stream().filter(t -> t.length() < 200
                && t.chars().noneMatch(c -> Character.isSurrogate((char) c))).toList();
        String[][] rows = {{"fuel/natural_gas", "GJ", ""}, {"fuel/natural_gas", "kWh", "GB"},
            {"fuel/gas_diesel_oil", "t", ""}, {"fuel/wood_wood_waste", "t", ""}, {"electricity/grid", "kWh", "GB"},
            {"electricity/grid", "MWh", "US-CAMX"}};
        List<ActivityResult> results = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String[] row = rows[random.nextInt(rows.length)];
            Activity.Builder b = Activity.builder(ActivityId.of(row[0]), random.nextInt(1_000_000) / 997.0,
                    units.parse(row[1])).id(text.get(random.nextInt(text.size())))
                    .site(text.get(random.nextInt(text.size()))).process(i % 3 == 0 ? "kilns" : "");
            if (!row[2].isEmpty()) {
                b.region(Region.parse(row[2])).period(Period.parse("2025-0" + (1 + random.nextInt(9))));
            }
            if (i % 2 == 0) {
                for (int t = random.nextInt(3); t >= 0; t--) {
                    b.tag("tag" + t + text.get(random.nextInt(text.size())), text.get(random.nextInt(text.size())));
                }
            }
            results.add(calc.calculate(b.build()));
        }
        // the generator as the result's is made: doubles by Jackson's fast writer (Schubfach)
        JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(expected, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(JsonInventoryWriter.prettyPrinter());
            g.writeStartObject();
            g.writeArrayFieldStart("records");
            for (int i = 0; i < results.size(); i++) {
                oracle(g, i + 2, results.get(i), "F" + (i % 7));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(actual, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(JsonInventoryWriter.prettyPrinter());
            g.writeStartObject();
            g.writeArrayFieldStart("records");
            g.flush();
            JsonInventoryWriter.RecordBytes bytes = new JsonInventoryWriter.RecordBytes();
            for (int i = 0; i < results.size(); i++) {
                String key = "F" + (i % 7);
                bytes.write(actual, i > 0, i + 2, results.get(i), key, results.get(i).trace(key));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        String e = expected.toString(StandardCharsets.UTF_8);
        String a = actual.toString(StandardCharsets.UTF_8);
        int at = 0;
        while (at < Math.min(e.length(), a.length()) && e.charAt(at) == a.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 60);
        assertEquals(e.substring(from, Math.min(e.length(), at + 60)), a.substring(from, Math.min(a.length(), at + 60)),
                "first difference at character " + at);
        assertEquals(e.length(), a.length());
    }

    /** A record as the generator writes it, field by field (DESIGN.md §6). */
    private static void oracle(JsonGenerator g, long row, ActivityResult r, String key) throws IOException {
        var a = r.activity();
        g.writeStartObject();
        g.writeNumberField("row", row);
        g.writeStringField("id", a.id());
        g.writeStringField("activity", a.activity().id());
        g.writeStringField("site", a.site());
        g.writeStringField("process", a.process());
        g.writeStringField("period", a.period() == null ? "" : a.period().text());
        g.writeStringField("region", a.region().isGlobal() ? "" : a.region().id());
        g.writeNumberField("amount", a.amount());
        g.writeStringField("unit", a.unit().symbol());
        g.writeStringField("scope", r.scope().code());
        g.writeNumberField("co2e_kg", r.co2eKg());
        g.writeObjectFieldStart("gases_kg");
        for (var e : r.gasesKg().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("biogenic_co2_kg", r.biogenicCo2Kg());
        g.writeStringField("table", r.factor().table().id());
        g.writeStringField("factor", key);
        if (!a.tags().isEmpty()) {
            g.writeObjectFieldStart("tags");
            for (var e : a.tags().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("trace");
        for (String line : r.trace(key)) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Test
    void prettyPrinter_writesWhatTheDefaultWrites() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (JsonGenerator a = new JsonFactory().createGenerator(expected, JsonEncoding.UTF8);
                JsonGenerator b = new JsonFactory().createGenerator(actual, JsonEncoding.UTF8)) {
            a.useDefaultPrettyPrinter();
            b.setPrettyPrinter(JsonInventoryWriter.prettyPrinter());
            for (JsonGenerator g : List.of(a, b)) {
                g.writeStartObject();
                g.writeObjectFieldStart("empty");
                g.writeEndObject();
                g.writeArrayFieldStart("emptyArray");
                g.writeEndArray();
                for (int depth = 0; depth < 70; depth++) {
                    g.writeNumberField("n" + depth, depth * 0.5);
                    g.writeArrayFieldStart("a" + depth);
                    g.writeString("x");
                    g.writeNumber(depth);
                    g.writeStartArray();
                    g.writeString("y");
                    g.writeString("z");
                    g.writeEndArray();
                    g.writeStartObject();
                    g.writeStringField("k", "v");
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeObjectFieldStart("o" + depth);
                }
                for (int depth = 0; depth < 70; depth++) {
                    g.writeEndObject();
                }
                g.writeRaw('\n');
                g.writeEndObject();
            }
        }
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }
}
