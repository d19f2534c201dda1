package org.carbonledger.factor;

import java.util.List;

/**
 * No table in the chain can price an activity. The message names the query and, for each table
 * tried, why it could not.
 */
public final class FactorNotFoundException extends org.carbonledger.RowFaultException {
    private static final long serialVersionUID = 1L;

    private final transient FactorQuery query;
    private final List<String> attempts;
    private final String column;

    /**
     * Creates the exception.
     *
     * @param query what was asked
     * @param attempts for each table tried, "table-id: why not"
     * @param column the input column at fault: the furthest any table got ("activity", "period",
     *     "region", "sector", "basis" or "unit")
     */
    public FactorNotFoundException(FactorQuery query, List<String> attempts, String column) {
        super("no factor for " + query + (attempts.isEmpty() ? "; the table chain is empty"
                : "; tables tried: " + String.join("; ", attempts)));
        this.query = query;
        this.attempts = List.copyOf(attempts);
        this.column = column;
    }

    /**
     * Names the input column at fault: "activity" when no table has the activity, "period",
     * "region", "sector" or "basis" when that is what stopped the table that got furthest, and
     * "unit" when a table had factors but none it could apply to an amount of this unit.
     *
     * @return the column name
     */
    @Override
    public String column() {
        return column;
    }

    /** @return what was asked */
    public FactorQuery query() {
        return query;
    }

    /** @return for each table tried, "table-id: why not" */
    public List<String> attempts() {
        return attempts;
    }
}
