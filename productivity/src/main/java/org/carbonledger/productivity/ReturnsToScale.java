package org.carbonledger.productivity;

import java.util.Locale;

/**
 * Returns to scale of the reference technology.
 */
public enum ReturnsToScale {
    /**
     * Constant returns to scale (Charnes, Cooper &amp; Rhodes 1978): any observed unit may be
     * scaled up or down, the intensities λ are only non-negative.
     */
    CRS,
    /**
     * Variable returns to scale (Banker, Charnes &amp; Cooper 1984): units are compared only with
     * convex combinations of observed units, Σλ = 1.
     */
    VRS;

    /**
     * The lower-case name, {@code crs} or {@code vrs}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
