package org.carbonledger.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser test finds its browser where the machine has it, not at Debian's fixed
 * {@code /usr/bin/chromium}: on {@code PATH} under any usual name, or through {@code CHROME} and
 * {@code CHROMEDRIVER}; and when there is none it says how to install one.
 */
class BrowserLocatorTest {
    @TempDir
    Path dir;

    private Path executable(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path p = Files.writeString(folder.resolve(name), "#!/bin/sh\n");
        if (!p.toFile().setExecutable(true)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return p;
    }

    @Test
    void browserAndDriverOnPath_areFoundUnderTheirUsualNames_anywhere() throws IOException {
        Path browser = executable(dir.resolve("opt/homebrew/bin"), "google-chrome");
        Path driver = executable(dir.resolve("tools"), "chromedriver");
        String path = dir.resolve("empty") + File.pathSeparator + browser.getParent() + File.pathSeparator + driver.getParent();
        BrowserLocator locator = new BrowserLocator(Map.of("PATH", path));
        assertEquals(browser, locator.browser());
        assertEquals(driver, locator.driver());
    }

    @Test
    void environmentVariables_winOverPath() throws IOException {
        executable(dir.resolve("bin"), "chromium");
        Path chrome = executable(dir.resolve("chrome-for-testing"), "chrome");
        Path driver = executable(dir.resolve("chrome-for-testing"), "chromedriver-linux64");
        BrowserLocator locator = new BrowserLocator(Map.of("PATH", dir.resolve("bin").toString(), "CHROME", chrome.toString(),
                "CHROMEDRIVER", driver.toString()));
        assertEquals(chrome, locator.browser());
        assertEquals(driver, locator.driver());
    }

    @Test
    void noBrowser_failsSayingHowToInstallOne() {
        BrowserLocator locator = new BrowserLocator(Map.of("PATH", dir.toString()));
        IllegalStateException e = assertThrows(IllegalStateException.class, locator::browser);
        assertTrue(e.getMessage().contains("apt-get install chromium chromium-driver")
                && e.getMessage().contains("brew install") && e.getMessage().contains("CHROME"), e.getMessage());
        assertThrows(IllegalStateException.class, locator::driver);
    }

    @Test
    void variableNamingNoExecutable_isAnErrorNamingIt_notAFallBackToPath() throws IOException {
        executable(dir.resolve("bin"), "chromium");
        BrowserLocator locator = new BrowserLocator(Map.of("PATH", dir.resolve("bin").toString(), "CHROME",
                dir.resolve("missing").toString()));
        IllegalStateException e = assertThrows(IllegalStateException.class, locator::browser);
        assertTrue(e.getMessage().startsWith("CHROME=" + dir.resolve("missing")), e.getMessage());
    }
}
