package org.carbonledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * Where a command's result goes: {@code --output FILE} or standard output. A result is always
 * written whole to a temporary file first and delivered only when complete, so that a run that
 * fails leaves nothing on standard output and nothing at {@code --output}.
 *
 * <p>{@code --output} never destroys what is not a result: it is refused when it names a
 * directory, a device, a pipe, a symbolic link or any other file that is not a regular file, or a
 * file the same run reads; a regular file is replaced
 * atomically, by renaming the finished temporary file, written beside it, over it.
 */
final class OutputTarget {
    private final Path output;
    private final Path temp;

    private OutputTarget(Path output, Path temp) {
        this.output = output;
        this.temp = temp;
    }

    /**
     * Checks the output and makes the temporary file the result is written to.
     *
     * @param output the --output path, or null for standard output
     * @param inputs the files the run reads (not overwritten)
     * @return the target
     * @throws FatalException if the output is not a regular file, is an input, or cannot be written
     */
    static OutputTarget of(Path output, List<Path> inputs) {
        if (output != null) {
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
                throw new FatalException("--output " + output + " is " + what(output) + ", not a regular file;"
                        + " give the path of a file to create or replace (nothing was written)");
            }
            for (Path in : inputs) {
                if (in != null && same(in, output)) {
                    throw new FatalException("--output " + output + " is the input file " + in
                            + " of this run; write the result to another file (nothing was written)");
                }
            }
        }
        try {
            Path dir = output == null ? null : output.toAbsolutePath().getParent();
            Path temp;
            if (dir != null && Files.isDirectory(dir)) {
                // beside the output, so that the final rename is atomic, and created as any new file is
                // (the umask's permissions; Files.createTempFile would make the result readable by its
                // owner only)
                temp = Files.createFile(dir.resolve("." + output.getFileName() + "."
                        + Long.toHexString(new java.security.SecureRandom().nextLong()) + ".tmp"));
            } else if (dir != null) {
                throw new FatalException("cannot write " + output + ": no such directory " + dir);
            } else {
                temp = Files.createTempFile("carbonledger-", ".tmp");
            }
            return new OutputTarget(output, temp);
        } catch (IOException e) {
            throw new FatalException("cannot write " + (output == null ? "a temporary file" : output) + ": "
                    + e.getMessage());
        }
    }

    private static String what(Path p) {
        if (Files.isSymbolicLink(p)) {
            return "a symbolic link";
        }
        if (Files.isDirectory(p)) {
            return "a directory";
        }
        return "a device, pipe or other special file";
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the temporary file the result is written to */
    Path temp() {
        return temp;
    }

    /**
     * Opens the temporary file for the result.
     *
     * @return a stream, to close before {@link #deliver}
     */
    OutputStream open() {
        try {
            return Files.newOutputStream(temp);
        } catch (IOException e) {
            throw new FatalException("cannot write " + temp + ": " + e.getMessage());
        }
    }

    /**
     * Delivers the finished result: renames it over --output, or copies it to standard output.
     *
     * @param stdout the byte stream of standard output, or null to use {@code out}
     * @param out the command line's writer, used when no byte stream is known
     */
    void deliver(OutputStream stdout, PrintWriter out) {
        deliver(stdout, out, false);
    }

    /**
     * Delivers the finished result.
     *
     * @param stdout the byte stream of standard output, or null to use {@code out}
     * @param out the command line's writer, used when no byte stream is known
     * @param processStdout whether standard output is the process's own (file descriptor 1),
     *     which the kernel copies the file to (a gigabyte through a PrintStream took six seconds more)
     */
    void deliver(OutputStream stdout, PrintWriter out, boolean processStdout) {
        try {
            if (output != null) {
                // checked again: the file may have been replaced by something else while the run ran
                if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FatalException("--output " + output + " is " + what(output) + ", not a regular file;"
                            + " nothing was written");
                }
                if (Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
                    // a file replaced keeps its permissions (a result the user made private stays so)
                    try {
                        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(output));
                    } catch (UnsupportedOperationException e) {
                        // no POSIX permissions on this file system: the new file's stand
                    }
                }
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else if (processStdout && stdout != null) {
                out.flush();
                stdout.flush();
                copyToDescriptor1(stdout);
            } else if (stdout != null) {
                out.flush();
                Files.copy(temp, stdout);
                stdout.flush();
                if (stdout instanceof java.io.PrintStream ps && ps.checkError()) {
                    // a PrintStream (System.out) swallows write errors: a full disk or a closed pipe
                    throw new FatalException("cannot write the result to standard output");
                }
            } else {
                try (var reader = Files.newBufferedReader(temp)) {
                    reader.transferTo(out);
                }
                out.flush();
            }
        } catch (NoSuchFileException e) {
            throw new FatalException("cannot write " + output + ": no such directory");
        } catch (IOException | UncheckedIOException e) {
            throw new FatalException("cannot write " + (output == null ? "the result" : output) + ": " + e.getMessage());
        }
    }

    /** Copies the result to file descriptor 1 by the kernel; what it does not take, as a stream. */
    private void copyToDescriptor1(OutputStream stdout) throws IOException {
        java.nio.channels.FileChannel fd1 = new java.io.FileOutputStream(java.io.FileDescriptor.out).getChannel();
        try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(temp)) {
            long at = 0;
            long size = in.size();
            while (at < size) {
                long n = in.transferTo(at, size - at, fd1);
                if (n <= 0) {
                    // a descriptor that takes nothing now (non-blocking): the rest as a stream
                    java.nio.channels.Channels.newInputStream(in.position(at)).transferTo(stdout);
                    stdout.flush();
                    break;
                }
                at += n;
            }
        }
        if (stdout instanceof java.io.PrintStream ps && ps.checkError()) {
            throw new FatalException("cannot write the result to standard output");
        }
    }

    /** Deletes the temporary file, if still there. */
    void discard() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }

    /** @return the --output path, or null */
    Path output() {
        return output;
    }

    @Override
    public String toString() {
        return Objects.toString(output, "standard output");
    }
}
