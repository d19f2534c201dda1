package org.carbonledger.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a signed report states about itself beyond the inventory: the organisation, the reporting
 * period, the base year, the boundary, the preparer, and when it was generated. Each is given by
 * an option of {@code carbonledger report} or by a key of a report settings file (Java properties,
 * UTF-8; an option wins over the file); one that is given by neither is shown as "not stated",
 * never invented.
 *
 * <p>Immutable and thread-safe.
 *
 * @param organisation the reporting organisation, or null
 * @param reportingPeriod the reporting period as the organisation states it, or null
 * @param baseYear the base year, or null
 * @param boundary the organisational boundary (consolidation approach, sites), or null
 * @param preparer who prepared the report, or null
 * @param generated when the report was generated
 */
record ReportDetails(String organisation, String reportingPeriod, String baseYear, String boundary, String preparer,
        ZonedDateTime generated) {

    /** The keys of a report settings file, each the name of the option without its dashes. */
    static final List<String> KEYS = List.of("organisation", "reporting-period", "base-year", "boundary", "preparer");

    /**
     * Reads a report settings file.
     *
     * @param file the file (Java properties, UTF-8)
     * @return the values by key, only those given and not blank
     * @throws FatalException if the file cannot be read, or holds a key that is not one of {@link #KEYS}
     */
    static Map<String, String> read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new FatalException("--report-settings " + file + ": cannot be read as a properties file: "
                    + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                unknown.add(key);
            } else if (!p.getProperty(key).isBlank()) {
                out.put(key, p.getProperty(key).strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw new FatalException("--report-settings " + file + ": unknown key " + String.join(", ", unknown.stream()
                    .sorted().map(k -> "'" + k + "'").toList()) + "; the keys are " + String.join(", ", KEYS));
        }
        return out;
    }

    /**
     * Checks a base year: four digits.
     *
     * @param year the year as given
     * @return true if it is one
     */
    static boolean isYear(String year) {
        return year.matches("\\d{4}");
    }
}
