package org.carbonledger.factors.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;

/**
 * A factor table whose rows come from CSV resources bundled in this jar, parsed once, on first
 * use, thread-safely (double-checked locking on a volatile field). {@link #info()} does no I/O.
 *
 * <p>Subclasses implement {@link #load(Builder)}; a resource that is missing or malformed is a packaging
 * error and fails with an {@link IllegalStateException} naming the resource.
 */
public abstract class BundledTable implements FactorTable {
    private final TableInfo info;
    private volatile Data data;

    /**
     * Creates the table; does no I/O.
     *
     * @param info what the table is
     */
    protected BundledTable(TableInfo info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    @Override
    public final TableInfo info() {
        return info;
    }

    @Override
    public final Set<ActivityId> activities() {
        return data().factors.keySet();
    }

    @Override
    public final List<EmissionFactor> factors(ActivityId activity) {
        return data().factors.getOrDefault(activity, List.of());
    }

    @Override
    public final List<Conversion> conversions(ActivityId activity) {
        return data().conversions.getOrDefault(activity, List.of());
    }

    /** @return the source rows not shipped and why, one line each; for reports and tests */
    public final List<String> withheld() {
        return data().withheld;
    }

    /**
     * Reads the table's rows; called once.
     *
     * @param out where to put factors, conversions and withheld rows
     */
    protected abstract void load(Builder out);

    private Data data() {
        Data d = data;
        if (d == null) {
            synchronized (this) {
                d = data;
                if (d == null) {
                    Builder b = new Builder(info.id());
                    load(b);
                    d = b.build();
                    data = d;
                }
            }
        }
        return d;
    }

    /**
     * Opens a bundled CSV resource that may start with {@code #} comment lines.
     *
     * @param owner a class in the jar that holds the resource
     * @param name the absolute resource name
     * @return the reader, positioned after the header
     * @throws IllegalStateException if the resource is missing
     */
    public static CsvReader open(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from the carbonledger-factors jar");
        }
        return CsvReader.withComments(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }

    /** Tells whether a confidence note withholds its row (docs/design.md §4: CONFLICT or SUSPECT). */
    public static boolean withholds(String confidence) {
        return confidence.startsWith("CONFLICT") || confidence.startsWith("SUSPECT");
    }

    private record Data(Map<ActivityId, List<EmissionFactor>> factors, Map<ActivityId, List<Conversion>> conversions,
            List<String> withheld) {
    }

    /** Collects the rows of one table while it loads; not thread-safe, used by one load only. */
    public static final class Builder {
        private final String tableId;
        private final Map<ActivityId, List<EmissionFactor>> factors = new TreeMap<>();
        private final Map<ActivityId, List<Conversion>> conversions = new TreeMap<>();
        private final Set<String> keys = new HashSet<>();
        private final List<String> withheld = new ArrayList<>();

        Builder(String tableId) {
            this.tableId = tableId;
        }

        /**
         * Adds a factor.
         *
         * @param f the factor
         * @throws IllegalStateException if an equally specific factor for the same gas is already there
         */
        public void add(EmissionFactor f) {
            String key = f.activity() + "|" + f.gas() + (f.biogenicCo2() ? " (biogenic)" : "") + "|" + f.region() + "|" + f.sector() + "|" + f.basis() + "|"
                    + f.unit().activity().kind() + "|" + f.validFrom() + "|" + f.validTo();
            if (!keys.add(key)) {
                throw new IllegalStateException(tableId + ": two factors would compete for " + key + " (the second from "
                        + f.source().reference() + "); fix the mapping file");
            }
            factors.computeIfAbsent(f.activity(), k -> new ArrayList<>()).add(f);
        }

        /** @param c a conversion to add */
        public void add(Conversion c) {
            conversions.computeIfAbsent(c.activity(), k -> new ArrayList<>()).add(c);
        }

        /** @param line a source row not shipped, with the reason */
        public void withhold(String line) {
            withheld.add(line);
        }

        Data build() {
            Map<ActivityId, List<EmissionFactor>> f = new LinkedHashMap<>();
            factors.forEach((k, v) -> f.put(k, List.copyOf(v)));
            Map<ActivityId, List<Conversion>> c = new LinkedHashMap<>();
            factors.keySet().forEach(k -> c.put(k, List.copyOf(conversions.getOrDefault(k, List.of()))));
            for (ActivityId k : conversions.keySet()) {
                if (!f.containsKey(k)) {
                    throw new IllegalStateException(tableId + ": conversions for " + k + " but no factor");
                }
            }
            return new Data(Collections.unmodifiableMap(f), Collections.unmodifiableMap(c), List.copyOf(withheld));
        }
    }
}
