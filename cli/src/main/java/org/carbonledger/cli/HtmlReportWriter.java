package org.carbonledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.intensity.IntensityCalculator;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.CoverageGap;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.report.Figures;

/**
 * Writes the client report of {@code carbonledger report}: one self-contained HTML file (no
 * script, no network request, inline CSS and SVG) that opens offline, prints, and reads on a
 * phone. A summary a manager grasps at a glance, charts, the methodology, and the audit trail.
 */
final class HtmlReportWriter implements InventoryCommand.Renderer {
    /** Records listed with their full trace; beyond this the report says so and points to JSON/CSV. */
    static final int MAX_TRACED = 2_000;
    /** Rejected rows listed; beyond this the report says so. */
    static final int MAX_REJECTED = 5_000;

    private record Line(long row, String id, String site, String process, String period, String activity, String amount,
            String scope, String table, double co2e, List<String> trace) {
    }

    private final OutputStream out;
    private final CalculationSettings settings;
    private final String source;
    private final List<Line> lines = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();

    HtmlReportWriter(OutputStream out, CalculationSettings settings, String source) {
        this.out = out;
        this.settings = settings;
        this.source = source;
    }

    @Override
    public void record(RecordOutcome o) {
        if (!o.isPriced()) {
            if (rejected.size() < MAX_REJECTED) {
                rejected.add(o.rejection());
            }
            return;
        }
        ActivityResult r = o.result();
        // the conventions applied, collected from the record's data rather than its trace, which
        // is only built for the lines the report lists
        var a = r.activity();
        if (a.sector() == null && r.factor().factors().stream().anyMatch(f -> f.sector() != null)) {
            notes.add("sector " + settings.defaultSector() + ": the documented default (no sector stated)");
        }
        if (a.basis() == null && r.factor().basis() != null && !r.factor().basisNote().isEmpty()) {
            notes.add("calorific basis of " + a.activity() + ": " + r.factor().basisNote());
        }
        if (!a.region().aliasNote().isEmpty()) {
            notes.add(a.region().aliasNote());
        }
        if (lines.size() < MAX_TRACED) {
            lines.add(new Line(o.row(), a.id(), a.site(), a.process(), a.period() == null ? "" : a.period().text(),
                    a.activity().id(), Html.exact(a.amount()) + " " + a.unit().symbol(), r.scope().code(),
                    r.factor().table().id() + " " + r.factor().table().edition(), r.co2eKg(), r.trace()));
        }
    }

    @Override
    public void finish(InventoryResult result) {
        StringBuilder h = new StringBuilder(1 << 16);
        EmissionTotals t = result.totals();
        InventoryResult.Counts counts = result.counts();
        InventoryResult.Scope2 market = result.scope2();
        head(h);
        h.append("<header><h1>Greenhouse-gas inventory</h1><p class=\"sub\">")
                .append(Html.escape(source)).append(" · GWP ").append(Html.escape(settings.gwp().id()))
                .append(" · tables ").append(Html.escape(settings.chain().toString())).append("</p></header>\n");
        h.append("<main>\n<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
        card(h, "Total", t.co2eKg(), "t CO2e", "scope 1 + 2 (location-based) + 3", true);
        for (Scope s : Scope.values()) {
            double v = result.co2eKg(s);
            card(h, "Scope " + s.code() + (s == Scope.SCOPE_2 ? " (location)" : ""), v, "t CO2e",
                    share(v, t.co2eKg()), false);
        }
        card(h, "Scope 2 (market)", market.marketCo2eKg(), "t CO2e", market.locationFallback()
                ? "includes location factors where no residual mix exists (flagged)" : "GHG Protocol Scope 2 Guidance", false);
        card(h, "Biogenic CO2", t.biogenicCo2Kg(), "t CO2", "reported apart, not in the totals", false);
        h.append("</div>");
        long rows = counts.rows();
        long rejectedCount = counts.rejected() + counts.productionRejected();
        h.append("<p class=\"counts\">").append(rows).append(" rows: ").append(counts.accepted())
                .append(" used, <strong").append(rejectedCount > 0 ? " class=\"warn\"" : "").append(">")
                .append(rejectedCount).append(" rejected</strong>").append(rejectedCount > 0
                ? " (listed under <a href=\"#rejected\">Rejected rows</a>; they are not in any total)" : "")
                .append(result.notCovered().isEmpty() ? "" : "; " + result.notCovered().size()
                        + " activities not covered by any table")
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
        Map<String, EmissionTotals> byScope = new LinkedHashMap<>();
        result.byScope().forEach((k, v) -> byScope.put(k.code(), v));
        figure(h, "Emissions by scope", SvgCharts.horizontalBars("chart-scope", "Emissions by scope",
                Figures.bars(byScope, "Scope "), "t CO2e"));
        figure(h, "Emissions by source", SvgCharts.horizontalBars("chart-source", "Emissions by source",
                Figures.top(result.bySource(), 10), "t CO2e"));
        figure(h, "Emissions by site", SvgCharts.horizontalBars("chart-site", "Emissions by site",
                Figures.top(result.bySite(), 10), "t CO2e"));
        figure(h, "Emissions by process", SvgCharts.horizontalBars("chart-process", "Emissions by process",
                Figures.top(result.byProcess(), 10), "t CO2e"));
        List<Figures.Bar> periods = new ArrayList<>(Figures.bars(result.byPeriod(), ""));
        periods.removeIf(b -> b.label().equals("(none)"));
        figure(h, "Emissions over periods", SvgCharts.columns("chart-period", "Emissions over periods", periods, "t CO2e"));
        h.append("</div></section>\n");

        intensitySection(h, result.intensities());
        scope2(h, market);
        methodology(h, result);
        audit(h, counts.accepted());
        rejected.addAll(result.productionRejected().subList(0, Math.min(result.productionRejected().size(),
                Math.max(0, MAX_REJECTED - rejected.size()))));
        rejectedSection(h, rejectedCount);
        h.append("</main><footer>Carbon Ledger ").append(Html.escape(org.carbonledger.CarbonLedgerVersion.current()))
                .append(" · every figure traces to the factor, table and edition behind it;"
                + " the JSON result (<code>--format json</code>) holds the complete trail.</footer></body></html>\n");
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(h.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String share(double v, double total) {
        double p = Figures.percent(v, total);
        return Double.isNaN(p) ? "" : Html.number(p) + " % of the total";
    }

    private static void figure(StringBuilder h, String caption, String svg) {
        h.append("<figure>").append(svg).append("<figcaption>").append(Html.escape(caption))
                .append("</figcaption></figure>");
    }

    private static void card(StringBuilder h, String title, double kg, String unit, String note, boolean main) {
        h.append("<div class=\"card").append(main ? " main" : "").append("\"><div class=\"k\">").append(Html.escape(title))
                .append("</div><div class=\"v\">").append(Html.number(Figures.tonnes(kg))).append(" <span>").append(unit)
                .append("</span></div><div class=\"n\">").append(Html.escape(note)).append("</div></div>");
    }

    private void scope2(StringBuilder h, InventoryResult.Scope2 market) {
        h.append("<section id=\"scope2\"><h2>Scope 2, both ways</h2><p>Location-based: <strong>")
                .append(Html.number(Figures.tonnes(market.locationCo2eKg()))).append(" t CO2e</strong> (grid-average"
                + " factors). Market-based: <strong>").append(Html.number(Figures.tonnes(market.marketCo2eKg())))
                .append(" t CO2e</strong> (GHG Protocol Scope 2 Guidance, 2015, Table 6.3: contractual instruments, then"
                + " residual mix, then location factors where no residual mix exists).</p>");
        if (market.allocations().isEmpty()) {
            h.append("<p>No scope 2 grid electricity: the two totals are equal.</p></section>\n");
            return;
        }
        h.append("<div class=\"scroll\"><table><thead><tr><th>Site</th><th>Period</th><th>Region</th><th>Priced by</th>"
                + "<th>Electricity (MWh)</th><th>t CO2e</th></tr></thead><tbody>");
        for (InventoryResult.Allocation a : market.allocations()) {
            h.append("<tr").append(a.flagged() ? " class=\"flag\"" : "").append("><td>").append(Html.escape(a.site()))
                    .append("</td><td>").append(Html.escape(a.period())).append("</td><td>")
                    .append(Html.escape(a.region())).append("</td><td>").append(Html.escape(a.method()))
                    .append(": ").append(Html.escape(a.source())).append("</td><td class=\"num\">")
                    .append(Html.number(Figures.mwh(a.energyKwh()))).append("</td><td class=\"num\">")
                    .append(Html.number(Figures.tonnes(a.co2eKg()))).append("</td></tr>");
        }
        h.append("</tbody></table></div>");
        if (!market.unusedInstrumentsKwh().isEmpty()) {
            h.append("<p class=\"warn\">Instrument cover not used by any matching consumption: ");
            market.unusedInstrumentsKwh().forEach((k, v) -> h.append(Html.escape(k)).append(' ')
                    .append(Html.number(Figures.mwh(v))).append(" MWh; "));
            h.append("it is not moved to other sites or periods.</p>");
        }
        h.append("</section>\n");
    }

    private void intensitySection(StringBuilder h, IntensityCalculator.Result intensities) {
        if (intensities == null) {
            return;
        }
        h.append("<section id=\"intensities\"><h2>Intensities</h2>");
        List<Figures.Bar> bars = new ArrayList<>();
        h.append("<div class=\"scroll\"><table><thead><tr><th>Site</th><th>Process</th><th>Product</th><th>Period</th>"
                + "<th>Metric</th><th>Value</th><th>Unit</th></tr></thead><tbody>");
        for (var i : intensities.intensities()) {
            h.append("<tr><td>").append(Html.escape(i.site())).append("</td><td>").append(Html.escape(i.process()))
                    .append("</td><td>").append(Html.escape(i.product())).append("</td><td>").append(Html.escape(i.period()))
                    .append("</td><td>").append(Html.escape(i.metric().replace('_', ' '))).append("</td><td class=\"num\">")
                    .append(Html.number(i.value())).append("</td><td>").append(Html.escape(i.unit())).append("</td></tr>");
            if (i.metric().equals("emission_intensity")) {
                bars.add(new Figures.Bar(String.join(" ", i.site(), i.product(), i.period()).strip(), i.value()));
            }
        }
        h.append("</tbody></table></div>");
        if (!bars.isEmpty()) {
            bars.sort(java.util.Comparator.comparing(Figures.Bar::label));
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

    private void methodology(StringBuilder h, InventoryResult result) {
        h.append("<section id=\"methodology\"><h2>Methodology</h2><dl>");
        h.append("<dt>GWP set</dt><dd>").append(Html.escape(settings.gwp().id())).append(": ")
                .append(Html.escape(settings.gwp().source())).append(". Biogenic CO2 is reported apart and excluded from"
                + " totals; biogenic CH4 and N2O count.</dd>");
        h.append("<dt>Factor tables</dt><dd>Chain ").append(result.settings().chainIsDefault() ? "(the documented default) " : "")
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
        if (result.notCovered().isEmpty()) {
            h.append("Every activity in the ledger was covered by a table in the chain.");
        } else {
            h.append("<ul>");
            for (CoverageGap g : result.notCovered()) {
                h.append("<li><strong>").append(Html.escape(g.activity() + (g.region().isEmpty() ? "" : " in "
                        + g.region()))).append("</strong> (").append(g.rows()).append(" rows, not in any total): ")
                        .append(Html.escape(g.reason())).append("</li>");
            }
            h.append("</ul>");
        }
        h.append("</dd></dl></section>\n");
    }

    private void audit(StringBuilder h, long records) {
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
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
