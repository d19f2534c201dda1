package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * An activities file that can be read once, a pipe or FIFO ({@code --activities /dev/stdin}), is
 * read once: the command used to read it through for its structure, then open it again and find
 * it empty ("the file is empty").
 */
class PipeInputTest {
    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoOfActivities_isReadOnce_andPriced() throws Exception {
        Path fifo = dir.resolve("activities.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(fifo, "activity,amount,unit\nfuel/natural_gas,10,GJ\nfuel/natural_gas,20,GJ\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Run run = Cli.run("inventory", "--activities", fifo.toString());
        writer.get(30, TimeUnit.SECONDS);
        assertEquals(0, run.status(), run::toString);
        assertEquals(2, run.json().at("/counts/accepted").asInt());
        assertEquals(1683.0, run.json().at("/totals/gases_kg/CO2").asDouble());
    }
}
