package org.carbonledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the Carbon Ledger library in use, such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}.
 *
 * <p>It is the Maven project version, written into the resource {@code org/carbonledger/version.properties}
 * of {@code carbonledger-core} when the jar is built (Maven resource filtering), so it is the same in the
 * jar, on a test class path and in an IDE. The command line prints it for {@code --version}; results record
 * it so that a report says which release computed it.
 *
 * <p>Thread-safe; the resource is read once, when this class is first used.
 */
public final class CarbonLedgerVersion {
    private static final String RESOURCE = "version.properties";
    private static final String VERSION = read();

    private CarbonLedgerVersion() {
    }

    /**
     * Returns the version of this build of the library.
     *
     * <p>Example: {@code CarbonLedgerVersion.current()} returns {@code "0.1.0-SNAPSHOT"} on a build of
     * the first development version.
     *
     * @return the Maven project version of {@code carbonledger-core}, never blank
     */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = CarbonLedgerVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("org/carbonledger/" + RESOURCE
                        + " is missing from carbonledger-core: the jar was not built by its Maven build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            // an unfiltered resource still reads ${project.version}: a build that skipped filtering
            if (v.isEmpty() || v.contains("${")) {
                throw new IllegalStateException("org/carbonledger/" + RESOURCE + " holds no version (\"" + v
                        + "\"): the resource was not filtered by the Maven build");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
