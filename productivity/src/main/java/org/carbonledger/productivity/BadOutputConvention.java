package org.carbonledger.productivity;

/**
 * How undesirable outputs enter the reference technology. Tools disagree on this, and results
 * agree only within one convention, so every model that uses bad outputs states it.
 */
public enum BadOutputConvention {
    /**
     * Weak disposability (Färe, Grosskopf, Lovell &amp; Pasurka 1989; Chung, Färe &amp; Grosskopf
     * 1997): bad outputs are reduced only together with good outputs, the constraint is an
     * equality {@code Bλ = b0 − β·gb}. Under variable returns to scale the formulation used is
     * the usual one, Σλ = 1 added to the equality model; Kuosmanen (2005) showed it does not
     * impose weak disposability fully. Label {@code weak}.
     */
    WEAK_DISPOSABILITY("weak"),
    /**
     * Bad outputs treated like inputs (free disposability, {@code Bλ ≤ b0 − β·gb}), as in
     * Aparicio, Pastor &amp; Zofío (2013) and in Tone's SBM with undesirable outputs. Label
     * {@code input-like}.
     */
    INPUT_LIKE("input-like");

    private final String label;

    BadOutputConvention(String label) {
        this.label = label;
    }

    /**
     * The command-line name, {@code weak} or {@code input-like}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The convention named by a label.
     *
     * @param label {@code weak} or {@code input-like} (case-insensitive)
     * @return the convention
     * @throws IllegalArgumentException naming the accepted labels
     */
    public static BadOutputConvention parse(String label) {
        for (BadOutputConvention c : values()) {
            if (c.label.equalsIgnoreCase(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown bad-output convention '" + label
                + "'; expected weak or input-like");
    }
}
