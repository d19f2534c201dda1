package org.carbonledger.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output directory, on any Hadoop file system. The job writes only into a directory
 * that is new, empty, or one it wrote before: it leaves a marker file, {@value #MARKER}, and
 * replaces a previous result only where the marker is and nothing but its own entries
 * ({@code inventory.json}, {@code rejected/}, {@code records/}) are beside it. Anything else in
 * the directory stops the job before it runs: nothing that is not the job's is deleted.
 */
final class OutputDirectory {
    /** The marker of a directory the job created. */
    static final String MARKER = "_CARBONLEDGER_SPARK";
    static final String INVENTORY = "inventory.json";
    static final String REJECTED = "rejected";
    static final String RECORDS = "records";
    private static final Set<String> OURS = Set.of(MARKER, INVENTORY, REJECTED, RECORDS, INVENTORY + ".tmp");

    private final FileSystem fs;
    private final Path dir;

    private OutputDirectory(FileSystem fs, Path dir) {
        this.fs = fs;
        this.dir = dir;
    }

    /**
     * Claims a directory: creates it, or checks that it is empty or the job's own and removes the
     * job's previous result from it; then writes the marker.
     *
     * @param name the directory as the user gave it
     * @param hadoop the file systems' configuration
     * @return the directory, ready to write into
     * @throws IllegalArgumentException naming the directory and what is in it, if it is not the job's to write
     */
    static OutputDirectory claim(String name, Configuration hadoop) {
        try {
            Path dir = new Path(name);
            FileSystem fs = dir.getFileSystem(hadoop);
            if (fs.exists(dir)) {
                if (!fs.getFileStatus(dir).isDirectory()) {
                    throw new IllegalArgumentException("--output " + name + " is a file; give a directory, new or empty");
                }
                List<String> entries = new ArrayList<>();
                for (FileStatus s : fs.listStatus(dir)) {
                    entries.add(s.getPath().getName());
                }
                if (!entries.isEmpty()) {
                    if (!entries.contains(MARKER)) {
                        throw new IllegalArgumentException("--output " + name + " is not empty and was not written by"
                                + " carbonledger-spark (no " + MARKER + " in it; it holds " + list(entries) + "):"
                                + " give a new or empty directory");
                    }
                    List<String> foreign = entries.stream().filter(e -> !OURS.contains(e)).sorted().toList();
                    if (!foreign.isEmpty()) {
                        throw new IllegalArgumentException("--output " + name + " holds files that carbonledger-spark"
                                + " did not write (" + list(foreign) + "); it replaces only its own result"
                                + " (" + INVENTORY + ", " + REJECTED + "/, " + RECORDS + "/): move them or give another"
                                + " directory");
                    }
                    for (String e : entries) {
                        if (!e.equals(MARKER)) {
                            fs.delete(new Path(dir, e), true);
                        }
                    }
                }
            } else if (!fs.mkdirs(dir)) {
                throw new IllegalArgumentException("--output " + name + ": cannot create the directory");
            }
            try (OutputStream out = fs.create(new Path(dir, MARKER), true)) {
                out.write(("written by carbonledger-spark inventory; it replaces its own result here (" + INVENTORY
                        + ", " + REJECTED + "/, " + RECORDS + "/) and nothing else\n").getBytes(StandardCharsets.UTF_8));
            }
            return new OutputDirectory(fs, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("--output " + name + ": " + e.getMessage(), e);
        }
    }

    private static String list(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }

    /** @return the path of an entry of the directory */
    String path(String entry) {
        return new Path(dir, entry).toString();
    }

    /**
     * Opens the inventory's file; {@link #commit()} gives it its name once it is whole.
     *
     * @return the stream
     * @throws IOException if it cannot be created
     */
    OutputStream openInventory() throws IOException {
        return fs.create(new Path(dir, INVENTORY + ".tmp"), true);
    }

    /**
     * Names the inventory's file {@value #INVENTORY}: a reader never sees half of it.
     *
     * @throws IOException if the rename fails
     */
    void commit() throws IOException {
        if (!fs.rename(new Path(dir, INVENTORY + ".tmp"), new Path(dir, INVENTORY))) {
            throw new IOException("cannot rename " + INVENTORY + ".tmp to " + INVENTORY + " in " + dir);
        }
    }
}
