package org.carbonledger.intensity;

import java.util.List;
import java.util.Objects;

/**
 * One intensity metric of one site, process, product and period, with the numbers behind it and
 * the trace that recomputes it by hand. Immutable and thread-safe.
 *
 * @param site the site, or "" for all
 * @param process the process, or "" for all
 * @param product the product, or ""
 * @param period the period as written, or ""
 * @param metric {@code emission_intensity}, {@code emission_intensity_value_added},
 *     {@code specific_energy_consumption}, {@code energy_intensity_value_added},
 *     {@code carbon_productivity} or {@code carbon_productivity_value_added}
 * @param value numerator / denominator
 * @param unit the unit of the value, such as "kg CO2e/t"
 * @param numerator the numerator, in its unit
 * @param denominator the denominator, in its unit
 * @param trace lines that recompute the value
 */
public record Intensity(String site, String process, String product, String period, String metric, double value,
        String unit, double numerator, double denominator, List<String> trace) {
    /** Copies the trace. */
    public Intensity {
        Objects.requireNonNull(metric, "metric");
        trace = List.copyOf(trace);
    }
}
