package org.carbonledger.cli;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzz tests (QuickTheories) of {@code carbonledger inventory} as a whole (docs/design.md §8, "no stack
 * trace reaches a user, whatever the input"): random bytes, and random CSV-like text built from
 * fragments that stress the reader (quotes, commas, CR/LF, BOMs, other delimiters, odd numbers,
 * unit and activity spellings), used as the activities file. The command must only ever exit 0,
 * 1 or 3, never print a stack trace, and whenever it exits 0 or 3 its stdout must be a JSON
 * result.
 */
class InventoryFuzzTest {
    private static final Set<Integer> ALLOWED = Set.of(0, CarbonLedgerCommand.EXIT_FATAL,
            CarbonLedgerCommand.EXIT_REJECTED);

    private static final List<String> FRAGMENTS = List.of(
            ",", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "\uFEFF", ";", "\t", "|", "#",
            "activity", "amount", "unit", "Activity", "AMOUNT", "site", "period", "region", "sector", "scope",
            "basis", "id", "fuel/natural_gas", "fuel/wood_wood_waste", "fuel/gas_diesel_oil",
            "fuel/residual_fuel_oil", "electricity/grid", "fuel/", "/", "fuel/unobtainium",
            "GJ", "kWh", "kWhh", "t", "L", "m3", "Nm3", "scf", "mmBtu", "short ton", "US gallon",
            "0", "1", "1000", "1.5", "1,5", "-1", "-0", "+2", ".5", "5.", "1e3", "1e400", "1e-400", "NaN",
            "Infinity", "-Infinity", "0x10", "١٢", "2025", "2025-13", "2025-02-30", "2025-01", "0000",
            "GB", "UK", "US-CAMX", "CN-BJ", "xx", "manufacturing", "residential", "energy_industries", "1", "2",
            "3", "net", "gross", "hhv", "=HYPERLINK(\"x\")", "é", "\u0000", "\uD83D\uDE00");

    private static final String HEADER = "activity,amount,unit,site,period,region,sector,scope,basis,note\n";

    /** Examples per property; raise it for a longer fuzzing run: {@code -Dcarbonledger.fuzz.examples=5000}. */
    private static final int EXAMPLES = Integer.getInteger("carbonledger.fuzz.examples", 200);

    @TempDir
    Path dir;

    private final AtomicInteger counter = new AtomicInteger();

    private void check(byte[] bytes) {
        Path file = Cli.writeBytes(dir, "fuzz-" + counter.incrementAndGet() + ".csv", bytes);
        Cli.Run run = Cli.inventoryOf(file);
        if (!ALLOWED.contains(run.status())) {
            throw new AssertionError("exit status " + run.status() + " not in {0, 1, 3}\n" + run);
        }
        if (run.err().contains("\tat ") || run.err().contains("Exception in thread")) {
            throw new AssertionError("stack trace on stderr\n" + run);
        }
        if (run.err().contains("internal error")) {
            throw new AssertionError("internal error reached the user\n" + run);
        }
        if (run.status() == CarbonLedgerCommand.EXIT_FATAL) {
            if (!run.out().isEmpty()) {
                throw new AssertionError("a fatal error must leave stdout empty\n" + run);
            }
        } else {
            // every row accounted for, and the totals the exact sum of the records, rounded once
            var json = run.json();
            long rows = json.at("/counts/rows").asLong();
            long accepted = json.at("/counts/accepted").asLong();
            long rejected = json.at("/counts/rejected").asLong();
            if (accepted + rejected != rows || json.get("records").size() != accepted
                    || json.get("rejected").size() != rejected) {
                throw new AssertionError("accepted + rejected != rows read\n" + run);
            }
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (var r : json.get("records")) {
                sum = sum.add(new java.math.BigDecimal(r.get("co2e_kg").asDouble()));
            }
            if (sum.doubleValue() != json.at("/totals/co2e_kg").asDouble()) {
                throw new AssertionError("totals.co2e_kg is not the exact sum of the records\n" + run);
            }
            if ((run.status() == 3) != (rejected > 0)) {
                throw new AssertionError("exit 3 exactly when rows are rejected\n" + run);
            }
        }
    }

    private static Gen<String> csvish() {
        return lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(0, 80).map(l -> String.join("", l));
    }

    @Test
    void randomBytes_neverCrashTheCommand() {
        qt().withExamples(EXAMPLES).forAll(Generate.byteArrays(integers().between(0, 400),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert(this::check);
    }

    @Test
    void randomBytesAfterAValidHeader_neverCrashTheCommand() {
        qt().withExamples(EXAMPLES).forAll(Generate.byteArrays(integers().between(0, 400),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert(b -> {
                    byte[] h = HEADER.getBytes(StandardCharsets.UTF_8);
                    byte[] all = new byte[h.length + b.length];
                    System.arraycopy(h, 0, all, 0, h.length);
                    System.arraycopy(b, 0, all, h.length, b.length);
                    check(all);
                });
    }

    @Test
    void randomCsvLikeText_neverCrashesTheCommand() {
        qt().withExamples(EXAMPLES).forAll(csvish()).checkAssert(s -> check(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void randomCsvLikeRowsAfterAValidHeader_neverCrashTheCommand() {
        qt().withExamples(EXAMPLES).forAll(csvish()).checkAssert(s -> check((HEADER + s).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void randomPrintableText_neverCrashesTheCommand() {
        qt().withExamples(EXAMPLES).forAll(strings().allPossible().ofLengthBetween(0, 200))
                .checkAssert(s -> check((HEADER + s).getBytes(StandardCharsets.UTF_8)));
    }
}
