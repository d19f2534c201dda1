package org.carbonledger.productivity;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carbonledger.csv.CsvReader;

/** Loads the reference datasets of {@code src/test/resources/dea} (sources: the javadoc of each test that reads one). */
final class DeaDatasets {
    private DeaDatasets() {
    }

    /** One row of a {@code NAME.expected.csv}. */
    record Expected(String model, String dmu, String quantity, double value, double tol,
            String sourceStatus) {
        boolean nonUnique() {
            return sourceStatus.contains("non-unique");
        }

        @Override
        public String toString() {
            return model + " " + dmu + " " + quantity + " = " + value;
        }
    }

    static Panel panel(String name) {
        String resource = "/dea/" + name + ".csv";
        InputStream in = DeaDatasets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return PanelCsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    }

    static List<Expected> expected(String name) {
        String resource = "/dea/" + name + ".expected.csv";
        InputStream in = DeaDatasets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<Expected> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(new InputStreamReader(in, StandardCharsets.UTF_8),
                resource)) {
            int model = csv.header().require("model");
            int dmu = csv.header().require("dmu");
            int quantity = csv.header().require("quantity");
            int value = csv.header().require("value");
            int tol = csv.header().require("tol");
            int status = csv.header().require("source_status");
            while (csv.next()) {
                if (csv.isBlank()) {
                    continue;
                }
                out.add(new Expected(csv.field(model), csv.field(dmu), csv.field(quantity),
                        Double.parseDouble(csv.field(value)), Double.parseDouble(csv.field(tol)),
                        csv.field(status)));
            }
        }
        return out;
    }

    static Map<String, DeaResult> byDmu(List<DeaResult> results) {
        return results.stream().collect(Collectors.toMap(
                r -> r.dmu() + r.period().map(p -> "|" + p).orElse(""), r -> r));
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
