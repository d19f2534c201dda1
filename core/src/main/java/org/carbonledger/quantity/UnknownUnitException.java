package org.carbonledger.quantity;

import java.util.List;

/**
 * A unit symbol that {@link UnitParser} does not know, with the close matches it found.
 */
public final class UnknownUnitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String symbol;
    private final List<String> suggestions;

    UnknownUnitException(String symbol, List<String> suggestions, String message) {
        super(message);
        this.symbol = symbol;
        this.suggestions = List.copyOf(suggestions);
    }

    /** @return the symbol as given */
    public String symbol() {
        return symbol;
    }

    /** @return known symbols close to the one given, best first; may be empty */
    public List<String> suggestions() {
        return suggestions;
    }
}
