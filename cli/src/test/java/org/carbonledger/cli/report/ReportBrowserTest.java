package org.carbonledger.cli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.carbonledger.cli.CarbonLedgerCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report in a real browser: headless Chromium (or Chrome) driven by Selenium through
 * ChromeDriver, both found on {@code PATH} or through the {@code CHROME} and {@code CHROMEDRIVER}
 * environment variables ({@link BrowserLocator}; {@code .ci/run} installs Debian's {@code chromium
 * chromium-driver} when missing). Without them the test fails, saying how to install them. Checks that the report renders without console errors, that the charts are
 * present and drawn, that a report of a malformed ledger still renders with its problems listed,
 * and writes a screenshot to {@code cli/target/report-screenshot.png}.
 */
class ReportBrowserTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    static Path dir;
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws Exception {
        BrowserLocator locator = new BrowserLocator(System.getenv());
        Path browser = locator.browser();
        Path chromedriver = locator.driver();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")), "--window-size=1280,1600");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Path report(String name, Path ledger, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("report", "--activities", ledger.toString(), "--output",
                out.toString()));
        args.addAll(Arrays.asList(more));
        StringWriter err = new StringWriter();
        int status = CarbonLedgerCommand.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertTrue(status == 0 || status == 3, "exit " + status + ": " + err);
        assertTrue(Files.exists(out), err.toString());
        return out;
    }

    private static List<LogEntry> severe() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    @Test
    void bundledLedgerReport_rendersWithChartsAndNoConsoleErrors() throws Exception {
        Path html = report("report.html", Path.of("../examples/data/example-ledger.csv"), "--instruments",
                "../examples/data/leeds-energy-certificates.csv", "--production", "../examples/data/example-production.csv");
        driver.get(html.toUri().toString());
        assertEquals("Greenhouse-gas inventory", driver.getTitle());
        List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
        assertEquals(7, charts.size(), "charts by scope, source, site, process, year, month, and intensity");
        for (WebElement chart : charts) {
            assertTrue(!chart.findElements(By.tagName("rect")).isEmpty(), "chart drawn: " + chart.getAttribute("id"));
            assertTrue(chart.getSize().getWidth() > 200, "chart laid out: " + chart.getAttribute("id"));
        }
        String summary = driver.findElement(By.id("summary")).getText();
        assertTrue(summary.contains("Scope 2 (market)") && summary.contains("Biogenic CO2"), summary);
        assertTrue(driver.findElement(By.id("methodology")).getText().contains("Open Government Licence"));
        assertTrue(driver.findElement(By.id("intensities")).getText().contains("kg CO2e/t"));
        assertEquals(14, driver.findElements(By.cssSelector("#calculations .calc")).size(), "each line's steps");
        assertEquals(List.of(), severe(), "console errors or warnings");
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(png, 4));
        assertTrue(png.length > 20_000, "a real screenshot, not a blank page: " + png.length + " bytes");
        Path target = Path.of("target", "report-screenshot.png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
    }

    @Test
    void malformedLedgerReport_stillRenders_andListsTheProblems() throws Exception {
        Path ledger = Files.writeString(dir.resolve("bad.csv"), "activity,amount,unit,site\n"
                + "fuel/natural_gas,1000,GJ,<script>alert(1)</script>\nfuel/natural_gas,abc,GJ,A\nheat/purchased,5,GJ,B\n"
                + "fuel/unobtainium,1,GJ,C\n");
        Path html = report("bad.html", ledger);
        driver.get(html.toUri().toString());
        String rejected = driver.findElement(By.id("rejected")).getText();
        assertTrue(rejected.contains("3 rows were not used"), rejected);
        assertTrue(rejected.contains("abc") && rejected.contains("not a number"), rejected);
        assertTrue(driver.findElement(By.id("methodology")).getText().contains("heat/purchased"));
        assertTrue(driver.findElement(By.id("audit")).getText().contains("<script>alert(1)</script>"),
                "untrusted text is shown as text, never run");
        assertEquals(List.of(), severe(), "console errors or warnings");
    }

    @Test
    void emptyLedgerReport_rendersEmptyCharts() throws Exception {
        Path ledger = Files.writeString(dir.resolve("empty.csv"), "activity,amount,unit\n");
        driver.get(report("empty.html", ledger).toUri().toString());
        assertEquals(5, driver.findElements(By.cssSelector("svg.chart")).size());
        assertTrue(driver.findElement(By.id("rejected")).getText().contains("None"));
        assertEquals(List.of(), severe(), "console errors or warnings");
    }

    /**
     * HTML escaping by construction: every text field of every input (activities, production,
     * instruments, a user table) carries markup that would add an element, run a script, or hide
     * the sections with injected CSS. In the rendered page no element was added, no script ran, no
     * style sheet but the report's own applies, every section is shown, and the markup is visible
     * as text. (A production unit used to reach the intensity chart's SVG unescaped.)
     */
    @Test
    void markupInEveryInputField_isShownAsText_andNeverBecomesPage() throws Exception {
        String x = "<b data-pwn=1>x</b><script>document.title='pwned'</script>"
                + "<style>section{display:none}</style><img src=x data-pwn=2>";
        String q = "\"" + x.replace("\"", "\"\"") + "\"";
        Path ledger = Files.writeString(dir.resolve("pwn.csv"), "id,site,process,period,activity,amount,unit,region,note\n"
                + q + "," + q + "," + q + ",2025,fuel/natural_gas,1000,GJ,GB," + q + "\n"
                + "2," + q + ",p,2025," + q + ",1," + q + ",GB,n\n"
                + "3,s,p," + q + ",fuel/natural_gas,1,GJ,GB,n\n"
                + "4,s,p,2025,electricity/grid,1000,kWh," + q + ",n\n");
        Path production = Files.writeString(dir.resolve("pwn-production.csv"),
                "site,process,product,period,quantity,unit,value_added,currency\n"
                + q + "," + q + "," + q + ",2025,100," + q + ",5," + q + "\n" + q + ",,tiles,2025,100,t,5,GBP\n");
        Path instruments = Files.writeString(dir.resolve("pwn-instruments.csv"),
                "id,type,site,period,region,amount,unit,factor,factor_unit,scheme,reference\n"
                + q + ",certificate," + q + ",2025,GB,1,MWh,0,kg/kWh," + q + "," + q + "\n");
        Path table = Files.writeString(dir.resolve("pwn-table.csv"), "# id: pwn\n# publisher: " + x + "\n# edition: "
                + x + "\n# licence: " + x + "\nactivity,region,gas,value,unit,document,reference\n"
                + "fuel/natural_gas,GB,CO2,0.2,kg/kWh," + q + "," + q + "\n");
        Path html = report("pwn.html", ledger, "--production", production.toString(), "--instruments",
                instruments.toString(), "--table-file", table.toString());
        driver.get(html.toUri().toString());
        assertEquals("Greenhouse-gas inventory", driver.getTitle(), "no script ran");
        assertEquals(List.of(), driver.findElements(By.cssSelector("[data-pwn], script, img, iframe, object")),
                "no element was added by input");
        assertEquals(1, driver.findElements(By.tagName("style")).size(), "only the report's own style sheet");
        for (WebElement section : driver.findElements(By.tagName("section"))) {
            assertTrue(section.isDisplayed(), "section shown: " + section.getAttribute("id"));
        }
        String text = driver.findElement(By.tagName("body")).getText();
        assertTrue(text.contains("<b data-pwn=1>x</b>"), "markup shown as text");
        String source = Files.readString(html);
        assertTrue(!source.contains("<b data-pwn") && !source.contains("<script>"), "nothing unescaped in the file");
        assertEquals(List.of(), severe(), "console errors or warnings");
    }
}
