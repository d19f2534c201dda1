package org.carbonledger.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carbonledger.cli.CarbonLedgerCommand;
import org.carbonledger.report.Figures;
import org.carbonledger.report.Figures.MassUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The report as a client reads it, measured in a real browser (headless Chromium through
 * Selenium, found by {@link BrowserLocator}): the example ledger and a generated large ledger
 * ({@link #LARGE_ROWS} rows, 30,000 by default, {@value #SITES} sites, {@value #PROCESSES} processes, 120 months and
 * ten years, masses up to hundreds of Mt, some rows rejected), each at 1280 px and 390 px, and
 * printed to PDF on A4 and Letter. The DOM is measured, not looked at:
 * <ul>
 *   <li>the page never scrolls sideways, and no element outside a table's own scrolling box
 *       reaches past the viewport; no block's text overflows its box (a card's value, a heading);
 *   <li>no chart text is clipped by its chart, and no two texts of a chart overlap;
 *   <li>no visible text is under 11 px;
 *   <li>a table scrolled to its far right keeps its key column in view;
 *   <li>every number shown equals the result's: the cards, the scope table, and every row of the
 *       site breakdown and of the listed lines against the JSON of the same run, formatted by
 *       {@link Figures}; no exponent notation and no float noise anywhere in the text;
 *   <li>in print, the calculation steps are shown, and the PDF has at most the stated pages.
 * </ul>
 * Screenshots and PDFs are kept under {@code cli/target/report-screenshots/} for a person to look at.
 */
class ReportLayoutBrowserTest {
    /**
     * Rows of the generated ledger: 30,000, or {@code -Dcarbonledger.report.large-rows=N} for a run by hand
     * (the 1,000,000-row run of benchmarks/README.md).
     */
    static final int LARGE_ROWS = Integer.getInteger("carbonledger.report.large-rows", 30_000);
    static final int SITES = 2_000;
    static final int PROCESSES = 300;
    private static final Path SHOTS = Path.of("target", "report-screenshots");

    @TempDir
    static Path dir;
    private static ChromeDriver driver;
    private static final Map<String, Path[]> REPORTS = new HashMap<>();

    @BeforeAll
    static void startBrowser() throws Exception {
        BrowserLocator locator = new BrowserLocator(System.getenv());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(locator.browser().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")), "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(locator.driver().toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of("example", 1280), Arguments.of("example", 390), Arguments.of("large", 1280),
                Arguments.of("large", 390));
    }

    /** The report and the JSON of one run of a ledger, made once per ledger. */
    private static synchronized Path[] reports(String name) throws IOException {
        Path[] done = REPORTS.get(name);
        if (done != null) {
            return done;
        }
        List<String> inputs = new ArrayList<>();
        if (name.equals("example")) {
            inputs.addAll(List.of("--activities", "../examples/data/example-ledger.csv", "--production",
                    "../examples/data/example-production.csv", "--instruments",
                    "../examples/data/leeds-energy-certificates.csv"));
        } else {
            inputs.addAll(List.of("--activities", largeLedger(dir.resolve("large.csv")).toString()));
        }
        Path html = dir.resolve(name + ".html");
        Path json = dir.resolve(name + ".json");
        List<String> report = new ArrayList<>(List.of("report", "--organisation", "Acme Tiles Ltd", "--reporting-period",
                "calendar year 2025", "--output", html.toString()));
        report.addAll(inputs);
        run(report);
        List<String> inventory = new ArrayList<>(List.of("inventory", "--output", json.toString()));
        inventory.addAll(inputs);
        run(inventory);
        done = new Path[] {html, json};
        REPORTS.put(name, done);
        return done;
    }

    private static void run(List<String> args) {
        StringWriter err = new StringWriter();
        int status = CarbonLedgerCommand.execute(args.toArray(String[]::new),
                new PrintStream(PrintStream.nullOutputStream()), new PrintWriter(err));
        assertTrue(status == 0 || status == 3, "exit " + status + ": " + err);
    }

    /**
     * Writes a large ledger: many sites and processes, 120 months of 2015–2024 and annual rows
     * for the same years, coal in Mt and gas in TJ so that totals reach hundreds of Mt, and one row
     * in a thousand with an unknown unit (rejected). Deterministic.
     */
    static Path largeLedger(Path file) throws IOException {
        Random random = new Random(42);
        String[][] fuels = {{"fuel/natural_gas", "TJ"}, {"fuel/other_bituminous_coal", "t"}, {"fuel/gas_diesel_oil", "t"},
            {"fuel/lpg", "GJ"}, {"fuel/wood_wood_waste", "t"}};
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,site,process,period,activity,amount,unit\n");
            for (int i = 0; i < LARGE_ROWS; i++) {
                String[] f = fuels[random.nextInt(fuels.length)];
                int year = 2015 + random.nextInt(10);
                String period = random.nextInt(10) == 0 ? Integer.toString(year)
                        : String.format("%d-%02d", year, 1 + random.nextInt(12));
                // a few very large sites, then a long tail
                int site = random.nextInt(10) < 3 ? random.nextInt(5) : random.nextInt(SITES);
                double amount = f[1].equals("t") && random.nextInt(50) == 0 ? 100_000 + random.nextInt(400_000)
                        : random.nextInt(1_000_000) / 100.0;
                String unit = i % 1000 == 999 ? "tonnes of stuff" : f[1];
                w.write("R-" + i + ",site " + site + ",process " + random.nextInt(PROCESSES) + "," + period + "," + f[0]
                        + "," + amount + "," + unit + "\n");
            }
        }
        return file;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void open(Path html, int width) {
        driver.manage().window().setSize(new Dimension(width, 1000));
        driver.get(html.toUri().toString());
        long inner = (Long) js("return window.innerWidth");
        assertEquals(width, inner, "viewport width");
    }

    /** Elements whose box reaches past the viewport, or whose text overflows the box, outside tables' scrolling boxes. */
    private static final String OVERFLOW = """
            const out = [];
            const vw = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > vw + 1) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth);
            for (const e of document.querySelectorAll('body *')) {
              if (e.closest('.scroll') || e.closest('svg') || e.closest('head')) continue;
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.right > vw + 0.5 || r.left < -0.5) out.push(e.tagName + '.' + e.className + ' at ' + r.left + '..' + r.right);
              const s = getComputedStyle(e);
              if (s.display !== 'inline' && s.overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1)
                out.push(e.tagName + '.' + e.className + ' text overflows: ' + e.scrollWidth + ' > ' + e.clientWidth
                    + ' "' + e.textContent.slice(0, 60) + '"');
            }
            for (const svg of document.querySelectorAll('svg.chart')) {
              const b = svg.getBoundingClientRect();
              const texts = [...svg.querySelectorAll(':scope > text')].map(t => [t, t.getBoundingClientRect()]);
              for (const [t, r] of texts) {
                if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5)
                  out.push(svg.id + ': text clipped "' + t.textContent + '"');
              }
              for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
                const a = texts[i][1], c = texts[j][1];
                const w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
                const h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
                if (w > 0.5 && h > 0.5) out.push(svg.id + ': "' + texts[i][0].textContent + '" overlaps "' + texts[j][0].textContent + '"');
              }
            }
            return out.slice(0, 20);
            """;

    /** Visible texts under 11 px. */
    private static final String SMALL_TEXT = """
            const out = [];
            for (const e of document.querySelectorAll('body *')) {
              if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
              const r = e.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) continue;
              const px = parseFloat(getComputedStyle(e).fontSize);
              if (px < 11) out.push(e.tagName + ' ' + px + 'px "' + e.textContent.trim().slice(0, 40) + '"');
            }
            return out.slice(0, 20);
            """;

    /** Tables whose key column leaves view when scrolled to the far right. */
    private static final String KEY_COLUMN = """
            const out = [];
            for (const box of document.querySelectorAll('.scroll')) {
              if (box.scrollWidth <= box.clientWidth) continue;
              box.scrollLeft = box.scrollWidth;
              const key = box.querySelector('tbody td.key');
              if (!key) { out.push('no key column: ' + box.closest('section').id); continue; }
              const k = key.getBoundingClientRect(), b = box.getBoundingClientRect();
              if (Math.abs(k.left - b.left) > 1) out.push(box.closest('section').id + ': key column at ' + k.left + ', box at ' + b.left);
              box.scrollLeft = 0;
            }
            return out;
            """;

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("cases")
    void report_fitsItsWidth_withReadableTextAndNoOverlap(String ledger, int width) throws Exception {
        Path[] files = reports(ledger);
        open(files[0], width);
        assertEquals(List.of(), js(OVERFLOW), "overflow, clipped or overlapping text");
        assertEquals(List.of(), js(SMALL_TEXT), "text under 11 px");
        assertEquals(List.of(), js(KEY_COLUMN), "key column kept in view");
        for (org.openqa.selenium.WebElement chart : driver.findElements(org.openqa.selenium.By.cssSelector("figure"))) {
            js("arguments[0].scrollIntoView()", chart);
            String id = chart.findElement(org.openqa.selenium.By.tagName("svg")).getAttribute("id");
            Files.write(SHOTS.resolve(ledger + "-" + width + "-" + id + ".png"), chart.getScreenshotAs(OutputType.BYTES));
        }
        screenshot(ledger + "-" + width);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ledgers")
    void everyNumberShown_isTheResults(String ledger) throws Exception {
        Path[] files = reports(ledger);
        open(files[0], 1280);
        JsonNode json = result(files[1], LISTED);
        JsonNode totals = json.get("totals");
        String cards = (String) js("return document.querySelector('#summary .cards').innerText");
        double total = totals.get("co2e_kg").asDouble();
        MassUnit u = MassUnit.forKg(total);
        assertTrue(cards.contains(Figures.massValue(total, u) + " " + u.symbol() + " CO2e"), cards);
        @SuppressWarnings("unchecked")
        List<List<String>> scopes = (List<List<String>>) js("return [...document.querySelectorAll('table.scopes tbody tr')]"
                + ".map(r => [...r.cells].map(c => c.innerText))");
        for (List<String> row : scopes) {
            String scope = row.get(0).replace("Scope ", "");
            assertEquals(Figures.mass(totals.get("by_scope_co2e_kg").get(scope).asDouble()) + " CO2e", row.get(2), row.toString());
        }
        // every site of the breakdown, in the table's unit
        @SuppressWarnings("unchecked")
        List<List<String>> sites = (List<List<String>>) js("const t = document.querySelectorAll('table.breakdown')[0];"
                + "return [[t.tHead.rows[0].cells[2].innerText], ...[...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.innerText))]");
        JsonNode bySite = totals.get("by_site");
        assertEquals(bySite.size(), sites.size() - 1, "every site listed");
        double largest = 0;
        for (Iterator<JsonNode> i = bySite.elements(); i.hasNext();) {
            largest = Math.max(largest, Math.abs(i.next().get("co2e_kg").asDouble()));
        }
        MassUnit siteUnit = MassUnit.forKg(largest);
        assertEquals(siteUnit.symbol() + " CO2e", sites.get(0).get(0));
        for (List<String> row : sites.subList(1, sites.size())) {
            JsonNode site = bySite.get(row.get(0).equals("(none)") ? "" : row.get(0));
            assertEquals(Figures.massValue(site.get("co2e_kg").asDouble(), siteUnit), row.get(2), row.toString());
            assertEquals(site.get("records").asText(), row.get(1), row.toString());
        }
        // every listed line: amount as in the ledger, CO2e as in the result
        Map<String, JsonNode> records = new HashMap<>();
        json.get("records").forEach(r -> records.put(r.get("row").asText(), r));
        @SuppressWarnings("unchecked")
        List<List<String>> lines = (List<List<String>>) js("return [...document.querySelectorAll('table.audit tbody tr')]"
                + ".map(r => [...r.cells].map(c => c.innerText))");
        assertEquals(Math.min(LISTED, json.get("counts").get("accepted").asInt()), lines.size(), "lines listed");
        for (List<String> line : lines) {
            JsonNode r = records.get(line.get(0));
            assertEquals(Figures.mass(r.get("co2e_kg").asDouble()), line.get(2), line.toString());
            assertEquals(Figures.exact(r.get("amount").asDouble()) + " " + r.get("unit").asText(), line.get(4), line.toString());
        }
        String text = (String) js("return document.body.innerText");
        Matcher exponent = Pattern.compile("\\d[eE][-+]?\\d").matcher(text);
        assertFalse(exponent.find(), () -> "exponent notation: " + around(text, exponent.start()));
        Matcher noise = Pattern.compile("\\.\\d*(?:0{9}|9{9})\\d").matcher(text);
        assertFalse(noise.find(), () -> "float noise: " + around(text, noise.start()));
        assertTrue(text.contains("not stated"), "what was not given is said to be not stated");
    }

    /** The lines a report lists: the first records of the result (HtmlReportWriter.MAX_LISTED). */
    static final int LISTED = 100;

    /**
     * Reads a JSON result keeping only its first records (a million-row result is over a gigabyte):
     * streamed, every other field read whole.
     */
    static JsonNode result(Path json, int records) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode out = mapper.createObjectNode();
        try (com.fasterxml.jackson.core.JsonParser p = mapper.getFactory().createParser(json.toFile())) {
            p.nextToken();
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("records")) {
                    com.fasterxml.jackson.databind.node.ArrayNode kept = out.putArray("records");
                    while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                        if (kept.size() < records) {
                            kept.add((JsonNode) mapper.readTree(p));
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    out.set(name, mapper.readTree(p));
                }
            }
        }
        return out;
    }

    static Stream<String> ledgers() {
        return Stream.of("example", "large");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
    }

    /**
     * The most pages each report prints to, A4 or Letter. The example: 14 (measured 10 on A4, 12 on Letter: the
     * statement, summary, charts, methodology, lines, breakdowns and each line's steps; 13 on Letter once the
     * statement and the methodology gained their entries on flagged rows). The large ledger: 90
     * (measured 70 and 72 at 30,000 rows, 77 and 79 at 1,000,000 rows, whose 200 rejected rows are listed: the full
     * breakdowns, 2,000 sites in two columns a page, and 100 listed lines with their steps).
     */
    private static int pageBound(String ledger) {
        return ledger.equals("example") ? 14 : 90;
    }

    static Stream<Arguments> prints() {
        return Stream.of(Arguments.of("example", "A4"), Arguments.of("example", "Letter"), Arguments.of("large", "A4"),
                Arguments.of("large", "Letter"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("prints")
    void print_showsTheCalculationSteps_withinThePageBound(String ledger, String paper) throws Exception {
        Path[] files = reports(ledger);
        open(files[0], 1280);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue((Boolean) js("const c = document.getElementById('calculations');"
                    + "return c.getBoundingClientRect().height > 0 && c.querySelectorAll('.calc li').length > 0"),
                    "the calculation steps are in print");
            assertEquals(List.of(), js(SMALL_TEXT), "text under 11 px in print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        printScreenshot(ledger, paper);
        PrintOptions options = new PrintOptions();
        options.setPageSize(paper.equals("A4") ? new PageSize(29.7, 21.0) : new PageSize(27.94, 21.59));
        options.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        Files.write(SHOTS.resolve(ledger + "-" + paper + ".pdf"), pdf);
        int pages = pages(pdf);
        Files.writeString(SHOTS.resolve(ledger + "-" + paper + ".pages.txt"), pages + "\n");
        assertTrue(pages >= 2 && pages <= pageBound(ledger), ledger + " on " + paper + ": " + pages + " pages");
    }

    /** Counts a PDF's pages: its page objects ({@code /Type /Page}, not {@code /Pages}). */
    static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Saves the page as print lays it out (print media, the paper's width at 96 dpi), its top 6,000 px. */
    private static void printScreenshot(String ledger, String paper) throws IOException {
        driver.manage().window().setSize(new Dimension(paper.equals("A4") ? 794 : 816, 1000));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        screenshot(ledger + "-" + paper + "-print");
        Files.writeString(SHOTS.resolve(ledger + "-" + paper + "-print-sections.txt"), String.valueOf(js(
                "return [...document.querySelectorAll('section')].map(s => s.id + ' ' + Math.round(s.getBoundingClientRect().height) + ' px').join('\\n')")));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /** Saves the top of the page, as tall as the page is up to 6,000 px. */
    private static void screenshot(String name) throws IOException {
        long height = (Long) js("return document.documentElement.scrollHeight");
        int width = ((Long) js("return window.innerWidth")).intValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 6000)));
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
