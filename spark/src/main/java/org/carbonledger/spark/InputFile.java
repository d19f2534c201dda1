package org.carbonledger.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input file: where it is, and how rejections name it.
 *
 * <p>Immutable and thread-safe; serializable.
 *
 * @param name the file as messages and rejections name it (as the user wrote it, for a file given by name)
 * @param path the file's path or URI, as Hadoop's file systems read it
 */
public record InputFile(String name, String path) implements Serializable {
    // Validates the fields.
    public InputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
