package org.carbonledger.factor;

import java.time.LocalDate;
import java.util.Objects;
import org.carbonledger.activity.CalorificBasis;

/**
 * What a factor table is and where it comes from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable id, such as "ipcc-2006"
 * @param name a readable name
 * @param publisher who publishes the source
 * @param edition the edition, such as "2006" or "2025 v1"
 * @param document the source document
 * @param licence the licence of the data
 * @param attribution the attribution line the licence asks for, or ""
 * @param validFrom the first day of activity periods the table applies to, or null
 * @param validTo the last day, or null for no end
 * @param defaultBasis the basis taken for an energy amount of unstated basis when the table has
 *     factors on both bases, or null when it has one basis only
 * @param description what the table covers, and what it deliberately leaves out
 * @param series the series the table is an edition of, such as "desnz" for every edition of the UK
 *     government's conversion factors: the editions of one series answer for the same activities
 *     and regions in different years, so that a record dated outside one edition is priced by
 *     another of the series, never by a table further down the chain ({@link FactorResolver}). A
 *     table of no series is a series of its own: its id.
 */
public record TableInfo(String id, String name, String publisher, String edition, String document, String licence,
        String attribution, LocalDate validFrom, LocalDate validTo, CalorificBasis defaultBasis, String description,
        String series) implements java.io.Serializable {

    /**
     * Creates the description of a table that is a series of its own.
     *
     * @param id the stable id
     * @param name a readable name
     * @param publisher who publishes the source
     * @param edition the edition
     * @param document the source document
     * @param licence the licence of the data
     * @param attribution the attribution line the licence asks for, or ""
     * @param validFrom the first day of activity periods the table applies to, or null
     * @param validTo the last day, or null for no end
     * @param defaultBasis the basis taken for an energy amount of unstated basis, or null
     * @param description what the table covers
     */
    public TableInfo(String id, String name, String publisher, String edition, String document, String licence,
            String attribution, LocalDate validFrom, LocalDate validTo, CalorificBasis defaultBasis,
            String description) {
        this(id, name, publisher, edition, document, licence, attribution, validFrom, validTo, defaultBasis,
                description, id);
    }

    // Validates the fields.
    public TableInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(series, "series");
        if (!series.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("series '" + series + "' of table " + id
                    + " must be lower case letters, digits, '.' and '-'");
        }
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("table id '" + id + "' must be lower case letters, digits, '.' and '-'");
        }
    }
}
