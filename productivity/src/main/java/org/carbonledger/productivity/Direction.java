package org.carbonledger.productivity;

import java.util.Locale;

/**
 * The direction vector g = (gx, gy, gb) of a directional distance function (Chambers, Chung
 * &amp; Färe 1996), written as positive magnitudes: inputs and bad outputs contract by β·gx and
 * β·gb, good outputs expand by β·gy.
 */
public enum Direction {
    /** g = (x0, y0, b0): proportional to the unit's own data. */
    OBSERVED,
    /** g = (0, y0, b0): outputs only, inputs held (the Malmquist–Luenberger choice). */
    OUTPUT,
    /** g = (1, 1, 1): the unit vector, in the data's own units. */
    UNIT;

    /**
     * The lower-case name, {@code observed}, {@code output} or {@code unit}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
