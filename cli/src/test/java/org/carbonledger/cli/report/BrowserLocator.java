package org.carbonledger.cli.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Chromium (or Chrome) and ChromeDriver executables for the browser test, on any
 * operating system: the {@code CHROME} and {@code CHROMEDRIVER} environment variables when set
 * (each the path of an executable), else the usual names on {@code PATH}. No fixed paths: Debian
 * puts Chromium in {@code /usr/bin}, Homebrew in {@code /opt/homebrew/bin}, Windows in
 * {@code Program Files}. Selenium Manager's download is not used, as tests must not reach the
 * network.
 */
final class BrowserLocator {
    /** How to get both, said when either is missing. */
    static final String HOW_TO_INSTALL = "the browser test of the HTML report needs Chromium (or Chrome) and a matching"
            + " ChromeDriver, on PATH or named by the CHROME and CHROMEDRIVER environment variables (paths of the"
            + " executables). Install them with: apt-get install chromium chromium-driver (Debian, Ubuntu);"
            + " dnf install chromium chromedriver (Fedora); brew install --cask chromium chromedriver (macOS);"
            + " choco install chromium chromedriver (Windows); or download Chrome for Testing and its chromedriver"
            + " (https://googlechromelabs.github.io/chrome-for-testing/) and set CHROME and CHROMEDRIVER";

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");
    private static final List<String> DRIVERS = List.of("chromedriver");

    private final Map<String, String> env;

    /** @param env the environment to read {@code CHROME}, {@code CHROMEDRIVER}, {@code PATH} (and {@code PATHEXT}) from */
    BrowserLocator(Map<String, String> env) {
        this.env = env;
    }

    /**
     * @return the browser executable
     * @throws IllegalStateException if none is found, saying how to install one; or if {@code CHROME}
     *     names a file that is not executable
     */
    Path browser() {
        return find("CHROME", BROWSERS);
    }

    /**
     * @return the ChromeDriver executable
     * @throws IllegalStateException if none is found, saying how to install one; or if
     *     {@code CHROMEDRIVER} names a file that is not executable
     */
    Path driver() {
        return find("CHROMEDRIVER", DRIVERS);
    }

    private Path find(String variable, List<String> names) {
        String set = env.get(variable);
        if (set != null && !set.isBlank()) {
            Path p = Path.of(set);
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                throw new IllegalStateException(variable + "=" + set + " is not an executable file; " + HOW_TO_INSTALL);
            }
            return p;
        }
        return onPath(names).orElseThrow(() -> new IllegalStateException("no " + names.get(0) + " found ("
                + variable + " is not set and none of " + names + " is on PATH); " + HOW_TO_INSTALL));
    }

    private Optional<Path> onPath(List<String> names) {
        String path = env.getOrDefault("PATH", "");
        List<String> extensions = env.containsKey("PATHEXT")
                ? List.of(("" + File.pathSeparator + env.get("PATHEXT").toLowerCase(Locale.ROOT)).split(File.pathSeparator))
                : List.of("");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                for (String ext : extensions) {
                    Path p = Path.of(dir, name + ext);
                    if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
