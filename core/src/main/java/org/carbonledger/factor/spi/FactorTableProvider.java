package org.carbonledger.factor.spi;

import java.util.List;
import org.carbonledger.activity.ActivityType;

/**
 * A plug-in that provides factor tables, discovered through {@link java.util.ServiceLoader}
 * (declare the class in {@code META-INF/services/org.carbonledger.factor.spi.FactorTableProvider}).
 *
 * <p>Contract: a public no-argument constructor that does no I/O; thread-safe; never returns
 * null. Table ids must be unique across every provider on the class path.
 */
public interface FactorTableProvider {

    /** @return the tables, in a fixed order; they load their data lazily */
    List<FactorTable> tables();

    /**
     * Lists the activity ids this provider defines (name, usual scope, biogenic flag).
     *
     * @return the activity types; empty by default
     */
    default List<ActivityType> activityTypes() {
        return List.of();
    }
}
