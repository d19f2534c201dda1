package org.carbonledger.activity;

import java.util.Locale;

/** The GHG Protocol scope of an emission. */
public enum Scope {
    /** Direct emissions from owned or controlled sources. */
    SCOPE_1("1"),
    /** Indirect emissions from purchased electricity, heat, steam and cooling. */
    SCOPE_2("2"),
    /** Other indirect emissions in the value chain. */
    SCOPE_3("3");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    /** @return "1", "2" or "3" */
    public String code() {
        return code;
    }

    /**
     * Reads a scope.
     *
     * @param text "1", "2", "3", also "scope 1", "S1"
     * @return the scope
     * @throws IllegalArgumentException if not a scope
     */
    public static Scope parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace("scope", "").replace("s", "").strip();
        for (Scope scope : values()) {
            if (scope.code.equals(s)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("scope '" + text.strip() + "' is not 1, 2 or 3");
    }

    @Override
    public String toString() {
        return code;
    }
}
