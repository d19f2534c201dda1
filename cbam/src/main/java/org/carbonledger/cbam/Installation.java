package org.carbonledger.cbam;

import java.util.List;
import java.util.Objects;

/**
 * An installation producing CBAM goods: its production processes, the precursors it buys and the
 * goods it sells (Implementing Regulation (EU) 2025/2547, Annex II, Section 2 and Annex III).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the installation's name, or ""
 * @param country the country where it is, as stated, or ""
 * @param reportingPeriod the reporting period as stated (such as "2023-01-01/2023-12-31"), or ""
 * @param processes its production processes, names unique
 * @param purchased its purchased precursors, names unique and distinct from the process names
 * @param products the goods it sells
 */
public record Installation(String name, String country, String reportingPeriod, List<ProductionProcess> processes,
        List<PurchasedPrecursor> purchased, List<Product> products) {
    // Validates the fields and copies the lists.
    public Installation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(reportingPeriod, "reportingPeriod");
        processes = List.copyOf(processes);
        purchased = List.copyOf(purchased);
        products = List.copyOf(products);
    }
}
