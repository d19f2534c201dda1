package org.carbonledger.inventory;

import org.carbonledger.activity.ActivityId;

/**
 * An activity id that no provider defines.
 */
public final class UnknownActivityException extends org.carbonledger.RowFaultException {
    private static final long serialVersionUID = 1L;

    private final transient ActivityId activity;

    /**
     * Creates the exception.
     *
     * @param activity the id
     * @param message what is wrong and where the known ids are listed
     */
    public UnknownActivityException(ActivityId activity, String message) {
        super(message);
        this.activity = activity;
    }

    /** @return the id */
    public ActivityId activity() {
        return activity;
    }

    /** @return "activity", the column at fault */
    @Override
    public String column() {
        return "activity";
    }
}
