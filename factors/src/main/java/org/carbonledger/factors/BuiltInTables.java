package org.carbonledger.factors;

import java.util.ArrayList;
import java.util.List;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.Scope;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.FactorChain;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factor.spi.FactorTableProvider;
import org.carbonledger.factors.desnz.DesnzTable;
import org.carbonledger.factors.epa.EpaHub2025Table;
import org.carbonledger.factors.ipcc.Ipcc2006Table;
import org.carbonledger.ghg.MethaneOrigin;

/**
 * The factor tables and activity catalogue that ship with Carbon Ledger.
 *
 * <p>Registered in {@code META-INF/services}; also usable directly:
 * <pre>{@code
 * FactorRegistry registry = FactorRegistry.discover();
 * FactorChain chain = BuiltInTables.defaultChain(registry);
 * }</pre>
 * Thread-safe; tables load their data lazily, once.
 */
public final class BuiltInTables implements FactorTableProvider {
    /**
     * The documented default chain: the most specific publishers first, {@code ipcc-2006} (global
     * defaults) last (DESIGN.md §4). Tables not yet shipped are left out of it.
     */
    public static final List<String> DEFAULT_CHAIN = List.of("desnz-2025", "desnz-2024", "epa-hub-2025", "ipcc-2006");

    private static final String ACTIVITIES = "activities.csv";

    /** Creates the provider; does no I/O. */
    public BuiltInTables() {
    }

    @Override
    public List<FactorTable> tables() {
        return List.of(DesnzTable.edition2025(), DesnzTable.edition2024(), EpaHub2025Table.instance(),
                Ipcc2006Table.instance());
    }

    @Override
    public List<ActivityType> activityTypes() {
        return Catalogue.TYPES;
    }

    /**
     * Builds the default chain from a registry.
     *
     * @param registry a registry that holds the built-in tables
     * @return the chain of {@link #DEFAULT_CHAIN}
     */
    public static FactorChain defaultChain(FactorRegistry registry) {
        return registry.chain(DEFAULT_CHAIN);
    }

    /** Lazy holder of the catalogue. */
    private static final class Catalogue {
        static final List<ActivityType> TYPES = load();

        private static List<ActivityType> load() {
            List<ActivityType> out = new ArrayList<>();
            try (CsvReader csv = open(ACTIVITIES)) {
                var h = csv.header();
                int id = h.require("id");
                int name = h.require("name");
                int scope = h.require("scope");
                int biogenic = h.require("biogenic");
                int origin = h.require("methane_origin");
                int description = h.require("description");
                while (csv.next()) {
                    out.add(new ActivityType(ActivityId.of(csv.field(id)), csv.field(name), Scope.parse(csv.field(scope)),
                            Boolean.parseBoolean(csv.field(biogenic)), MethaneOrigin.valueOf(csv.field(origin)),
                            csv.field(description)));
                }
            }
            return List.copyOf(out);
        }

        private static CsvReader open(String name) {
            var in = BuiltInTables.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the carbonledger-factors jar");
            }
            return CsvReader.withComments(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), name);
        }
    }
}
