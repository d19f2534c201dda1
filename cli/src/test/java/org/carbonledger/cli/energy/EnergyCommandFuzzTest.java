package org.carbonledger.cli.energy;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzz harness of {@code carbonledger energy baseline} and {@code energy savings} (issue 12, items 9
 * and 12; docs/design.md §6 and §8). Data files are random bytes, CSV-like text from fragments, or
 * monthly series spoilt with edge values. Invariants:
 * <ul>
 * <li>the exit status is 0 or 1 as documented (2 is for usage, which the files cannot cause); no
 * stack trace and no "internal error" reach stderr;
 * <li>exit 1 leaves stdout empty; exit 0 writes a JSON result whose coefficients, {@code cv_rmse}
 * and {@code nmbe} are numbers, whose {@code r2} is null only when flagged {@code energy_constant},
 * and (for savings) whose adjusted baselines and totals are numbers and whose
 * {@code outside_baseline_range} flag appears exactly when {@code extrapolations} lists a case.
 * </ul>
 * Bounded and deterministic: a fixed seed and a fixed number of examples per property
 * ({@code -Dcarbonledger.fuzz.examples} raises it).
 */
class EnergyCommandFuzzTest {
    private static final long SEED = 0xC11_E4E5L;
    private static final int EXAMPLES = Integer.getInteger("carbonledger.fuzz.examples", 150);

    private static final List<String> FRAGMENTS = List.of(
            ",", ",", ",", "\n", "\n", "\r\n", "\"", " ", "\uFEFF", ";", "period", "mwh", "tonnes", "hdd",
            "2023-01", "2023-02", "2024-01", "2024-13", "0", "-0", "1", "350", "-5", "1e308", "1e-320", "NaN",
            "1,5", "x", "é");

    @TempDir
    Path dir;

    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicInteger succeeded = new AtomicInteger();

    private Path write(byte[] bytes) {
        try {
            return Files.write(dir.resolve("fuzz-" + counter.incrementAndGet() + ".csv"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireNumber(JsonNode node, String what, EnergyCliRun.Run run) {
        if (node == null || !node.isNumber()) {
            throw new AssertionError(what + " is " + node + ", not a number\n" + run);
        }
    }

    private static void checkBaselineJson(JsonNode b, EnergyCliRun.Run run) {
        b.get("coefficients").fields().forEachRemaining(c -> requireNumber(c.getValue(), "coefficient " + c.getKey(),
                run));
        requireNumber(b.get("cv_rmse"), "cv_rmse", run);
        requireNumber(b.get("nmbe"), "nmbe", run);
        boolean constant = b.get("flags").toString().contains("\"energy_constant\"");
        if (b.get("r2").isNull() != constant) {
            throw new AssertionError("r2 " + b.get("r2") + " with flags " + b.get("flags") + "\n" + run);
        }
    }

    private EnergyCliRun.Run checkRun(String... args) {
        EnergyCliRun.Run run = EnergyCliRun.run(args);
        if (run.status() != 0 && run.status() != org.carbonledger.cli.CarbonLedgerCommand.EXIT_FATAL) {
            throw new AssertionError("exit status " + run.status() + " not in {0, 1}\n" + run);
        }
        if (run.err().contains("\tat ") || run.err().contains("Exception in thread")
                || run.err().contains("internal error")) {
            throw new AssertionError("a stack trace or internal error reached stderr\n" + run);
        }
        if (run.status() == org.carbonledger.cli.CarbonLedgerCommand.EXIT_FATAL && !run.out().isEmpty()) {
            throw new AssertionError("a fatal error must leave stdout empty\n" + run);
        }
        return run;
    }

    private void baseline(byte[] data) {
        Path file = write(data);
        EnergyCliRun.Run run = checkRun("energy", "baseline", "--data", file.toString(), "--energy", "mwh",
                "--variables", "tonnes,hdd");
        if (run.status() == 0) {
            checkBaselineJson(run.json(), run);
            succeeded.incrementAndGet();
        }
    }

    private void savings(byte[] reporting) {
        Path base = EnergyCliRun.write(dir, "base.csv", EnergyBaselineCommandTest.PLANT);
        Path file = write(reporting);
        EnergyCliRun.Run run = checkRun("energy", "savings", "--baseline", base.toString(), "--reporting",
                file.toString(), "--energy", "mwh", "--variables", "tonnes,hdd");
        if (run.status() != 0) {
            return;
        }
        JsonNode j = run.json();
        checkBaselineJson(j.get("baseline"), run);
        for (JsonNode p : j.get("periods")) {
            requireNumber(p.get("adjusted_baseline"), "adjusted_baseline of " + p.get("period"), run);
            requireNumber(p.get("savings"), "savings of " + p.get("period"), run);
        }
        requireNumber(j.get("totals").get("savings"), "total savings", run);
        requireNumber(j.get("totals").get("adjusted_baseline"), "total adjusted baseline", run);
        boolean flagged = j.get("flags").toString().contains("\"outside_baseline_range\"");
        if (flagged == j.get("extrapolations").isEmpty()) {
            throw new AssertionError("flags " + j.get("flags") + " against extrapolations " + j.get("extrapolations")
                    + "\n" + run);
        }
        succeeded.incrementAndGet();
    }

    /** Monthly rows from a seed, starting at a given month of 2023, some values spoilt with edge values. */
    private static byte[] monthly(long seed, int rows, int startMonth) {
        Random r = new Random(seed);
        List<String> edges = List.of("0", "-0", "-5", "1e308", "1e-320", "1e154", "5000", "-2000", "", "x", "350");
        StringBuilder s = new StringBuilder("period,mwh,tonnes,hdd\n");
        for (int i = 0; i < rows; i++) {
            int m = startMonth + i;
            double tonnes = 44 + 8 * r.nextDouble();
            double hdd = 400 * r.nextDouble();
            String[] v = {String.valueOf(37 + 5.5 * tonnes + 0.23 * hdd + 5 * r.nextGaussian()),
                String.valueOf(tonnes), String.valueOf(hdd)};
            if (r.nextInt(4) == 0) {
                v[r.nextInt(3)] = edges.get(r.nextInt(edges.size()));
            }
            s.append(String.format("%04d-%02d,%s,%s,%s%n", 2023 + Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1,
                    v[0], v[1], v[2]));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Gen<byte[]> csvish() {
        return lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(0, 60)
                .map(l -> ("period,mwh,tonnes,hdd\n" + String.join("", l)).getBytes(StandardCharsets.UTF_8));
    }

    private static Gen<byte[]> bytes() {
        return Generate.byteArrays(integers().between(0, 300),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    }

    @Test
    void baselineOnSpoiltMonthlyData_exitsAsDocumentedWithNumbersOrNothing() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 24))
                .checkAssert((seed, rows) -> baseline(monthly(seed, rows, 0)));
        if (succeeded.get() == 0) {
            throw new AssertionError("no example reached a baseline result; the generator no longer exercises it");
        }
    }

    @Test
    void baselineOnCsvLikeTextOrBytes_exitsAsDocumented() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).forAll(csvish()).checkAssert(this::baseline);
        qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES).forAll(bytes()).checkAssert(this::baseline);
    }

    @Test
    void savingsOnSpoiltReportingData_exitsAsDocumentedWithNumbersOrNothing() {
        // reporting periods start anywhere from 2022-01 (before the 2023 baseline) to 2024-12
        qt().withFixedSeed(SEED + 3).withExamples(EXAMPLES)
                .forAll(longs().all(), integers().between(0, 12), integers().between(-12, 23))
                .checkAssert((seed, rows, start) -> savings(monthly(seed, rows, start)));
        if (succeeded.get() == 0) {
            throw new AssertionError("no example reached a savings result; the generator no longer exercises it");
        }
    }

    @Test
    void savingsOnCsvLikeReportingText_exitsAsDocumented() {
        qt().withFixedSeed(SEED + 4).withExamples(EXAMPLES).forAll(csvish()).checkAssert(this::savings);
    }
}
