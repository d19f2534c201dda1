package org.carbonledger.factor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factor.spi.FactorTableProvider;

/**
 * The factor tables and activity types available, by stable id.
 *
 * <p>Discovery ({@link #discover()}, through {@link ServiceLoader}), selection ({@link #table})
 * and chaining ({@link #chain}) are separate: the registry never orders tables by class-path
 * order; a chain is always named. Immutable and thread-safe.
 */
public final class FactorRegistry {
    private final Map<String, FactorTable> tables;
    private final Map<ActivityId, ActivityType> types;
    private final Map<ActivityId, NetGrossRatio> ratios;

    private FactorRegistry(Map<String, FactorTable> tables, Map<ActivityId, ActivityType> types,
            Map<ActivityId, NetGrossRatio> ratios) {
        this.tables = Collections.unmodifiableMap(tables);
        this.types = Collections.unmodifiableMap(types);
        this.ratios = Collections.unmodifiableMap(ratios);
    }

    /**
     * Discovers every {@link FactorTableProvider} on the class path of this class's loader.
     *
     * @return the registry
     * @throws IllegalStateException if two tables share an id or two activity types differ
     */
    public static FactorRegistry discover() {
        List<FactorTableProvider> providers = new ArrayList<>();
        ServiceLoader.load(FactorTableProvider.class, FactorRegistry.class.getClassLoader()).forEach(providers::add);
        providers.sort(Comparator.comparing(p -> p.getClass().getName()));
        return of(providers);
    }

    /**
     * Builds a registry from providers.
     *
     * @param providers the providers
     * @return the registry
     * @throws IllegalStateException if two tables share an id or two activity types differ
     */
    public static FactorRegistry of(Collection<? extends FactorTableProvider> providers) {
        Map<String, FactorTable> tables = new LinkedHashMap<>();
        Map<ActivityId, ActivityType> types = new LinkedHashMap<>();
        Map<ActivityId, NetGrossRatio> ratios = new LinkedHashMap<>();
        for (FactorTableProvider p : providers) {
            for (FactorTable t : p.tables()) {
                FactorTable previous = tables.putIfAbsent(t.info().id(), t);
                if (previous != null) {
                    throw new IllegalStateException("two factor tables have the id '" + t.info().id() + "': "
                            + previous.getClass().getName() + " and " + t.getClass().getName());
                }
            }
            for (ActivityType type : p.activityTypes()) {
                ActivityType previous = types.putIfAbsent(type.id(), type);
                if (previous != null && !previous.equals(type)) {
                    throw new IllegalStateException("activity " + type.id() + " is defined twice, differently: "
                            + previous + " and " + type);
                }
            }
            for (NetGrossRatio ratio : p.netGrossRatios()) {
                NetGrossRatio previous = ratios.putIfAbsent(ratio.activity(), ratio);
                if (previous != null && !previous.equals(ratio)) {
                    throw new IllegalStateException("the net and gross calorific values of " + ratio.activity()
                            + " are given twice, differently: " + previous.source().reference() + " and "
                            + ratio.source().reference());
                }
            }
        }
        return new FactorRegistry(tables, types, ratios);
    }

    /**
     * Returns a registry with more tables, such as users' own; they must have new ids.
     *
     * @param extra the tables to add
     * @param extraTypes activity types they define
     * @return a new registry
     */
    public FactorRegistry with(List<FactorTable> extra, List<ActivityType> extraTypes) {
        FactorTableProvider self = new FactorTableProvider() {
            @Override
            public List<FactorTable> tables() {
                return List.copyOf(tables.values());
            }

            @Override
            public List<ActivityType> activityTypes() {
                return List.copyOf(types.values());
            }

            @Override
            public List<NetGrossRatio> netGrossRatios() {
                return List.copyOf(ratios.values());
            }
        };
        FactorTableProvider more = new FactorTableProvider() {
            @Override
            public List<FactorTable> tables() {
                return extra;
            }

            @Override
            public List<ActivityType> activityTypes() {
                return extraTypes;
            }
        };
        return of(List.of(self, more));
    }

    /**
     * Gets the published net and gross calorific values of a fuel, with which an energy amount on
     * one basis is priced by factors on the other.
     *
     * @param activity the fuel
     * @return its values, if a provider publishes them
     */
    public Optional<NetGrossRatio> netGrossRatio(ActivityId activity) {
        return Optional.ofNullable(ratios.get(activity));
    }

    /** @return every table, in discovery order (by provider class name) */
    public List<FactorTable> tables() {
        return List.copyOf(tables.values());
    }

    /**
     * Gets a table by id.
     *
     * @param id the table id
     * @return the table
     * @throws IllegalArgumentException naming the id and the known ids, if unknown
     */
    public FactorTable table(String id) {
        Objects.requireNonNull(id, "id");
        FactorTable t = tables.get(id.strip());
        if (t == null) {
            throw new IllegalArgumentException("unknown factor table '" + id.strip() + "'; " + (tables.isEmpty()
                    ? "no table is registered: put carbonledger-factors (or another FactorTableProvider) on the class path or"
                    + " module path, or add tables with FactorRegistry.with"
                    : "available: " + String.join(", ", tables.keySet())));
        }
        return t;
    }

    /**
     * Builds a chain from table ids, in the order given.
     *
     * @param ids table ids
     * @return the chain
     * @throws IllegalArgumentException if an id is unknown or repeated
     */
    public FactorChain chain(List<String> ids) {
        List<FactorTable> out = new ArrayList<>();
        for (String id : ids) {
            FactorTable t = table(id);
            if (out.contains(t)) {
                throw new IllegalArgumentException("factor table '" + id + "' is named twice in the chain");
            }
            out.add(t);
        }
        return new FactorChain(out);
    }

    /**
     * Finds the type of an activity id.
     *
     * @param id the id
     * @return its type, or empty if no provider defines it
     */
    public Optional<ActivityType> findActivityType(ActivityId id) {
        return Optional.ofNullable(types.get(id));
    }

    /** @return every activity type, sorted by id */
    public List<ActivityType> activityTypes() {
        List<ActivityType> out = new ArrayList<>(types.values());
        out.sort(Comparator.comparing(ActivityType::id));
        return out;
    }
}
