package org.carbonledger.productivity;

import java.util.Locale;

/**
 * What a model moves a unit along to reach the frontier.
 */
public enum Orientation {
    /** Contract inputs at the given outputs. */
    INPUT,
    /** Expand outputs at the given inputs. */
    OUTPUT,
    /** Both at once (non-oriented SBM, Tone 2001). */
    NONE;

    /**
     * The lower-case name, {@code input}, {@code output} or {@code none}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
