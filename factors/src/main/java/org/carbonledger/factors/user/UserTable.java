package org.carbonledger.factors.user;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;

/**
 * A factor table read from a user's file; immutable and thread-safe.
 */
public final class UserTable implements FactorTable {
    private final TableInfo info;
    private final Map<ActivityId, List<EmissionFactor>> factors;
    private final List<ActivityType> newActivities;
    private final String file;

    UserTable(TableInfo info, Map<ActivityId, List<EmissionFactor>> factors, List<ActivityType> newActivities,
            String file) {
        this.info = info;
        Map<ActivityId, List<EmissionFactor>> copy = new LinkedHashMap<>();
        factors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.factors = Collections.unmodifiableMap(copy);
        this.newActivities = List.copyOf(newActivities);
        this.file = file;
    }

    @Override
    public TableInfo info() {
        return info;
    }

    @Override
    public Set<ActivityId> activities() {
        return factors.keySet();
    }

    @Override
    public List<EmissionFactor> factors(ActivityId activity) {
        return factors.getOrDefault(activity, List.of());
    }

    /** @return activity ids this table defines that the catalogue did not have */
    public List<ActivityType> newActivities() {
        return newActivities;
    }

    /** @return the file it was read from */
    public String file() {
        return file;
    }
}
