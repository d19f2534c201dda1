package org.carbonledger.productivity;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzz harness of {@link PanelCsvReader} (issue 12, item 12; docs/design.md §8): random bytes and
 * CSV-like text built from fragments of panels (unit names, periods, prefixed columns, numbers at
 * the edges, quotes, separators, line ends). Invariants:
 * <ul>
 * <li>no exception escapes but the documented {@link InvalidPanelException} and
 * {@link CsvFormatException};
 * <li>the reader is all or nothing: accepted + rejected = rows read, with either one observation
 * per non-blank record read (blank lines are skipped, as documented) or a refusal that names the
 * source and a row within the file (0 for a fault of the whole panel);
 * <li>what is accepted holds: every value finite and not negative.
 * </ul>
 * It asserts nothing about the order of periods or units, which another change owns. Bounded and
 * deterministic: a fixed seed and a fixed number of examples per property
 * ({@code -Dcarbonledger.fuzz.examples} raises it).
 */
class PanelCsvReaderFuzzTest {
    private static final long SEED = 0x9A4E_15EEL;
    private static final int EXAMPLES = Integer.getInteger("carbonledger.fuzz.examples", 300);
    private static final String HEADER = "dmu,period,x_labour,x_energy,y_output,b_co2\n";

    private static final List<String> FRAGMENTS = List.of(
            ",", ",", ",", ",", "\n", "\n", "\n", "\r\n", "\r", "\"", "\"\"", " ", "\uFEFF", ";", "\t",
            "dmu", "DMU", "period", "x_1", "y_1", "b_1", "price_x_1", "price_x_9", "labour", "x_", "y_",
            "A", "B", "\"B, Ltd\"", "plant-7", "2020", "2021", "2020-01", "",
            "0", "-0", "1", "12.5", "-1", "+2", ".5", "5.", "1e3", "1e308", "1e309", "1e-320", "NaN",
            "Infinity", "1,5", "0x10", "١٢", "=1+1", "é", "\u0000");

    @TempDir
    Path dir;

    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();

    /** Non-blank records after the header, counted by a reader of its own; -1 if the CSV is malformed. */
    private static long nonBlankRecords(String text) {
        try (CsvReader csv = CsvReader.of(new StringReader(text), "count")) {
            long n = 0;
            while (csv.next()) {
                if (!csv.isBlank()) {
                    n++;
                }
            }
            return n;
        } catch (CsvFormatException malformed) {
            return -1;
        }
    }

    /** The row of the last record, header = 1; -1 if the CSV is malformed. */
    private static long lastRow(String text) {
        try (CsvReader csv = CsvReader.of(new StringReader(text), "count")) {
            long row = 1;
            while (csv.next()) {
                row = csv.row();
            }
            return row;
        } catch (CsvFormatException malformed) {
            return -1;
        }
    }

    private void check(String text, Supplier<Panel> read, String source) {
        Panel p;
        try {
            p = read.get();
        } catch (InvalidPanelException e) {
            long last = lastRow(text);
            if (!e.source().equals(source) || !e.getMessage().startsWith(source)) {
                throw new AssertionError("the refusal does not name the file " + source + ": " + e.getMessage(), e);
            }
            if (e.row() < 0 || last >= 0 && e.row() > last) {
                throw new AssertionError("row " + e.row() + " is beyond the file's last row " + last + ": "
                        + e.getMessage(), e);
            }
            return;
        } catch (CsvFormatException e) {
            return;
        }
        long records = nonBlankRecords(text);
        if (records < 0) {
            throw new AssertionError("malformed CSV was accepted: " + p + "\n" + text);
        }
        if (p.size() != records) {
            throw new AssertionError("accepted " + p.size() + " observations of " + records + " non-blank records\n"
                    + text);
        }
        for (Observation o : p.observations()) {
            for (double[] values : List.of(o.inputs(), o.goods(), o.bads())) {
                for (double v : values) {
                    if (!Double.isFinite(v) || v < 0) {
                        throw new AssertionError("accepted value " + v + " for " + o.dmu() + "\n" + text);
                    }
                }
            }
        }
        accepted.incrementAndGet();
    }

    private void checkText(String text) {
        check(text, () -> PanelCsvReader.read(new StringReader(text), "panel.csv"), "panel.csv");
    }

    private static Gen<String> csvish() {
        return lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(0, 60).map(l -> String.join("", l));
    }

    @Test
    void csvLikeRowsAfterAValidHeader_areAcceptedWholeOrRefusedWithTheDocumentedExceptions() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(csvish()).checkAssert(s -> checkText(HEADER + s));
    }

    @Test
    void csvLikeText_isAcceptedWholeOrRefusedWithTheDocumentedExceptions() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).forAll(csvish()).checkAssert(this::checkText);
    }

    @Test
    void wellFormedRows_areAllAccepted_orRefusedNamingARow() {
        Gen<String> value = Generate.pick(List.of("0", "1", "12.5", "1e6", "-1", "NaN", "x", ""));
        Gen<String> rows = lists().of(value).ofSizeBetween(0, 20).map(l -> {
            StringBuilder s = new StringBuilder("dmu,period,x_1,y_1,b_1\n");
            for (int i = 0; i < l.size(); i++) {
                s.append("U").append(i % 5).append(',').append(2020 + i / 5).append(",1,").append(l.get(i))
                        .append(",2\n");
                if (i % 4 == 3) {
                    s.append('\n');
                }
            }
            return s.toString();
        });
        qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES).forAll(rows).checkAssert(this::checkText);
        if (accepted.get() == 0) {
            throw new AssertionError("no example reached an accepted panel; the generator no longer exercises it");
        }
    }

    @Test
    void randomBytesInAFile_areAcceptedWholeOrRefusedWithTheDocumentedExceptions() {
        qt().withFixedSeed(SEED + 3).withExamples(EXAMPLES).forAll(Generate.byteArrays(integers().between(0, 300),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))).checkAssert(bytes -> {
                    Path file = dir.resolve("fuzz-" + counter.incrementAndGet() + ".csv");
                    byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
                    byte[] all = new byte[header.length + bytes.length];
                    System.arraycopy(header, 0, all, 0, header.length);
                    System.arraycopy(bytes, 0, all, header.length, bytes.length);
                    try {
                        Files.write(file, all);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    check(new String(all, StandardCharsets.UTF_8), () -> PanelCsvReader.read(file), file.toString());
                });
    }

    @Test
    void printableText_isAcceptedWholeOrRefusedWithTheDocumentedExceptions() {
        qt().withFixedSeed(SEED + 4).withExamples(EXAMPLES).forAll(strings().allPossible().ofLengthBetween(0, 120))
                .checkAssert(s -> checkText(HEADER + s));
    }
}
