package org.carbonledger.factor;

import java.util.Objects;

/**
 * Where one factor or conversion value comes from: enough to find it in the source document.
 *
 * @param tableId the table that ships it
 * @param edition the table's edition
 * @param document the source document
 * @param reference the table, sheet or row in the document, such as "Vol. 2 Ch. 1 Table 1.4"
 * @param sourceName the source's own name for the activity, such as "Natural Gas"
 * @param confidence the transcription confidence noted with the data, or ""
 */
public record FactorSource(String tableId, String edition, String document, String reference, String sourceName,
        String confidence) {
    // Validates the fields.
    public FactorSource {
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(confidence, "confidence");
    }
}
