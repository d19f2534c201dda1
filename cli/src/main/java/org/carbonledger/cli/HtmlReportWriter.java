package org.carbonledger.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.factor.FactorNotFoundException;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;
import org.carbonledger.inventory.MarketBasedScope2;

/**
 * Writes the client report of {@code carbonledger report}: one self-contained HTML file (no
 * script, no network request, inline CSS and SVG) that opens offline, prints, and reads on a
 * phone. A summary a manager grasps at a glance, charts, the methodology, and the audit trail.
 */
final class HtmlReportWriter implements InventoryCommand.InventoryWriter {
    /** Records listed with their full trace; beyond this the report says so and points to JSON/CSV. */
    static final int MAX_TRACED = 2_000;
    /** Rejected rows listed; beyond this the report says so. */
    static final int MAX_REJECTED = 5_000;

    private record Line(long row, String id, String site, String process, String period, String activity, String amount,
            String scope, String table, double co2e, double co2, double ch4, double n2o, double biogenic,
            List<String> trace) {
    }

    private final Path file;
    private final CalculationSettings settings;
    private final boolean defaultChain;
    private final String source;
    private final List<Line> lines = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<String, long[]> gaps = new TreeMap<>();
    private final Map<String, String> gapReasons = new TreeMap<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private long records;

    HtmlReportWriter(Path file, CalculationSettings settings, boolean defaultChain, String source) {
        this.file = file;
        this.settings = settings;
        this.defaultChain = defaultChain;
        this.source = source;
    }

    @Override
    public void record(long row, ActivityResult r, Object prepared) {
        records++;
        // the conventions applied, collected from the factor rather than the trace, which is only
        // built for the lines the report lists
        var a0 = r.activity();
        if (a0.sector() == null && r.factor().factors().stream().anyMatch(f -> f.sector() != null)) {
            notes.add("sector " + settings.defaultSector() + ": the documented default (no sector stated)");
        }
        if (r.factor().basisNote().startsWith("no basis stated")) {
            notes.add("calorific basis of " + a0.activity() + ": " + r.factor().basisNote());
        }
        if (!a0.region().aliasNote().isEmpty()) {
            notes.add(a0.region().aliasNote());
        }
        if (lines.size() < MAX_TRACED) {
            var a = r.activity();
            var g = r.gasesKg();
            lines.add(new Line(row, a.id(), a.site(), a.process(), a.period() == null ? "" : a.period().text(),
                    a.activity().id(), Html.number(a.amount()) + " " + a.unit().symbol(), r.scope().code(),
                    r.factor().table().id() + " " + r.factor().table().edition(), r.co2eKg(), g.get(Gas.CO2),
                    g.get(Gas.CH4), g.get(Gas.N2O), r.biogenicCo2Kg(), r.trace()));
        }
    }

    @Override
    public void rejected(RejectedRow r, InventoryCommand.RowText in) {
        if (rejected.size() < MAX_REJECTED) {
            rejected.add(r);
        }
    }

    private org.carbonledger.intensity.IntensityCalculator.Result intensities;

    @Override
    public void intensities(org.carbonledger.intensity.IntensityCalculator.Result result, List<RejectedRow> rejectedRows) {
        this.intensities = result;
        for (RejectedRow r : rejectedRows) {
            rejected(r, null);
        }
    }

    @Override
    public void notCovered(FactorNotFoundException e) {
        String key = e.query().activity().id() + (e.query().region().isGlobal() ? "" : " in " + e.query().region());
        gaps.computeIfAbsent(key, k -> new long[1])[0]++;
        gapReasons.putIfAbsent(key, String.join("; ", e.attempts()));
    }

    @Override
    public void finish(Inventory inventory, MarketBasedScope2.Result market, long rows, long rejectedCount) {
        StringBuilder h = new StringBuilder(1 << 16);
        EmissionTotals t = inventory.totals();
        Map<String, EmissionTotals> byScope = inventory.totalsBy(InventoryKey::scope);
        double scope2Location = byScope.containsKey("2") ? byScope.get("2").co2eKg() : 0;
        double scope2Market = scope2Location - market.locationCo2eKg() + market.marketCo2eKg();
        head(h);
        h.append("<header><h1>Greenhouse-gas inventory</h1><p class=\"sub\">")
                .append(Html.escape(source)).append(" · GWP ").append(Html.escape(settings.gwp().id()))
                .append(" · tables ").append(Html.escape(settings.chain().toString())).append("</p></header>\n");
        h.append("<main>\n<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
        card(h, "Total", t.co2eKg(), "t CO2e", "scope 1 + 2 (location-based) + 3", true);
        for (String s : new String[] {"1", "2", "3"}) {
            double v = byScope.containsKey(s) ? byScope.get(s).co2eKg() : 0;
            card(h, "Scope " + s + (s.equals("2") ? " (location)" : ""), v, "t CO2e", share(v, t.co2eKg()), false);
        }
        card(h, "Scope 2 (market)", scope2Market, "t CO2e", market.anyFallback()
                ? "includes location factors where no residual mix exists (flagged)" : "GHG Protocol Scope 2 Guidance", false);
        card(h, "Biogenic CO2", t.biogenicCo2Kg(), "t CO2", "reported apart, not in the totals", false);
        h.append("</div>");
        h.append("<p class=\"counts\">").append(rows).append(" rows: ").append(rows - rejectedCount)
                .append(" used, <strong").append(rejectedCount > 0 ? " class=\"warn\"" : "").append(">")
                .append(rejectedCount).append(" rejected</strong>").append(rejectedCount > 0
                ? " (listed under <a href=\"#rejected\">Rejected rows</a>; they are not in any total)" : "")
                .append(gaps.isEmpty() ? "" : "; " + gaps.size() + " activities not covered by any table")
                .append(".</p>");
        h.append("<table class=\"gases\"><caption>By gas</caption><thead><tr><th>Gas</th><th>Mass (kg)</th>"
                + "<th>GWP (" + Html.escape(settings.gwp().id()) + ")</th></tr></thead><tbody>");
        for (var e : t.gasesKg().entrySet()) {
            String gwp;
            try {
                gwp = Html.number(settings.gwp().gwp(e.getKey()).value());
            } catch (RuntimeException ex) {
                gwp = "n/a";
            }
            h.append("<tr><td>").append(Html.escape(e.getKey().id())).append("</td><td class=\"num\">")
                    .append(Html.number(e.getValue())).append("</td><td class=\"num\">").append(gwp).append("</td></tr>");
        }
        h.append("<tr><td>CO2 (biogenic)</td><td class=\"num\">").append(Html.number(t.biogenicCo2Kg()))
                .append("</td><td class=\"num\">not counted</td></tr></tbody></table></section>\n");

        h.append("<section id=\"charts\"><h2>Where the emissions come from</h2><div class=\"grid\">");
        figure(h, "Emissions by scope", SvgCharts.horizontalBars("chart-scope", "Emissions by scope",
                bars(byScope, "Scope "), "t CO2e"));
        figure(h, "Emissions by source", SvgCharts.horizontalBars("chart-source", "Emissions by source",
                top(bars(inventory.totalsBy(k -> settings.registry().findActivityType(
                        org.carbonledger.activity.ActivityId.of(k.activity())).map(type -> type.name()).orElse(k.activity())),
                        ""), 10), "t CO2e"));
        figure(h, "Emissions by site", SvgCharts.horizontalBars("chart-site", "Emissions by site",
                top(bars(inventory.totalsBy(InventoryKey::site), ""), 10), "t CO2e"));
        figure(h, "Emissions by process", SvgCharts.horizontalBars("chart-process", "Emissions by process",
                top(bars(inventory.totalsBy(InventoryKey::process), ""), 10), "t CO2e"));
        List<SvgCharts.Bar> periods = new ArrayList<>(bars(inventory.totalsBy(InventoryKey::period), ""));
        periods.removeIf(b -> b.label().equals("(none)"));
        periods.sort(Comparator.comparing(SvgCharts.Bar::label));
        figure(h, "Emissions over periods", SvgCharts.columns("chart-period", "Emissions over periods", periods, "t CO2e"));
        h.append("</div></section>\n");

        intensitySection(h);
        scope2(h, market, scope2Location, scope2Market);
        methodology(h);
        audit(h);
        rejectedSection(h, rejectedCount);
        h.append("</main><footer>Carbon Ledger · every figure traces to the factor, table and edition behind it;"
                + " the JSON result (<code>--format json</code>) holds the complete trail.</footer></body></html>\n");
        try (Writer w = new OutputStreamWriter(InventoryCommand.open(file), StandardCharsets.UTF_8)) {
            w.write(h.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String share(double v, double total) {
        return total > 0 ? Html.number(100 * v / total) + " % of the total" : "";
    }

    private static List<SvgCharts.Bar> bars(Map<String, EmissionTotals> totals, String prefix) {
        List<SvgCharts.Bar> out = new ArrayList<>();
        totals.forEach((k, v) -> out.add(new SvgCharts.Bar(k.isEmpty() ? "(none)" : prefix + k, v.co2eKg() / 1000)));
        return out;
    }

    private static List<SvgCharts.Bar> top(List<SvgCharts.Bar> bars, int n) {
        List<SvgCharts.Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparingDouble(SvgCharts.Bar::value).reversed());
        if (sorted.size() <= n) {
            return sorted;
        }
        double rest = sorted.subList(n - 1, sorted.size()).stream().mapToDouble(SvgCharts.Bar::value).sum();
        List<SvgCharts.Bar> out = new ArrayList<>(sorted.subList(0, n - 1));
        out.add(new SvgCharts.Bar("others (" + (sorted.size() - n + 1) + ")", rest));
        return out;
    }

    private static void figure(StringBuilder h, String caption, String svg) {
        h.append("<figure>").append(svg).append("<figcaption>").append(Html.escape(caption))
                .append("</figcaption></figure>");
    }

    private static void card(StringBuilder h, String title, double kg, String unit, String note, boolean main) {
        h.append("<div class=\"card").append(main ? " main" : "").append("\"><div class=\"k\">").append(Html.escape(title))
                .append("</div><div class=\"v\">").append(Html.number(kg / 1000)).append(" <span>").append(unit)
                .append("</span></div><div class=\"n\">").append(Html.escape(note)).append("</div></div>");
    }

    private void scope2(StringBuilder h, MarketBasedScope2.Result market, double location, double marketTotal) {
        h.append("<section id=\"scope2\"><h2>Scope 2, both ways</h2><p>Location-based: <strong>")
                .append(Html.number(location / 1000)).append(" t CO2e</strong> (grid-average factors). Market-based: <strong>")
                .append(Html.number(marketTotal / 1000)).append(" t CO2e</strong> (GHG Protocol Scope 2 Guidance, 2015,"
                + " Table 6.3: contractual instruments, then residual mix, then location factors where no residual mix"
                + " exists).</p>");
        if (market.allocations().isEmpty()) {
            h.append("<p>No scope 2 grid electricity: the two totals are equal.</p></section>\n");
            return;
        }
        h.append("<div class=\"scroll\"><table><thead><tr><th>Site</th><th>Period</th><th>Region</th><th>Priced by</th>"
                + "<th>Electricity (MWh)</th><th>t CO2e</th></tr></thead><tbody>");
        for (MarketBasedScope2.Allocation a : market.allocations()) {
            h.append("<tr").append(a.flagged() ? " class=\"flag\"" : "").append("><td>").append(Html.escape(a.group().site()))
                    .append("</td><td>").append(Html.escape(a.group().period())).append("</td><td>")
                    .append(Html.escape(a.group().region())).append("</td><td>").append(Html.escape(a.method()))
                    .append(": ").append(Html.escape(a.source())).append("</td><td class=\"num\">")
                    .append(Html.number(a.energyGj() / 3.6)).append("</td><td class=\"num\">")
                    .append(Html.number(a.co2eKg() / 1000)).append("</td></tr>");
        }
        h.append("</tbody></table></div>");
        if (!market.unusedGj().isEmpty()) {
            h.append("<p class=\"warn\">Instrument cover not used by any matching consumption: ");
            market.unusedGj().forEach((k, v) -> h.append(Html.escape(k)).append(' ').append(Html.number(v / 3.6))
                    .append(" MWh; "));
            h.append("it is not moved to other sites or periods.</p>");
        }
        h.append("</section>\n");
    }

    private void intensitySection(StringBuilder h) {
        if (intensities == null) {
            return;
        }
        h.append("<section id=\"intensities\"><h2>Intensities</h2>");
        List<SvgCharts.Bar> bars = new ArrayList<>();
        h.append("<div class=\"scroll\"><table><thead><tr><th>Site</th><th>Process</th><th>Product</th><th>Period</th>"
                + "<th>Metric</th><th>Value</th><th>Unit</th></tr></thead><tbody>");
        for (var i : intensities.intensities()) {
            h.append("<tr><td>").append(Html.escape(i.site())).append("</td><td>").append(Html.escape(i.process()))
                    .append("</td><td>").append(Html.escape(i.product())).append("</td><td>").append(Html.escape(i.period()))
                    .append("</td><td>").append(Html.escape(i.metric().replace('_', ' '))).append("</td><td class=\"num\">")
                    .append(Html.number(i.value())).append("</td><td>").append(Html.escape(i.unit())).append("</td></tr>");
            if (i.metric().equals("emission_intensity")) {
                bars.add(new SvgCharts.Bar(String.join(" ", i.site(), i.product(), i.period()).strip(), i.value()));
            }
        }
        h.append("</tbody></table></div>");
        if (!bars.isEmpty()) {
            bars.sort(java.util.Comparator.comparing(SvgCharts.Bar::label));
            String unit = intensities.intensities().stream().filter(i -> i.metric().equals("emission_intensity"))
                    .map(i -> i.unit()).distinct().count() == 1 ? intensities.intensities().stream()
                    .filter(i -> i.metric().equals("emission_intensity")).findFirst().get().unit() : "kg CO2e per unit";
            h.append("<div class=\"grid\">");
            figure(h, "Emission intensity by site, product and period", SvgCharts.horizontalBars("chart-intensity",
                    "Emission intensity", bars, unit));
            h.append("</div>");
        }
        if (!intensities.problems().isEmpty()) {
            h.append("<p>Not computed:</p><ul>");
            intensities.problems().forEach(p -> h.append("<li>").append(Html.escape(p)).append("</li>"));
            h.append("</ul>");
        }
        h.append("</section>\n");
    }

    private void methodology(StringBuilder h) {
        h.append("<section id=\"methodology\"><h2>Methodology</h2><dl>");
        h.append("<dt>GWP set</dt><dd>").append(Html.escape(settings.gwp().id())).append(": ")
                .append(Html.escape(settings.gwp().source())).append(". Biogenic CO2 is reported apart and excluded from"
                + " totals; biogenic CH4 and N2O count.</dd>");
        h.append("<dt>Factor tables</dt><dd>Chain ").append(defaultChain ? "(the documented default) " : "")
                .append(Html.escape(settings.chain().toString())).append(": for each row the first table that can"
                + " price it, in its region or an ancestor, valid for its period, wins.<ul>");
        for (FactorTable ft : settings.chain().tables()) {
            TableInfo i = ft.info();
            h.append("<li><strong>").append(Html.escape(i.id())).append("</strong>: ").append(Html.escape(i.name()))
                    .append(", edition ").append(Html.escape(i.edition())).append(". ").append(Html.escape(i.publisher()))
                    .append(". Licence: ").append(Html.escape(i.licence())).append(i.attribution().isEmpty() ? ""
                    : ". " + Html.escape(i.attribution())).append("</li>");
        }
        h.append("</ul></dd>");
        h.append("<dt>Conventions</dt><dd>Stationary combustion sector when a row states none: ")
                .append(Html.escape(settings.defaultSector().code())).append(" (IPCC 2006 Vol. 2 ")
                .append(Html.escape(settings.defaultSector().ipccTable())).append("). An energy amount of unstated"
                + " calorific basis is taken on the basis of the factor that prices it (or the table's documented"
                + " default).");
        if (!notes.isEmpty()) {
            h.append("<ul>");
            notes.stream().limit(50).forEach(n -> h.append("<li>").append(Html.escape(n)).append("</li>"));
            h.append("</ul>");
        }
        h.append("</dd><dt>Not covered</dt><dd>");
        if (gaps.isEmpty()) {
            h.append("Every activity in the ledger was covered by a table in the chain.");
        } else {
            h.append("<ul>");
            gaps.forEach((k, n) -> h.append("<li><strong>").append(Html.escape(k)).append("</strong> (").append(n[0])
                    .append(" rows, not in any total): ").append(Html.escape(gapReasons.get(k))).append("</li>"));
            h.append("</ul>");
        }
        h.append("</dd></dl></section>\n");
    }

    private void audit(StringBuilder h) {
        h.append("<section id=\"audit\"><h2>Audit trail</h2><p>Each line with its factor and the steps that"
                + " recompute it (open a line to see them).");
        if (records > lines.size()) {
            h.append(" <strong>The first ").append(lines.size()).append(" of ").append(records).append(" lines are listed"
                    + " here; the JSON result holds every line.</strong>");
        }
        h.append("</p><div class=\"scroll\"><table class=\"audit\"><thead><tr><th>Row</th><th>Id</th><th>Site</th>"
                + "<th>Process</th><th>Period</th><th>Activity</th><th>Amount</th><th>Scope</th><th>Table</th>"
                + "<th>kg CO2e</th></tr></thead><tbody>");
        for (Line l : lines) {
            h.append("<tr><td>").append(l.row()).append("</td><td>").append(Html.escape(l.id())).append("</td><td>")
                    .append(Html.escape(l.site())).append("</td><td>").append(Html.escape(l.process())).append("</td><td>")
                    .append(Html.escape(l.period())).append("</td><td>").append(Html.escape(l.activity()))
                    .append("</td><td class=\"num\">").append(Html.escape(l.amount())).append("</td><td>")
                    .append(l.scope()).append("</td><td>").append(Html.escape(l.table())).append("</td><td class=\"num\">")
                    .append(Html.number(l.co2e())).append("</td></tr><tr class=\"trace\"><td colspan=\"10\"><details>"
                    + "<summary>how row ").append(l.row()).append(" was computed</summary><ol>");
            for (String step : l.trace()) {
                h.append("<li>").append(Html.escape(step)).append("</li>");
            }
            h.append("</ol></details></td></tr>");
        }
        h.append("</tbody></table></div></section>\n");
    }

    private void rejectedSection(StringBuilder h, long count) {
        h.append("<section id=\"rejected\"><h2>Rejected rows</h2>");
        if (count == 0) {
            h.append("<p>None: every row was used.</p></section>\n");
            return;
        }
        h.append("<p class=\"warn\">").append(count).append(" rows were not used and are in no total. Correct them and run"
                + " the report again.");
        if (count > rejected.size()) {
            h.append(" The first ").append(rejected.size()).append(" are listed; the JSON result lists all.");
        }
        h.append("</p><div class=\"scroll\"><table><thead><tr><th>Row</th><th>Column</th><th>Value</th><th>Reason</th>"
                + "</tr></thead><tbody>");
        for (RejectedRow r : rejected) {
            h.append("<tr><td>").append(r.row()).append("</td><td>").append(Html.escape(r.column())).append("</td><td>")
                    .append(Html.escape(r.value())).append("</td><td>").append(Html.escape(r.reason())).append("</td></tr>");
        }
        h.append("</tbody></table></div></section>\n");
    }

    private static void head(StringBuilder h) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " img-src data:\">"
                + "<link rel=\"icon\" href=\"data:,\"><title>Greenhouse-gas inventory</title><style>\n"
                + ":root{--ink:#1d2a2f;--muted:#5b6b70;--line:#d9e1e3;--accent:#1b6e53;--warn:#b5523b;--bg:#f6f8f8}\n"
                + "*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,"
                + "Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}\n"
                + "header{background:var(--accent);color:#fff;padding:20px 24px}header h1{margin:0;font-size:1.6em}"
                + ".sub{margin:4px 0 0;opacity:.85;font-size:.9em;word-break:break-word}\n"
                + "main{max-width:1100px;margin:0 auto;padding:8px 16px 32px}section{background:#fff;border:1px solid"
                + " var(--line);border-radius:8px;padding:16px 20px;margin:16px 0}h2{margin:0 0 12px;font-size:1.25em}\n"
                + ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px}"
                + ".card{border:1px solid var(--line);border-radius:8px;padding:12px}.card.main{background:#eaf4f0;"
                + "border-color:var(--accent)}.card .k{color:var(--muted);font-size:.85em}.card .v{font-size:1.5em;"
                + "font-weight:600}.card .v span{font-size:.55em;font-weight:400;color:var(--muted)}.card .n{font-size:"
                + ".8em;color:var(--muted)}\n"
                + ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(400px,1fr));gap:20px}@media (max-width:460px){.grid{grid-template-columns:1fr}}figure{margin:0}"
                + "figcaption{font-size:.85em;color:var(--muted);text-align:center}svg.chart{width:100%;height:auto}"
                + "svg .label,svg .value,svg .axis{font-size:13px;fill:var(--ink)}svg .axis{fill:var(--muted)}"
                + "svg .axisline{stroke:var(--line)}\n"
                + "table{border-collapse:collapse;width:100%;font-size:.88em}th,td{border-bottom:1px solid var(--line);"
                + "padding:4px 6px;text-align:left;vertical-align:top}th{background:var(--bg)}td.num{text-align:right;"
                + "font-variant-numeric:tabular-nums;white-space:nowrap}caption{text-align:left;font-weight:600;margin:"
                + "12px 0 4px}.scroll{overflow-x:auto}tr.trace td{border-bottom:1px solid var(--line);padding-top:0}"
                + "details summary{cursor:pointer;color:var(--muted);font-size:.85em}details ol{margin:4px 0 8px;"
                + "font-size:.85em}.warn{color:var(--warn)}tr.flag td{background:#fbf1ec}dt{font-weight:600;margin-top:"
                + "8px}dd{margin:2px 0 8px 0}code{font-size:.9em}.counts{color:var(--muted)}\n"
                + "footer{max-width:1100px;margin:0 auto;padding:0 16px 24px;color:var(--muted);font-size:.8em}\n"
                + "@media (max-width:600px){body{font-size:14px}section{padding:12px}header{padding:16px}}\n"
                + "@media print{body{background:#fff}header{color:#000;background:none;border-bottom:2px solid #000}"
                + "section{break-inside:avoid;border:none;padding:0}tr.trace{display:none}.scroll{overflow:visible}}\n"
                + "</style></head><body>\n");
    }

    @Override
    public void close() {
        // the report is written whole in finish()
    }

    /** @return activities not covered, for tests */
    Map<String, long[]> gaps() {
        return new LinkedHashMap<>(gaps);
    }
}
