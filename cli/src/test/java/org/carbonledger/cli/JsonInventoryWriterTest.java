package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The trace lines' fast string writing gives the bytes Jackson's writeString gives. */
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

    @Test
    void writeText_writesWhatWriteStringWrites() throws IOException {
        String alphabet = "aZ09 \"\\/\u0000\u0001\u001f\u007f\u0080×é€\n\r\t\b\f\u2028\u2029\uFEFF😀\uD800";
        Random random = new Random(11);
        List<String> values = new ArrayList<>(List.of("", "CO2: 1 GJ × 56100 kg/TJ = 56.1 kg", "x".repeat(70_000),
                "×".repeat(40_000) + "\"", "😀".repeat(20_000)));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(i % 100 == 0 ? 9000 : 60);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(b.toString()); // lone surrogates too: halves of the emoji

        }
        byte[] expected = write(values, JsonGenerator::writeString);
        JsonInventoryWriter.Utf8Lines lines = new JsonInventoryWriter.Utf8Lines();
        assertArrayEquals(expected, write(values, (g, v) -> JsonInventoryWriter.write(g, lines.encode(List.of(v)))));
        // several lines at a time, as a record's trace is encoded: each ends where the next begins
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(JsonInventoryWriter.prettyPrinter());
            g.writeStartArray();
            for (int at = 0; at < values.size(); ) {
                int to = Math.min(values.size(), at + 1 + random.nextInt(9));
                JsonInventoryWriter.write(g, lines.encode(values.subList(at, to)));
                at = to;
            }
            g.writeEndArray();
        }
        assertArrayEquals(expected, bytes.toByteArray());
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
