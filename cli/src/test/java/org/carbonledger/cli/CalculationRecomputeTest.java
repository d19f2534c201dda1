package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every record of the JSON result recomputes from its {@code calculation} alone (issue: "a trace
 * anyone can recompute"): in IEEE double arithmetic, {@code gases_kg[gas] == canonical_amount ×
 * multipliers[gas].value} exactly (biogenic CO2 under {@code CO2_biogenic}, equal to
 * {@code biogenic_co2_kg}), and {@code co2e_kg} is the exact sum of {@code gases_kg[gas] ×
 * gwp[gas]} rounded once. Checked on the example ledger and on a generated 100,000-row ledger of
 * fuels in energy, mass and volume units and grid electricity in four regions.
 */
class CalculationRecomputeTest {
    @TempDir
    Path dir;

    /** Checks one record; returns its canonical amount's unit. */
    private static void recompute(JsonNode r) {
        JsonNode c = r.get("calculation");
        double canonical = c.get("canonical_amount").asDouble();
        assertEquals(r.get("amount").asDouble(), c.get("amount").asDouble());
        assertEquals(r.get("unit").asText(), c.get("unit").asText());
        assertTrue(Map.of("GJ", 1, "kg", 1, "m3", 1, "Nm3", 1).containsKey(c.get("canonical_unit").asText()), r::toString);
        BigDecimal co2e = BigDecimal.ZERO;
        Iterator<Map.Entry<String, JsonNode>> it = c.get("multipliers").fields();
        JsonNode gases = r.get("gases_kg");
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String gas = e.getKey();
            double mass = canonical * e.getValue().get("value").asDouble();
            double reported = gas.equals("CO2_biogenic") ? r.get("biogenic_co2_kg").asDouble() : gases.get(gas).asDouble();
            assertEquals(mass, reported, () -> gas + " of " + r);
            assertTrue(e.getValue().get("from").size() > 0, r::toString);
            co2e = co2e.add(new BigDecimal(mass).multiply(new BigDecimal(c.get("gwp").get(gas).asDouble())));
        }
        // gases the factor does not give are zero in gases_kg
        gases.fields().forEachRemaining(g -> {
            if (!c.get("multipliers").has(g.getKey())) {
                assertEquals(0.0, g.getValue().asDouble(), r::toString);
            }
        });
        assertEquals(co2e.doubleValue(), r.get("co2e_kg").asDouble(), r::toString);
    }

    private static long recomputeAll(Path json) throws IOException {
        long n = 0;
        try (JsonParser p = Cli.JSON.getFactory().createParser(json.toFile())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.getCurrentName().equals("records")
                        && p.getParsingContext().getParent().inRoot()) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        recompute(Cli.JSON.readTree(p));
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void everyRecordOfTheExampleLedger_recomputesFromItsCalculation() throws IOException {
        Path out = dir.resolve("example.json");
        Cli.Run run = Cli.run("inventory", "--activities", "../examples/data/example-ledger.csv", "--output", out.toString());
        assertEquals(0, run.status(), run::toString);
        assertEquals(14, recomputeAll(out));
    }

    @Test
    void everyRecordOfAGenerated100000RowLedger_recomputesFromItsCalculation() throws IOException {
        Path ledger = dir.resolve("big.csv");
        String[][] rows = {
            {"fuel/natural_gas", "GJ", ""}, {"fuel/natural_gas", "kWh", "GB"}, {"fuel/natural_gas", "therm", "GB"},
            {"fuel/gas_diesel_oil", "t", ""}, {"fuel/gas_diesel_oil", "L", "GB"}, {"fuel/lpg", "kg", ""},
            {"fuel/other_bituminous_coal", "t", ""}, {"fuel/wood_wood_waste", "t", ""}, {"fuel/residual_fuel_oil", "MJ", ""},
            {"fuel/natural_gas", "mmBtu", "US"}, {"electricity/grid", "kWh", "GB"}, {"electricity/grid", "MWh", "US-CAMX"},
            {"electricity/grid", "kWh", "CN"}, {"fuel/lpg", "t", ""}};
        Random r = new Random(20261201);
        try (BufferedWriter w = Files.newBufferedWriter(ledger)) {
            w.write("id,site,process,period,activity,amount,unit,region\n");
            for (int i = 0; i < 100_000; i++) {
                String[] row = rows[r.nextInt(rows.length)];
                String period = row[2].startsWith("CN") ? "2023-0" + (1 + r.nextInt(9))
                        : row[2].startsWith("US") ? "2025" : "2025-0" + (1 + r.nextInt(9));
                double amount = Math.round(r.nextDouble() * Math.pow(10, 1 + r.nextInt(6)) * 1000) / 1000.0;
                w.write("R" + i + ",site" + r.nextInt(4) + ",p" + r.nextInt(3) + "," + period + "," + row[0] + ","
                        + amount + "," + row[1] + "," + row[2] + "\n");
            }
        }
        Path out = dir.resolve("big.json");
        Cli.Run run = Cli.run("inventory", "--activities", ledger.toString(), "--output", out.toString());
        assertEquals(0, run.status(), run::toString);
        assertEquals(100_000, recomputeAll(out));
    }
}
