package org.carbonledger.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files of {@code --activities}: a file, a folder (its files, not those whose names start
 * with {@code _} or {@code .}, as Spark writes them beside its data) or a glob, on any Hadoop file
 * system, in name order. All CSV, or all Parquet ({@code .parquet}).
 */
final class Inputs {
    private Inputs() {
    }

    /** The files found and their format. */
    record Found(List<InputFile> files, boolean parquet) {
    }

    /**
     * Lists the files of {@code --activities}.
     *
     * @param given the option's value
     * @param hadoop the file systems' configuration
     * @return the files
     * @throws IllegalArgumentException naming the value if no file matches, or CSV and Parquet are mixed
     */
    static Found list(String given, Configuration hadoop) {
        try {
            Path pattern = new Path(given);
            FileSystem fs = pattern.getFileSystem(hadoop);
            FileStatus[] matched = fs.globStatus(pattern);
            if (matched == null || matched.length == 0) {
                throw new IllegalArgumentException("--activities " + given + ": no such file, folder or glob match");
            }
            boolean local = URI.create(pattern.toUri().toString()).getScheme() == null;
            List<InputFile> files = new ArrayList<>();
            boolean single = matched.length == 1 && !matched[0].isDirectory() && given.equals(pattern.toString());
            for (FileStatus m : matched) {
                if (m.isDirectory()) {
                    FileStatus[] inside = fs.listStatus(m.getPath());
                    java.util.Arrays.sort(inside, Comparator.comparing(s -> s.getPath().getName()));
                    for (FileStatus f : inside) {
                        String n = f.getPath().getName();
                        if (f.isFile() && !n.startsWith("_") && !n.startsWith(".")) {
                            files.add(file(f, local && !single
                                    ? java.nio.file.Path.of(given).resolve(n).toString() : null));
                        }
                    }
                } else {
                    files.add(file(m, single ? given : null));
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("--activities " + given + ": the folder holds no files");
            }
            files.sort(Comparator.comparing(InputFile::name));
            long parquet = files.stream().filter(f -> f.name().toLowerCase(Locale.ROOT).endsWith(".parquet")).count();
            if (parquet != 0 && parquet != files.size()) {
                throw new IllegalArgumentException("--activities " + given + ": " + parquet + " Parquet files and "
                        + (files.size() - parquet) + " others; give CSV files or Parquet files (.parquet), not both");
            }
            return new Found(List.copyOf(files), parquet > 0);
        } catch (IOException e) {
            throw new UncheckedIOException("--activities " + given + ": " + e.getMessage(), e);
        }
    }

    /** A file, named as the user wrote it where that is known, else by its path (local files without scheme). */
    private static InputFile file(FileStatus f, String name) {
        String path = f.getPath().toString();
        if (name != null) {
            return new InputFile(name, path);
        }
        URI uri = f.getPath().toUri();
        return new InputFile("file".equals(uri.getScheme()) ? uri.getPath() : path, path);
    }
}
