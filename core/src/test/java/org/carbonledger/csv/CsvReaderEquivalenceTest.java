package org.carbonledger.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chunked {@link CsvReader} reads every text exactly as the character-at-a-time
 * {@link ReferenceCsvReader} did: the same header, comments, fields and row numbers, and the same
 * error (message and row) at the same point. Texts are generated from the characters that matter
 * to the grammar, with fields long enough to cross chunk boundaries and the field-length bound.
 */
class CsvReaderEquivalenceTest {
    private static final String ALPHABET = "ab,\"\n\r #;\t\uFEFFé";

    /** What a reader yields: header, comments, records with their rows, then the end or the error. */
    private static List<String> transcript(Supplier<Object> open) {
        List<String> out = new ArrayList<>();
        try {
            Object reader = open.get();
            if (reader instanceof CsvReader r) {
                try (r) {
                    out.add("header " + r.header().names() + " comments " + r.comments());
                    while (r.next()) {
                        out.add(r.fault() != null ? r.row() + ": fault " + r.fault()
                                : r.row() + ":" + r.fieldCount() + ":" + r.isBlank() + ":" + fields(r.fieldCount(), r::field));
                    }
                }
            } else {
                try (ReferenceCsvReader r = (ReferenceCsvReader) reader) {
                    out.add("header " + r.header().names() + " comments " + r.comments());
                    while (r.next()) {
                        out.add(r.fault() != null ? r.row() + ": fault " + r.fault()
                                : r.row() + ":" + r.fieldCount() + ":" + r.isBlank() + ":" + fields(r.fieldCount(), r::field));
                    }
                }
            }
            out.add("end");
        } catch (CsvFormatException e) {
            out.add("error row " + e.row() + ": " + e.getMessage());
        }
        return out;
    }

    private static String fields(int n, java.util.function.IntFunction<String> field) {
        List<String> f = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            f.add(field.apply(i));
        }
        return f.toString();
    }

    private static String generate(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                // a long run: crosses the 8 Ki chunk, sometimes the field bound
                int n = random.nextBoolean() ? 5_000 + random.nextInt(12_000) : CsvReader.MAX_FIELD_LENGTH - 2
                        + random.nextInt(5);
                b.append(String.valueOf((char) ('a' + random.nextInt(3))).repeat(n));
            } else if (kind == 1) {
                b.append("\"").append("x,\n".repeat(random.nextInt(4000))).append("\"");
            } else {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    @Test
    void readsGeneratedTextsAsTheReferenceReaderDid() {
        Random random = new Random(20261129);
        for (int i = 0; i < 4000; i++) {
            String text = generate(random);
            String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
            assertEquals(transcript(() -> ReferenceCsvReader.of(new StringReader(text), "t.csv")),
                    transcript(() -> CsvReader.of(new StringReader(text), "t.csv")), shown);
            assertEquals(transcript(() -> ReferenceCsvReader.withComments(new StringReader(text), "t.csv")),
                    transcript(() -> CsvReader.withComments(new StringReader(text), "t.csv")), shown);
        }
    }

    @Test
    void readsFilesAsTheReferenceReaderDid_validOrNotUtf8(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = generate(random).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (i % 3 == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) 0xC3; // often a broken sequence
            }
            Path file = dir.resolve("f" + i + ".csv");
            Files.write(file, bytes);
            assertEquals(transcript(() -> ReferenceCsvReader.open(file)), transcript(() -> CsvReader.open(file)),
                    "file " + i);
        }
    }

    @Test
    void repeatedFieldsKeepTheirText() {
        String text = "site,amount\nLeeds,1\nLeeds,2\nLeed,3\nLeeds,\"1\"\n";
        assertEquals(transcript(() -> ReferenceCsvReader.of(new StringReader(text), "t.csv")),
                transcript(() -> CsvReader.of(new StringReader(text), "t.csv")));
    }
}
