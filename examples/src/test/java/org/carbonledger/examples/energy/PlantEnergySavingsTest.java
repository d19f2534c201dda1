package org.carbonledger.examples.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The baseline and reporting files of docs/energy.md's {@code energy savings} command are the
     * two years of the example's file, so the command and the example report the same savings.
     */
    @Test
    void yearFiles_areTheTwoYearsOfTheMonthlyFile() throws Exception {
        List<String> monthly = Files.readAllLines(Path.of("data/plant-monthly-energy.csv"));
        List<String> years = new ArrayList<>(Files.readAllLines(Path.of("data/plant-energy-2023.csv")));
        List<String> second = Files.readAllLines(Path.of("data/plant-energy-2024.csv"));
        assertEquals(monthly.get(0), years.get(0));
        assertEquals(monthly.get(0), second.get(0));
        years.addAll(second.subList(1, second.size()));
        assertEquals(monthly, years);
        assertTrue(years.get(1).startsWith("2023-01") && second.get(1).startsWith("2024-01"), years.toString());
    }
}
