package org.carbonledger.factor.spi;

import java.util.List;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.factor.NetGrossRatio;

/**
 * A plug-in that provides factor tables, discovered through {@link java.util.ServiceLoader}
 * (declare the class in {@code META-INF/services/org.carbonledger.factor.spi.FactorTableProvider} on
 * the class path; {@code provides org.carbonledger.factor.spi.FactorTableProvider with ...} in the
 * plug-in's module descriptor on the module path).
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

    /**
     * Lists the published net and gross calorific values of fuels, with which an energy amount on
     * one basis is priced by factors on the other (at most one per activity across all providers).
     * Read when a registry is built: implementations may load them then, not before.
     *
     * @return the fuels' net and gross calorific values; empty by default
     */
    default List<NetGrossRatio> netGrossRatios() {
        return List.of();
    }
}
