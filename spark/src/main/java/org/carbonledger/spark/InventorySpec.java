package org.carbonledger.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.FactorChain;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.factors.user.InvalidTableException;
import org.carbonledger.factors.user.UserTable;
import org.carbonledger.factors.user.UserTableReader;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.intensity.ProductionCsvReader;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.ContractualInstrument;
import org.carbonledger.inventory.InventoryRun;

/**
 * The settings of an inventory on Spark, as the {@code carbonledger inventory} options state them:
 * the GWP set, the factor tables of the chain and the user's own tables, carried as their bytes so
 * that every executor builds the same {@link InventoryRun} as the driver, whatever file systems it
 * sees. The chain is built as the command builds it: the user's tables first, in the order given,
 * then the tables named (or the default chain), sector manufacturing by default.
 *
 * <pre>{@code
 * InventorySpec spec = InventorySpec.of("AR5", List.of(), List.of(TableFile.read(Path.of("supplier-factors.csv"))));
 * InventoryRun run = spec.run();   // on an executor: built once per JVM and shared by its tasks
 * }</pre>
 *
 * <p>Immutable and thread-safe; serializable.
 */
public final class InventorySpec implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The runs built on this JVM, by the digest of their settings: one per executor, shared by its tasks. */
    private static final Map<String, InventoryRun> RUNS = new ConcurrentHashMap<>();
    /** The settings built on this JVM, by the same digest: the registry's tables are read once. */
    private static final Map<String, CalculationSettings> SETTINGS = new ConcurrentHashMap<>();

    private final String gwp;
    private final List<String> tables;
    private final List<TableFile> tableFiles;
    private final String digest;

    private InventorySpec(String gwp, List<String> tables, List<TableFile> tableFiles) {
        this.gwp = gwp;
        this.tables = List.copyOf(tables);
        this.tableFiles = List.copyOf(tableFiles);
        this.digest = digest(gwp, this.tables, this.tableFiles);
    }

    /**
     * A user's factor table (the command's {@code --table-file}), as its name and bytes.
     *
     * @param name the file's name as the user gave it, in messages
     * @param content the file's bytes, CSV or JSON as its name's extension says
     */
    // An array component on purpose: the bytes are copied in and out (below), so the record stays immutable.
    @SuppressWarnings("ArrayRecordComponent")
    public record TableFile(String name, byte[] content) implements Serializable {
        // Validates and copies.
        public TableFile {
            Objects.requireNonNull(name, "name");
            content = content.clone();
        }

        /**
         * Reads a table file.
         *
         * @param file the file
         * @return its name and bytes
         * @throws UncheckedIOException if it cannot be read
         */
        public static TableFile read(Path file) {
            try {
                return new TableFile(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("--table-file: " + file + ": cannot be read: " + e.getMessage(), e);
            }
        }

        /** @return a copy of the bytes */
        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TableFile t && name.equals(t.name) && Arrays.equals(content, t.content);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return name + " (" + content.length + " bytes)";
        }
    }

    /**
     * Makes settings, checking them at once (on the driver) as the command does: the GWP set,
     * the table ids and the user's tables.
     *
     * @param gwp the GWP set: AR4, AR5 or AR6
     * @param tables the ids of the chain's tables, first tried first; empty for the default chain
     * @param tableFiles the user's tables, first in the chain, in this order
     * @return the settings
     * @throws IllegalArgumentException naming the option and value if one is not accepted, or the
     *     file, row, column and value if a user's table is invalid
     */
    public static InventorySpec of(String gwp, List<String> tables, List<TableFile> tableFiles) {
        Objects.requireNonNull(gwp, "gwp");
        InventorySpec spec = new InventorySpec(gwp, tables, tableFiles);
        spec.settings();
        return spec;
    }

    /** @return the GWP set's id as given */
    public String gwp() {
        return gwp;
    }

    /** @return the ids of the chain's tables as given; empty for the default chain */
    public List<String> tables() {
        return tables;
    }

    /** @return the user's tables */
    public List<TableFile> tableFiles() {
        return tableFiles;
    }

    /** @return true if the chain is the documented default one (after the user's tables), as results say */
    public boolean chainIsDefault() {
        return tables.isEmpty();
    }

    /**
     * Gets the run that prices records under these settings, built once per JVM (an executor's
     * tasks share it, and so its cache of resolved factors: each distinct activity, unit, region,
     * period, sector and basis is resolved once per executor, not per row).
     *
     * @return the run, without instruments or production data (which the result on the driver applies)
     */
    public InventoryRun run() {
        return RUNS.computeIfAbsent(digest, d -> InventoryRun.builder(settings()).chainIsDefault(chainIsDefault())
                .build());
    }

    /**
     * Builds the run that makes the result on the driver: the same settings, with the market-based
     * instruments and production data.
     *
     * @param instruments the contractual instruments; may be empty
     * @param production production data for intensities, or null
     * @return a new run
     */
    public InventoryRun run(List<ContractualInstrument> instruments, ProductionCsvReader.Result production) {
        return InventoryRun.builder(settings()).instruments(instruments).production(production)
                .chainIsDefault(chainIsDefault()).build();
    }

    private CalculationSettings settings() {
        CalculationSettings s = SETTINGS.get(digest);
        if (s == null) {
            s = build();
            SETTINGS.putIfAbsent(digest, s);
        }
        return s;
    }

    private CalculationSettings build() {
        GwpSet gwpSet;
        try {
            gwpSet = GwpSet.of(gwp);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--gwp: " + e.getMessage(), e);
        }
        FactorRegistry registry = FactorRegistry.discover();
        List<String> ids = new ArrayList<>();
        if (!tableFiles.isEmpty()) {
            registry = withUserTables(registry, ids);
        }
        FactorChain chain;
        try {
            ids.addAll(tables.isEmpty() ? BuiltInTables.DEFAULT_CHAIN : tables);
            chain = BuiltInTables.chain(registry, ids);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tables: " + e.getMessage(), e);
        }
        return new CalculationSettings(registry, chain, gwpSet, Sector.MANUFACTURING);
    }

    /**
     * Reads the user's tables as the command does (each may use activities the ones before it
     * define), from a private temporary copy read under the name the user gave, so that messages
     * and results name the same file on every machine.
     */
    private FactorRegistry withUserTables(FactorRegistry registry, List<String> ids) {
        List<FactorTable> read = new ArrayList<>();
        List<ActivityType> defined = new ArrayList<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("carbonledger-tables-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            int n = 0;
            for (TableFile t : tableFiles) {
                Path file = dir.resolve("table-" + n++);
                Files.write(file, t.content);
                UserTableReader reader = new UserTableReader(id -> registry.findActivityType(id)
                        .or(() -> defined.stream().filter(a -> a.id().equals(id)).findFirst()));
                UserTable table;
                try {
                    table = reader.read(file, t.name());
                } catch (InvalidTableException e) {
                    throw new IllegalArgumentException("--table-file: " + e.getMessage(), e);
                }
                if (ids.contains(table.info().id())) {
                    throw new IllegalArgumentException("--table-file: " + t.name() + ": table id '"
                            + table.info().id() + "' is already used by another --table-file");
                }
                ids.add(table.info().id());
                read.add(table);
                defined.addAll(table.newActivities());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
        try {
            return registry.with(read, defined);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("--table-file: " + e.getMessage() + "; give your table another id", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary copy left behind is harmless; the run does not depend on it
        }
    }

    private static String digest(String gwp, List<String> tables, List<TableFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((gwp + "\n" + String.join(",", tables) + "\n").getBytes(StandardCharsets.UTF_8));
            for (TableFile f : files) {
                md.update((f.name() + "\n" + f.content.length + "\n").getBytes(StandardCharsets.UTF_8));
                md.update(f.content);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InventorySpec s && digest.equals(s.digest);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "InventorySpec[gwp=" + gwp + ", tables=" + (tables.isEmpty() ? "default" : tables) + ", tableFiles="
                + tableFiles + "]";
    }
}
