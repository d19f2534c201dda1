package org.carbonledger.factors.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.user.InvalidTableException;
import org.carbonledger.factors.user.UserTableReader;
import org.carbonledger.intensity.ProductionCsvReader;
import org.carbonledger.inventory.InstrumentCsvReader;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing that stays (hostile-input campaign, item 12): the readers of users' files (factor
 * tables in CSV and JSON, instruments, production) on generated files of valid and hostile
 * fragments (formula cells, NaN, 1E-400, decimal commas, ambiguous units, control characters,
 * quotes, BOMs, duplicate keys, truncation). Deterministic (fixed seeds through QuickTheories) and
 * bounded (a few hundred files each). The invariants: no exception escapes but the documented
 * ones, each naming the file; the production reader accounts for every row (accepted + rejected
 * = rows read); a file that is accepted gives only finite, non-negative numbers.
 */
class ReaderFuzzTest {
    private static final String[] VALUES = {"", "0", "1", "12.5", "-5", "1e3", "1E-400", "NaN", "Infinity", "1,5",
        "1,000", "=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "\"quoted, with comma\"", "\"unclosed", "x\u0000y",
        "\u200Bhidden", "mg", "Mg", "mwh", "kWh", "GJ", "t", "gal", "imp gal", "kg/kWh", "mg/kWh", "g/kWh",
        "fuel/natural_gas", "electricity/grid", "CO2", "CH4", "N2O", "GB", "US-CAMX", "2025", "2025-13", "net",
        "gross", "certificate", "supplier", "contract", "Leeds", "\uFEFF", "'", "\r", "a\nb"};
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("carbonledger-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(Random r) {
        return VALUES[r.nextInt(VALUES.length)];
    }

    /** A CSV of a header from the reader's columns (and strangers), then rows of fragments. */
    private static String csv(Random r, List<String> columns, String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        int n = 1 + r.nextInt(columns.size() + 1);
        for (int c = 0; c < n; c++) {
            b.append(c == 0 ? "" : ",").append(r.nextInt(8) == 0 ? field(r) : columns.get(r.nextInt(columns.size())));
        }
        b.append(r.nextBoolean() ? "\n" : "\r\n");
        int rows = r.nextInt(12);
        for (int i = 0; i < rows; i++) {
            int cells = Math.max(1, n + r.nextInt(3) - 1);
            for (int c = 0; c < cells; c++) {
                b.append(c == 0 ? "" : ",").append(field(r));
            }
            b.append('\n');
        }
        if (r.nextInt(6) == 0) {
            b.setLength(r.nextInt(b.length() + 1));
        }
        return b.toString();
    }

    private static Path file(String name, String text) {
        try {
            return Files.write(DIR.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void userTablesInCsv_giveATableOrAnErrorNamingTheFile() {
        UserTableReader reader = new UserTableReader(FactorRegistry.discover()::findActivityType);
        List<String> columns = List.of("activity", "region", "valid_from", "valid_to", "gas", "value", "unit", "basis",
                "document", "reference", "uncertainty", "sector");
        AtomicInteger accepted = new AtomicInteger();
        qt().withExamples(400).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String meta = r.nextInt(4) == 0 ? "" : "# id: fuzz-" + (seed & 0xffff) + "\n# publisher: p\n# edition: 1\n"
                    + "# licence: l\n" + (r.nextInt(5) == 0 ? "# id: again\n" : "");
            Path f = file("table.csv", csv(r, columns, meta));
            try {
                var table = reader.read(f);
                accepted.incrementAndGet();
                table.activities().forEach(a -> table.factors(a).forEach(
                        ef -> assertTrue(Double.isFinite(ef.value()) && ef.value() >= 0, ef::toString)));
            } catch (InvalidTableException e) {
                assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
            }
        });
    }

    @Test
    void userTablesInJson_giveATableOrAnErrorNamingTheFile() {
        UserTableReader reader = new UserTableReader(FactorRegistry.discover()::findActivityType);
        String[] pieces = {"{", "}", "[", "]", ",", ":", "\"id\"", "\"factors\"", "\"value\"", "\"activity\"",
            "\"gas\"", "\"unit\"", "\"fuel/natural_gas\"", "\"CO2\"", "\"kg/kWh\"", "0.2", "1e999", "-1", "null",
            "true", "\"@type\"", "\"x\""};
        qt().withExamples(400).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            if (r.nextBoolean()) {
                b.append("{\"id\": \"j\", \"publisher\": \"p\", \"edition\": \"1\", \"licence\": \"l\", \"factors\": [");
                b.append("{\"activity\": \"fuel/natural_gas\", \"gas\": \"CO2\", \"value\": ").append(field(r).isEmpty()
                        ? "0.2" : "0.2").append(", \"unit\": \"kg/kWh\"}");
                b.append(r.nextBoolean() ? "]}" : "]");
            }
            int n = r.nextInt(20);
            for (int i = 0; i < n; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            Path f = file("table.json", b.toString());
            try {
                reader.read(f);
            } catch (InvalidTableException e) {
                assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
            }
        });
    }

    @Test
    void instruments_giveInstrumentsOrAnErrorNamingTheFile() {
        List<String> columns = List.of("id", "type", "site", "period", "region", "amount", "unit", "factor",
                "factor_unit", "scheme", "reference");
        qt().withExamples(400).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Path f = file("instruments.csv", csv(r, columns, ""));
            try {
                InstrumentCsvReader.read(f).forEach(i -> assertTrue(i.coversRemainder()
                        || Double.isFinite(i.coveredGj()) && i.coveredGj() >= 0, i::toString));
            } catch (CsvFormatException e) {
                assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
            }
        });
    }

    @Test
    void production_accountsForEveryRow() {
        List<String> columns = List.of("site", "process", "product", "period", "quantity", "unit", "value_added",
                "currency");
        qt().withExamples(400).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Path f = file("production.csv", csv(r, columns, ""));
            try {
                ProductionCsvReader.Result result = ProductionCsvReader.read(f);
                long rows;
                try (var csv = org.carbonledger.csv.CsvReader.open(f)) {
                    long n = 0;
                    while (csv.next()) {
                        n++;
                    }
                    rows = n;
                } catch (CsvFormatException e) {
                    return; // the row count itself fails on a row fault the reader turned into a rejection
                }
                assertEquals(rows, result.records().size() + result.rejected().size(), "accepted + rejected = rows");
                result.records().forEach(p -> assertTrue(Double.isFinite(p.quantity()) && p.quantity() >= 0,
                        p::toString));
            } catch (CsvFormatException e) {
                assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
            }
        });
    }
}
