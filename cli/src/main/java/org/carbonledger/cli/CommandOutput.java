package org.carbonledger.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.carbonledger.CarbonLedgerException;
import org.carbonledger.csv.CsvWriter;
import org.carbonledger.internal.NumberText;
import picocli.CommandLine;

/**
 * What every command shares to write its result and report its faults, once: results written
 * whole to a temporary file and delivered only when complete ({@link OutputTarget}: never over
 * anything but a regular file, never over an input), CSV cells by {@link CsvWriter}'s rules,
 * numbers by {@link NumberText} (the shortest decimal that reads back as the same double), JSON
 * by one mapper configuration, and a fault as one line on stderr with exit status 1.
 */
public final class CommandOutput {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private CommandOutput() {
    }

    /** The body of a result: writes it. */
    public interface Body {
        /**
         * Writes the result.
         *
         * @param w where to
         * @throws IOException if writing fails
         */
        void write(Writer w) throws IOException;
    }

    /**
     * Writes a result to {@code --output} or standard output, whole or not at all.
     *
     * @param cl the command
     * @param output the --output path, or null for standard output
     * @param inputs the files the command reads, never overwritten
     * @param body writes the result
     * @throws FatalException if the output is refused or writing fails
     */
    public static void write(CommandLine cl, Path output, List<Path> inputs, Body body) {
        OutputTarget target = OutputTarget.of(output, inputs);
        try {
            try (Writer w = new OutputStreamWriter(target.open(), StandardCharsets.UTF_8)) {
                body.write(w);
            } catch (IOException e) {
                throw new FatalException("cannot write " + (output == null ? "the result" : output) + ": "
                        + e.getMessage());
            }
            target.deliver(CarbonLedgerCommand.stdout(cl.getCommandSpec()), cl.getOut());
        } finally {
            target.discard();
        }
    }

    /**
     * Makes a CSV text cell: quoted as needed, a formula neutralised ({@link CsvWriter#cell}).
     *
     * @param s the text
     * @return the cell
     */
    public static String cell(String s) {
        return CsvWriter.cell(s);
    }

    /**
     * Makes a CSV number cell.
     *
     * @param v the number
     * @return its shortest decimal, or "" when it is not finite (the row's status says why)
     */
    public static String number(double v) {
        return Double.isFinite(v) ? NumberText.of(v) : "";
    }

    /** @return the JSON mapper of every command's result: indented, doubles by Schubfach, the stream left open */
    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * Runs a command's body, turning every documented fault into one line and exit status 1.
     *
     * @param cl the command
     * @param body the body
     * @return its exit status, or 1
     */
    public static int run(CommandLine cl, Callable<Integer> body) {
        try {
            return body.call();
        } catch (CommandLine.ParameterException e) {
            throw e;
        } catch (FatalException | CarbonLedgerException | IllegalArgumentException e) {
            return fail(cl, e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(cl, e.getCause().getMessage());
        } catch (Exception e) {
            return fail(cl, "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                    + "; please report it with the command and input");
        }
    }

    /**
     * Writes a message on stderr.
     *
     * @param cl the command
     * @param message the message
     */
    public static void warn(CommandLine cl, String message) {
        cl.getErr().println("carbonledger: " + CarbonLedgerCommand.oneLine(message));
        cl.getErr().flush();
    }

    private static int fail(CommandLine cl, String message) {
        PrintWriter err = cl.getErr();
        err.println("carbonledger: " + CarbonLedgerCommand.oneLine(String.valueOf(message)));
        err.flush();
        return CarbonLedgerCommand.EXIT_FATAL;
    }
}
