package org.carbonledger.cbam;

import java.util.List;
import java.util.Objects;

/**
 * The specific embedded emissions of an installation's goods: per process and per product sold.
 *
 * <p>Immutable and thread-safe.
 *
 * @param installation the installation
 * @param processes the result of each production process, in the installation's order
 * @param products the result of each product, in the installation's order
 */
public record CbamResult(Installation installation, List<ProcessResult> processes, List<ProductResult> products) {

    // Validates the fields and copies the lists.
    public CbamResult {
        Objects.requireNonNull(installation, "installation");
        processes = List.copyOf(processes);
        products = List.copyOf(products);
    }

    /**
     * Finds the result of a process.
     *
     * @param name the process name
     * @return its result
     * @throws IllegalArgumentException if the installation has no process of that name
     */
    public ProcessResult process(String name) {
        for (ProcessResult r : processes) {
            if (r.process().name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no production process named \"" + name + "\"");
    }

    /**
     * A product and the result of the process it comes from.
     *
     * @param product the product
     * @param result its process's result: the product's SEE
     */
    public record ProductResult(Product product, ProcessResult result) {
        // Validates the fields.
        public ProductResult {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(result, "result");
        }
    }
}
