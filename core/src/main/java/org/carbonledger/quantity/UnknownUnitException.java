package org.carbonledger.quantity;

import java.util.List;

/**
 * A unit symbol that {@link UnitParser} cannot read, with the close matches it found; an
 * {@link AmbiguousUnitException} when the symbol could mean more than one unit.
 */
public sealed class UnknownUnitException extends IllegalArgumentException permits AmbiguousUnitException {
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

    /** @return known symbols close to the one given (for an ambiguous one: its readings), best first; may be empty */
    public List<String> suggestions() {
        return suggestions;
    }
}
