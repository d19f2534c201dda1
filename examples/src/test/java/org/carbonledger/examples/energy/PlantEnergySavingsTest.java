package org.carbonledger.examples.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.carbonledger.energy.SavingsReport;
import org.junit.jupiter.api.Test;

/** Smoke test: the energy example runs on its data and finds the savings the data were made with. */
class PlantEnergySavingsTest {
    @Test
    void runsOnTheBundledData() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SavingsReport r = PlantEnergySavings.run(Path.of("data/plant-monthly-energy.csv"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(12, r.periods().size(), out);
        // the second year was made 8 % lower than the first year's model: savings near 8 %
        assertTrue(r.savingsFraction() > 0.04 && r.savingsFraction() < 0.12, out);
        assertEquals(r.totalSavings(), r.cusum()[11], 1e-6, out);
        assertTrue(Double.isFinite(r.fractionalUncertainty()), out);
        assertTrue(out.contains("CUSUM"), out);
    }
}
