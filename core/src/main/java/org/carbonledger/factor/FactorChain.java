package org.carbonledger.factor;

import java.util.List;
import java.util.Objects;
import org.carbonledger.factor.spi.FactorTable;

/**
 * An ordered chain of factor tables: the first that can price an activity wins.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tables the tables, first tried first
 */
public record FactorChain(List<FactorTable> tables) {
    // Copies the list.
    public FactorChain {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
    }

    /** @return the table ids, in order */
    public List<String> ids() {
        return tables.stream().map(t -> t.info().id()).toList();
    }

    @Override
    public String toString() {
        return String.join(" > ", ids());
    }
}
