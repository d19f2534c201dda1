package org.carbonledger.cbam;

import java.util.Objects;
import org.carbonledger.CarbonLedgerException;

/**
 * CBAM input that cannot be used: a missing sheet or value of the communication template, a
 * process without output, a precursor loop, a CN code outside Annex I to Regulation (EU)
 * 2023/956, a bad row of an installation file. The message names the place (file, sheet and
 * cell, or row and column), the reason, and what would be accepted.
 */
public class InvalidCbamInputException extends CarbonLedgerException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param location where the fault is: "FILE: sheet D_Processes, cell L24" or "FILE, row 3, column cn_code"
     * @param reason what is wrong and what would be accepted
     */
    public InvalidCbamInputException(String location, String reason) {
        super(Objects.requireNonNull(location, "location") + ": " + Objects.requireNonNull(reason, "reason"));
        this.location = location;
        this.reason = reason;
    }

    /** @return where the fault is */
    public String location() {
        return location;
    }

    /** @return what is wrong and what would be accepted */
    public String reason() {
        return reason;
    }
}
