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
import org.carbonledger.inventory.ResultWriter;
import org.carbonledger.report.Figures;

/**
 * Writes the client report of {@code carbonledger report}: one self-contained HTML file (no
 * script, no network request, inline CSS and SVG) that opens offline, prints, and reads on a
 * phone. A summary a manager grasps at a glance, charts, the methodology, and the audit trail.
 */
final class HtmlReportWriter implements ResultWriter {
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
        HtmlWriter h = new HtmlWriter();
        EmissionTotals t = result.totals();
        InventoryResult.Counts counts = result.counts();
        InventoryResult.Scope2 market = result.scope2();
        head(h);
        h.start("header").element("h1", "Greenhouse-gas inventory")
                .element("p", source + " · GWP " + settings.gwp().id() + " · tables " + settings.chain(), "class", "sub")
                .end("header").newline();
        h.start("main").newline().start("section", "id", "summary").element("h2", "Summary").start("div", "class", "cards");
        card(h, "Total", t.co2eKg(), "t CO2e", "scope 1 + 2 (location-based) + 3", true);
        for (Scope s : Scope.values()) {
            double v = result.co2eKg(s);
            card(h, "Scope " + s.code() + (s == Scope.SCOPE_2 ? " (location)" : ""), v, "t CO2e",
                    share(v, t.co2eKg()), false);
        }
        card(h, "Scope 2 (market)", market.marketCo2eKg(), "t CO2e", market.locationFallback()
                ? "includes location factors where no residual mix exists (flagged)" : "GHG Protocol Scope 2 Guidance", false);
        card(h, "Biogenic CO2", t.biogenicCo2Kg(), "t CO2", "reported apart, not in the totals", false);
        h.end("div");
        long rejectedCount = counts.rejected() + counts.productionRejected();
        h.start("p", "class", "counts").text(counts.rows() + " rows: " + counts.accepted() + " used, ")
                .element("strong", rejectedCount + " rejected", "class", rejectedCount > 0 ? "warn" : null);
        if (rejectedCount > 0) {
            h.text(" (listed under ").element("a", "Rejected rows", "href", "#rejected")
                    .text("; they are not in any total)");
        }
        h.text((result.notCovered().isEmpty() ? "" : "; " + result.notCovered().size()
                + " activities not covered by any table") + ".").end("p");
        h.start("table", "class", "gases").element("caption", "By gas").start("thead").start("tr").element("th", "Gas")
                .element("th", "Mass (kg)").element("th", "GWP (" + settings.gwp().id() + ")").end("tr").end("thead")
                .start("tbody");
        for (var e : t.gasesKg().entrySet()) {
            String gwp;
            try {
                gwp = Html.number(settings.gwp().gwp(e.getKey()).value());
            } catch (RuntimeException ex) {
                gwp = "n/a";
            }
            h.start("tr").element("td", e.getKey().id()).element("td", Html.number(e.getValue()), "class", "num")
                    .element("td", gwp, "class", "num").end("tr");
        }
        h.start("tr").element("td", "CO2 (biogenic)").element("td", Html.number(t.biogenicCo2Kg()), "class", "num")
                .element("td", "not counted", "class", "num").end("tr").end("tbody").end("table").end("section").newline();

        h.start("section", "id", "charts").element("h2", "Where the emissions come from").start("div", "class", "grid");
        Map<String, EmissionTotals> byScope = new LinkedHashMap<>();
        result.byScope().forEach((k, v) -> byScope.put(k.code(), v));
        figure(h, "Emissions by scope", w -> SvgCharts.horizontalBars(w, "chart-scope", "Emissions by scope",
                Figures.bars(byScope, "Scope "), "t CO2e"));
        figure(h, "Emissions by source", w -> SvgCharts.horizontalBars(w, "chart-source", "Emissions by source",
                Figures.top(result.bySource(), 10), "t CO2e"));
        figure(h, "Emissions by site", w -> SvgCharts.horizontalBars(w, "chart-site", "Emissions by site",
                Figures.top(result.bySite(), 10), "t CO2e"));
        figure(h, "Emissions by process", w -> SvgCharts.horizontalBars(w, "chart-process", "Emissions by process",
                Figures.top(result.byProcess(), 10), "t CO2e"));
        List<Figures.Bar> periods = new ArrayList<>(Figures.bars(result.byPeriod(), ""));
        periods.removeIf(b -> b.label().equals("(none)"));
        figure(h, "Emissions over periods", w -> SvgCharts.columns(w, "chart-period", "Emissions over periods", periods,
                "t CO2e"));
        h.end("div").end("section").newline();

        intensitySection(h, result.intensities());
        scope2(h, market);
        methodology(h, result);
        audit(h, counts.accepted());
        rejected.addAll(result.productionRejected().subList(0, Math.min(result.productionRejected().size(),
                Math.max(0, MAX_REJECTED - rejected.size()))));
        rejectedSection(h, rejectedCount);
        h.end("main").start("footer").text("Carbon Ledger " + org.carbonledger.CarbonLedgerVersion.current()
                + " · every figure traces to the factor, table and edition behind it; the JSON result (")
                .element("code", "--format json").text(") holds the complete trail.").end("footer").end("body")
                .end("html").newline();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(h.html());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String share(double v, double total) {
        double p = Figures.percent(v, total);
        return Double.isNaN(p) ? "" : Html.number(p) + " % of the total";
    }

    private static void figure(HtmlWriter h, String caption, java.util.function.Consumer<HtmlWriter> chart) {
        h.start("figure");
        chart.accept(h);
        h.element("figcaption", caption).end("figure");
    }

    private static void card(HtmlWriter h, String title, double kg, String unit, String note, boolean main) {
        h.start("div", "class", main ? "card main" : "card").element("div", title, "class", "k")
                .start("div", "class", "v").text(Html.number(Figures.tonnes(kg)) + " ").element("span", unit).end("div")
                .element("div", note, "class", "n").end("div");
    }

    private void scope2(HtmlWriter h, InventoryResult.Scope2 market) {
        h.start("section", "id", "scope2").element("h2", "Scope 2, both ways").start("p").text("Location-based: ")
                .element("strong", Html.number(Figures.tonnes(market.locationCo2eKg())) + " t CO2e")
                .text(" (grid-average factors). Market-based: ")
                .element("strong", Html.number(Figures.tonnes(market.marketCo2eKg())) + " t CO2e")
                .text(" (GHG Protocol Scope 2 Guidance, 2015, Table 6.3: contractual instruments, then residual mix,"
                        + " then location factors where no residual mix exists).").end("p");
        if (market.allocations().isEmpty()) {
            h.element("p", "No scope 2 grid electricity: the two totals are equal.").end("section").newline();
            return;
        }
        h.start("div", "class", "scroll").start("table").start("thead").start("tr");
        for (String c : new String[] {"Site", "Period", "Region", "Priced by", "Electricity (MWh)", "t CO2e"}) {
            h.element("th", c);
        }
        h.end("tr").end("thead").start("tbody");
        for (InventoryResult.Allocation a : market.allocations()) {
            h.start("tr", "class", a.flagged() ? "flag" : null).element("td", a.site()).element("td", a.period())
                    .element("td", a.region()).element("td", a.method() + ": " + a.source())
                    .element("td", Html.number(Figures.mwh(a.energyKwh())), "class", "num")
                    .element("td", Html.number(Figures.tonnes(a.co2eKg())), "class", "num").end("tr");
        }
        h.end("tbody").end("table").end("div");
        if (!market.unusedInstrumentsKwh().isEmpty()) {
            StringBuilder unused = new StringBuilder("Instrument cover not used by any matching consumption: ");
            market.unusedInstrumentsKwh().forEach((k, v) -> unused.append(k).append(' ')
                    .append(Html.number(Figures.mwh(v))).append(" MWh; "));
            h.element("p", unused.append("it is not moved to other sites or periods.").toString(), "class", "warn");
        }
        h.end("section").newline();
    }

    private void intensitySection(HtmlWriter h, IntensityCalculator.Result intensities) {
        if (intensities == null) {
            return;
        }
        h.start("section", "id", "intensities").element("h2", "Intensities");
        List<Figures.Bar> bars = new ArrayList<>();
        h.start("div", "class", "scroll").start("table").start("thead").start("tr");
        for (String c : new String[] {"Site", "Process", "Product", "Period", "Metric", "Value", "Unit"}) {
            h.element("th", c);
        }
        h.end("tr").end("thead").start("tbody");
        for (var i : intensities.intensities()) {
            h.start("tr").element("td", i.site()).element("td", i.process()).element("td", i.product())
                    .element("td", i.period()).element("td", i.metric().replace('_', ' '))
                    .element("td", Html.number(i.value()), "class", "num").element("td", i.unit()).end("tr");
            if (i.metric().equals("emission_intensity")) {
                bars.add(new Figures.Bar(String.join(" ", i.site(), i.product(), i.period()).strip(), i.value()));
            }
        }
        h.end("tbody").end("table").end("div");
        if (!bars.isEmpty()) {
            bars.sort(java.util.Comparator.comparing(Figures.Bar::label));
            List<String> units = intensities.intensities().stream().filter(i -> i.metric().equals("emission_intensity"))
                    .map(i -> i.unit()).distinct().toList();
            String unit = units.size() == 1 ? units.get(0) : "kg CO2e per unit";
            h.start("div", "class", "grid");
            figure(h, "Emission intensity by site, product and period", w -> SvgCharts.horizontalBars(w,
                    "chart-intensity", "Emission intensity", bars, unit));
            h.end("div");
        }
        if (!intensities.problems().isEmpty()) {
            h.element("p", "Not computed:").start("ul");
            intensities.problems().forEach(p -> h.element("li", p));
            h.end("ul");
        }
        h.end("section").newline();
    }

    private void methodology(HtmlWriter h, InventoryResult result) {
        h.start("section", "id", "methodology").element("h2", "Methodology").start("dl");
        h.element("dt", "GWP set").element("dd", settings.gwp().id() + ": " + settings.gwp().source() + ". Biogenic CO2 is"
                + " reported apart and excluded from totals; biogenic CH4 and N2O count.");
        h.element("dt", "Factor tables").start("dd").text("Chain " + (result.settings().chainIsDefault()
                ? "(the documented default) " : "") + settings.chain() + ": for each row the first table that can"
                + " price it, in its region or an ancestor, valid for its period, wins.").start("ul");
        for (FactorTable ft : settings.chain().tables()) {
            TableInfo i = ft.info();
            h.start("li").element("strong", i.id()).text(": " + i.name() + ", edition " + i.edition() + ". "
                    + i.publisher() + ". Licence: " + i.licence() + (i.attribution().isEmpty() ? "" : ". "
                    + i.attribution())).end("li");
        }
        h.end("ul").end("dd");
        h.element("dt", "Conventions").start("dd").text("Stationary combustion sector when a row states none: "
                + settings.defaultSector().code() + " (IPCC 2006 Vol. 2 " + settings.defaultSector().ipccTable()
                + "). An energy amount of unstated calorific basis is taken on the basis of the factor that prices it"
                + " (or the table's documented default).");
        if (!notes.isEmpty()) {
            h.start("ul");
            notes.stream().limit(50).forEach(n -> h.element("li", n));
            h.end("ul");
        }
        h.end("dd").element("dt", "Not covered").start("dd");
        if (result.notCovered().isEmpty()) {
            h.text("Every activity in the ledger was covered by a table in the chain.");
        } else {
            h.start("ul");
            for (CoverageGap g : result.notCovered()) {
                h.start("li").element("strong", g.activity() + (g.region().isEmpty() ? "" : " in " + g.region()))
                        .text(" (" + g.rows() + " rows, not in any total): " + g.reason()).end("li");
            }
            h.end("ul");
        }
        h.end("dd").end("dl").end("section").newline();
    }

    private void audit(HtmlWriter h, long records) {
        h.start("section", "id", "audit").element("h2", "Audit trail").start("p")
                .text("Each line with its factor and the steps that recompute it (open a line to see them).");
        if (records > lines.size()) {
            h.text(" ").element("strong", "The first " + lines.size() + " of " + records + " lines are listed here;"
                    + " the JSON result holds every line.");
        }
        h.end("p").start("div", "class", "scroll").start("table", "class", "audit").start("thead").start("tr");
        for (String c : new String[] {"Row", "Id", "Site", "Process", "Period", "Activity", "Amount", "Scope", "Table",
            "kg CO2e"}) {
            h.element("th", c);
        }
        h.end("tr").end("thead").start("tbody");
        for (Line l : lines) {
            h.start("tr").element("td", l.row()).element("td", l.id()).element("td", l.site()).element("td", l.process())
                    .element("td", l.period()).element("td", l.activity()).element("td", l.amount(), "class", "num")
                    .element("td", l.scope()).element("td", l.table()).element("td", Html.number(l.co2e()), "class", "num")
                    .end("tr");
            h.start("tr", "class", "trace").start("td", "colspan", 10).start("details")
                    .element("summary", "how row " + l.row() + " was computed").start("ol");
            for (String step : l.trace()) {
                h.element("li", step);
            }
            h.end("ol").end("details").end("td").end("tr");
        }
        h.end("tbody").end("table").end("div").end("section").newline();
    }

    private void rejectedSection(HtmlWriter h, long count) {
        h.start("section", "id", "rejected").element("h2", "Rejected rows");
        if (count == 0) {
            h.element("p", "None: every row was used.").end("section").newline();
            return;
        }
        h.element("p", count + " rows were not used and are in no total. Correct them and run the report again."
                + (count > rejected.size() ? " The first " + rejected.size() + " are listed; the JSON result lists all."
                : ""), "class", "warn");
        h.start("div", "class", "scroll").start("table").start("thead").start("tr").element("th", "Row")
                .element("th", "Column").element("th", "Value").element("th", "Reason").end("tr").end("thead")
                .start("tbody");
        for (RejectedRow r : rejected) {
            h.start("tr").element("td", r.row()).element("td", r.column()).element("td", r.value())
                    .element("td", r.reason()).end("tr");
        }
        h.end("tbody").end("table").end("div").end("section").newline();
    }

    private static void head(HtmlWriter h) {
        h.doctype().start("html", "lang", "en").start("head").empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .empty("meta", "http-equiv", "Content-Security-Policy", "content",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .empty("link", "rel", "icon", "href", "data:,").element("title", "Greenhouse-gas inventory").style(CSS)
                .end("head").newline().start("body").newline();
    }

    /** The page's style sheet: a constant, the only text written into the page unescaped. */
    private static final String CSS = ""
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
                + "section{break-inside:avoid;border:none;padding:0}tr.trace{display:none}.scroll{overflow:visible}}\n";

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
