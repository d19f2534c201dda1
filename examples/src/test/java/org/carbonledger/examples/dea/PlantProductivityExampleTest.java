package org.carbonledger.examples.dea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.carbonledger.productivity.Panel;
import org.carbonledger.productivity.PanelCsvReader;
import org.junit.jupiter.api.Test;

/** Smoke test: the green-productivity example runs and prints scores and indices for every plant. */
class PlantProductivityExampleTest {
    @Test
    void runs() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            PlantProductivityExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (String plant : new String[] {"Leeds", "Lyon", "Lodz", "Linz", "Lille"}) {
            assertTrue(out.contains(plant), out);
        }
        assertTrue(out.contains("GML"), out);
        assertTrue(!out.contains("NaN"), out);
    }

    /**
     * The panel shipped for the command line ({@code examples/data/plant-panel.csv}, run by
     * docs/productivity.md) is the example's panel, observation for observation, so the page's
     * worked numbers hold for its commands.
     */
    @Test
    void panelFile_isTheExamplesPanel() {
        Panel file = PanelCsvReader.read(Path.of("data/plant-panel.csv"));
        Panel code = PlantProductivityExample.plants();
        assertEquals(code.inputNames(), file.inputNames());
        assertEquals(code.goodNames(), file.goodNames());
        assertEquals(code.badNames(), file.badNames());
        assertEquals(code.observations(), file.observations());
    }
}
