package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support for the end-to-end CLI tests: runs {@code carbonledger} in-process through
 * {@link CarbonLedgerCommand#execute} with captured stdout and stderr, writes input files, and
 * parses JSON results with Jackson.
 */
final class Cli {
    static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** The outcome of one run: exit status, stdout and stderr. */
    record Run(int status, String out, String err) {
        /** @return stdout parsed as JSON, failing the test if it is not JSON */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not valid JSON: " + e.getMessage() + "\n" + out, e);
            }
        }

        /** @return the non-empty lines of stderr */
        List<String> errLines() {
            List<String> lines = new ArrayList<>();
            for (String l : err.split("\\R")) {
                if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            return lines;
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /**
     * The command that starts {@code carbonledger} in a new JVM, as this test JVM runs: on the
     * module path as {@code java -p PATH -m org.carbonledger.cli/...} when the tests run on the module
     * path (Surefire's default for a module with a descriptor), else on the class path.
     */
    static List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && CarbonLedgerCommand.class.getModule().isNamed()) {
            return List.of(java, "-p", modulePath, "-m",
                    CarbonLedgerCommand.class.getModule().getName() + "/" + CarbonLedgerCommand.class.getName());
        }
        return List.of(java, "-cp", System.getProperty("java.class.path"), CarbonLedgerCommand.class.getName());
    }

    /** Runs the command with the given arguments. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            status = CarbonLedgerCommand.execute(args, o, e);
        }
        return new Run(status, out.toString(), err.toString());
    }

    /** Writes UTF-8 text to {@code dir/name} and returns the path. */
    static Path write(Path dir, String name, String text) {
        return writeBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to {@code dir/name} and returns the path. */
    static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code inventory --activities FILE} with the given text and further arguments. */
    static Run inventory(Path dir, String csv, String... more) {
        return inventoryOf(write(dir, "activities.csv", csv), more);
    }

    /** Runs {@code inventory --activities FILE} on an existing file with further arguments. */
    static Run inventoryOf(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("inventory", "--activities", file.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** Asserts that stderr holds no stack trace. */
    static void assertNoStackTrace(Run r) {
        assertFalse(r.err().contains("\tat "), () -> "stack trace on stderr:\n" + r);
        assertFalse(r.err().contains("Exception in thread"), () -> "stack trace on stderr:\n" + r);
        assertFalse(r.out().contains("\tat "), () -> "stack trace on stdout:\n" + r);
    }

    /**
     * Asserts a whole-file refusal: exit 1, nothing on stdout, exactly one line on stderr that
     * contains every given fragment (ignoring case), no stack trace.
     */
    static void assertRefused(Run r, String... fragments) {
        assertEquals(CarbonLedgerCommand.EXIT_FATAL, r.status(), () -> "exit status\n" + r);
        assertEquals("", r.out(), () -> "stdout must be empty\n" + r);
        assertEquals(1, r.errLines().size(), () -> "exactly one line on stderr\n" + r);
        String line = r.errLines().get(0).toLowerCase(java.util.Locale.ROOT);
        for (String f : fragments) {
            assertTrue(line.contains(f.toLowerCase(java.util.Locale.ROOT)),
                    () -> "stderr should mention '" + f + "'\n" + r);
        }
        assertNoStackTrace(r);
    }

    /** Asserts exit 0 and returns the JSON result. */
    static JsonNode ok(Run r) {
        if (r.status() != 0) {
            fail("expected exit 0\n" + r);
        }
        assertNoStackTrace(r);
        return r.json();
    }

    /** Asserts {@code |actual - expected| <= 1e-9 * |expected|} (or 1e-12 absolute near zero). */
    static void assertClose(double expected, double actual, String what) {
        double tol = Math.max(1e-12, 1e-9 * Math.abs(expected));
        assertEquals(expected, actual, tol, what);
    }
}
