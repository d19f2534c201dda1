package org.carbonledger.quantity;

import java.util.List;

/**
 * A unit symbol that could mean more than one unit, such as {@code mwh} (MWh or mWh?) or
 * {@code gal} (US or imperial gallon?): {@link UnitParser} never picks one. {@link #suggestions()}
 * gives the symbols of the readings.
 */
public final class AmbiguousUnitException extends UnknownUnitException {
    private static final long serialVersionUID = 1L;

    AmbiguousUnitException(String symbol, List<String> readings, String message) {
        super(symbol, readings, message);
    }
}
