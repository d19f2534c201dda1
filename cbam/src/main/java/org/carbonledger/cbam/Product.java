package org.carbonledger.cbam;

import java.util.Objects;

/**
 * A good an installation sells, by its CN code, and the production process it comes from: one
 * row of the template's {@code Summary_Products} sheet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param process the name of the production process it comes from
 * @param cnCode its CN code (8 digits, or 10 for a TARIC subdivision), digits only
 * @param cnName the name of the CN code, or ""
 * @param name the product name used with the importer, or ""
 * @param source where it was read (sheet and row, file and row)
 */
public record Product(String process, String cnCode, String cnName, String name, String source) {
    // Validates the fields.
    public Product {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(cnCode, "cnCode");
        Objects.requireNonNull(cnName, "cnName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
