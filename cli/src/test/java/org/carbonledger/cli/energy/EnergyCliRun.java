package org.carbonledger.cli.energy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonledger.cli.CarbonLedgerCommand;
import picocli.CommandLine;

/** Runs {@code carbonledger} in-process with captured streams, with the energy command present. */
final class EnergyCliRun {
    private EnergyCliRun() {
    }

    record Run(int status, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            CommandLine cl = CarbonLedgerCommand.commandLine();
            if (!cl.getSubcommands().containsKey("energy")) {
                cl.addSubcommand(new EnergyCommand());
            }
            cl.setOut(o);
            cl.setErr(e);
            status = cl.execute(args);
        }
        return new Run(status, out.toString(), err.toString());
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
