package org.carbonledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.intensity.IntensityCalculator;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.Calculation;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.CoverageGap;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.FactorUse;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.PricedFactor;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.inventory.ResultWriter;
import org.carbonledger.report.Figures;
import org.carbonledger.report.Figures.MassUnit;

/**
 * Writes the client report of {@code carbonledger report}: one self-contained HTML file (no
 * script, no network request, inline CSS and SVG) that opens offline, prints to A4 or Letter, and
 * reads on a phone. It states what a signed report states (organisation, period, boundary,
 * preparer, when, with which version, GWP set and tables), a summary, charts, the methodology,
 * the listed lines, the full breakdowns, and in an appendix each listed line's calculation.
 *
 * <p>Every figure comes from the result and every number's text from {@link Figures}: this class
 * sums nothing. Masses are in the unit their magnitude calls for; ledger amounts as given.
 */
final class HtmlReportWriter implements ResultWriter {
    /** Lines listed with their calculation; beyond this the report says so and points to the JSON and Excel results. */
    static final int MAX_LISTED = 100;
    /** Rejected rows listed; beyond this the report says so. */
    static final int MAX_REJECTED = 200;
    /** Bars of a breakdown chart: the largest groups and one for the others. */
    static final int TOP = 10;
    /** Rows named beside a convention note. */
    private static final int NOTE_ROWS = 5;

    private record Line(long row, String id, String site, String process, String period, String activity, String amount,
            String scope, String table, double co2e, List<String> steps) {
    }

    /** A convention applied, with how many rows and the first of them. */
    private static final class Note {
        long rows;
        final List<Long> first = new ArrayList<>();
    }

    private final OutputStream out;
    private final CalculationSettings settings;
    private final String source;
    private final ReportDetails details;
    private final List<Line> lines = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<String, Note> notes = new LinkedHashMap<>();

    HtmlReportWriter(OutputStream out, CalculationSettings settings, String source, ReportDetails details) {
        this.out = out;
        this.settings = settings;
        this.source = source;
        this.details = details;
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
            note("sector " + settings.defaultSector() + ": the documented default (no sector stated)", o.row());
        }
        if (a.basis() == null && r.factor().basis() != null && !r.factor().basisNote().isEmpty()) {
            note("calorific basis of " + a.activity() + " in " + a.unit().symbol() + " (" + r.factor().table().id()
                    + "): " + r.factor().basisNote(), o.row());
        }
        if (!a.region().aliasNote().isEmpty()) {
            note(a.region().aliasNote(), o.row());
        }
        if (lines.size() < MAX_LISTED) {
            lines.add(new Line(o.row(), a.id(), a.site(), a.process(), a.period() == null ? "" : a.period().text(),
                    a.activity().id(), Figures.exact(a.amount()) + " " + a.unit().symbol(), r.scope().code(),
                    o.factor().table() + " " + o.factor().edition(), r.co2eKg(), steps(r, o.factor())));
        }
    }

    private void note(String text, long row) {
        Note n = notes.computeIfAbsent(text, k -> new Note());
        n.rows++;
        if (n.first.size() < NOTE_ROWS) {
            n.first.add(row);
        }
    }

    /** The calculation of a record as steps a reader can redo: from its data, never from prose. */
    private List<String> steps(ActivityResult r, FactorUse f) {
        Calculation c = r.calculation();
        PricedFactor p = r.priced();
        List<String> s = new ArrayList<>();
        String amount = Figures.exact(c.amount()) + " " + c.unit();
        Figures.IsoCategory iso = Figures.isoCategory(r.scope());
        s.add(amount + " of " + r.activity().activity().id() + "; scope " + r.scope().code()
                + " (ISO 14064-1 category " + iso.category() + "); factor from " + f.table() + ", edition " + f.edition());
        String canonical = computed(c.canonicalAmount()) + " " + c.canonicalUnit();
        if (!c.unit().equals(c.canonicalUnit())) {
            s.add("amount: " + amount + " × " + computed(p.unitRatio()) + " " + c.canonicalUnit() + "/" + c.unit()
                    + " = " + canonical);
        }
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < p.gasCount(); i++) {
            Calculation.Multiplier m = c.multipliers().get(p.key(i));
            List<String> from = new ArrayList<>();
            for (Calculation.Term t : m.from()) {
                from.add((t.divisor() ? "÷ " : "") + published(t.value()) + " " + t.unit() + " (" + t.reference() + ")");
            }
            s.add(p.key(i) + ": " + canonical + " × " + Figures.rounded(p.exactMultiplier(i), 10) + " " + m.unit()
                    + " = " + computed(r.massKg(i)) + " kg; multiplier from " + String.join(" × ", from)
                    .replace(" × ÷ ", " ÷ "));
            if (!p.isBiogenic(i)) {
                sum.append(sum.length() == 0 ? "" : " + ").append(computed(r.massKg(i))).append(" kg ")
                        .append(p.gas(i)).append(" × ").append(Figures.rounded(p.appliedGwp(i), 6));
            }
        }
        s.add("CO2e (" + r.gwp().id() + "): " + (sum.length() == 0 ? "0" : sum) + " = " + computed(r.co2eKg())
                + " kg (summed exactly, rounded once)");
        s.addAll(r.notes());
        return s;
    }

    /** A computed quantity: ten significant digits, which no double rounding reaches, so no float noise shows. */
    private static String computed(double v) {
        return Figures.rounded(v, 10);
    }

    /** A published value as its table gives it, in plain decimal. */
    private static String published(String v) {
        try {
            return new BigDecimal(v).toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    @Override
    public void finish(InventoryResult result) {
        HtmlWriter h = new HtmlWriter();
        head(h, details.organisation());
        h.start("header").element("h1", "Greenhouse-gas inventory" + (details.organisation() == null ? ""
                : ": " + details.organisation()))
                .element("p", "Reporting period " + stated(details.reportingPeriod()) + " · GWP " + settings.gwp().id()
                        + " · generated " + details.generated().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                        "class", "sub")
                .end("header").newline();
        h.start("main").newline();
        statement(h, result);
        summary(h, result);
        charts(h, result);
        intensitySection(h, result.intensities());
        scope2(h, result.scope2());
        methodology(h, result);
        audit(h, result.counts().accepted());
        rejected.addAll(result.productionRejected().subList(0, Math.min(result.productionRejected().size(),
                Math.max(0, MAX_REJECTED - rejected.size()))));
        rejectedSection(h, result.counts().rejected() + result.counts().productionRejected());
        breakdowns(h, result);
        calculations(h);
        h.end("main").start("footer").text("Carbon Ledger " + org.carbonledger.CarbonLedgerVersion.current()
                + ". Every figure traces to the factor, table and edition behind it; the JSON result (")
                .element("code", "--format json").text(") and the workbook (").element("code", "--format xlsx")
                .text(") hold every line.").end("footer").end("body").end("html").newline();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(h.html());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stated(String v) {
        return v == null ? "not stated" : v;
    }

    /**
     * The report's statement about itself: one term and its text each, in order.
     */
    private void statement(HtmlWriter h, InventoryResult result) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("Organisation", stated(details.organisation()));
        s.put("Reporting period", stated(details.reportingPeriod()));
        s.put("Base year", stated(details.baseYear()));
        List<String> sites = result.bySite().keySet().stream().map(k -> k.isEmpty() ? "(no site stated)" : k).toList();
        s.put("Boundary", stated(details.boundary()) + "; the ledger's sites (" + sites.size() + "): "
                + String.join(", ", sites.subList(0, Math.min(20, sites.size())))
                + (sites.size() > 20 ? " and " + (sites.size() - 20) + " more, listed under Breakdowns" : ""));
        s.put("Prepared by", stated(details.preparer()));
        s.put("Generated", details.generated().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " by Carbon Ledger "
                + org.carbonledger.CarbonLedgerVersion.current());
        s.put("Ledger", source + ": " + result.counts().rows() + " rows, " + result.counts().accepted() + " used, "
                + result.counts().rejected() + " rejected");
        s.put("GWP set", settings.gwp().id() + " (" + settings.gwp().source() + ")");
        List<String> tables = new ArrayList<>();
        for (FactorTable ft : settings.chain().tables()) {
            tables.add(ft.info().id() + " edition " + ft.info().edition());
        }
        s.put("Factor tables", (result.settings().chainIsDefault() ? "the default chain, " : "") + "first tried first: "
                + String.join(" > ", tables));
        long excluded = result.counts().rejected() + result.counts().productionRejected();
        s.put("Exclusions", excluded == 0 ? "none: every row was used" : excluded + " rows rejected and in no total"
                + " (listed under Rejected rows)");
        s.put("Activities not covered", result.notCovered().isEmpty() ? "none" : result.notCovered().size()
                + " (listed under Methodology; in no total)");
        long flagged = result.counts().flagged();
        s.put("Flagged rows", flagged == 0 ? "none" : flagged + (flagged == 1 ? " row" : " rows") + " priced by a"
                + " flagged factor, in the totals (listed under Methodology): " + flagCounts(result));
        h.start("section", "id", "statement").element("h2", "Report details").start("dl", "class", "statement");
        s.forEach((k, v) -> h.element("dt", k).element("dd", v, "class", v.startsWith("not stated") ? "missing" : null));
        h.end("dl").end("section").newline();
    }

    /** Each flag with its number of rows, such as "latest_edition 3 rows". */
    private static String flagCounts(InventoryResult result) {
        Map<String, Long> n = new LinkedHashMap<>();
        result.flagged().forEach(f -> n.merge(f.flag(), f.records(), Long::sum));
        List<String> out = new ArrayList<>();
        n.forEach((flag, rows) -> out.add(flag + " " + rows + (rows == 1 ? " row" : " rows")));
        return String.join(", ", out);
    }

    private void summary(HtmlWriter h, InventoryResult result) {
        EmissionTotals t = result.totals();
        InventoryResult.Scope2 market = result.scope2();
        h.start("section", "id", "summary").element("h2", "Summary").start("div", "class", "cards");
        card(h, "Total", t.co2eKg(), "CO2e", "scope 1 + 2 (location-based) + 3", true);
        for (Scope s : Scope.values()) {
            double v = result.co2eKg(s);
            card(h, "Scope " + s.code() + (s == Scope.SCOPE_2 ? " (location)" : ""), v, "CO2e",
                    "ISO 14064-1 category " + Figures.isoCategory(s).category() + share(v, t.co2eKg()), false);
        }
        card(h, "Scope 2 (market)", market.marketCo2eKg(), "CO2e", market.locationFallback()
                ? "includes location factors where no residual mix exists (flagged)" : "GHG Protocol Scope 2 Guidance", false);
        card(h, "Biogenic CO2", t.biogenicCo2Kg(), "CO2", "reported apart, not in the totals", false);
        h.end("div");
        h.start("div", "class", "scroll").start("table", "class", "scopes").element("caption",
                "By scope, with the ISO 14064-1:2018 categories (clause 5.2.4)").start("thead").start("tr")
                .element("th", "Scope").element("th", "ISO 14064-1 category").element("th", "CO2e", "class", "num")
                .element("th", "Share", "class", "num").end("tr").end("thead").start("tbody");
        for (Scope s : Scope.values()) {
            Figures.IsoCategory c = Figures.isoCategory(s);
            double v = result.co2eKg(s);
            h.start("tr").element("td", "Scope " + s.code(), "class", "key").element("td", c.category() + ": " + c.name())
                    .element("td", Figures.mass(v) + " CO2e", "class", "num")
                    .element("td", percent(v, t.co2eKg()), "class", "num").end("tr");
        }
        h.end("tbody").end("table").end("div");
        h.start("div", "class", "scroll").start("table", "class", "gases").element("caption", "By gas").start("thead")
                .start("tr").element("th", "Gas").element("th", "Mass", "class", "num")
                .element("th", "GWP (" + settings.gwp().id() + ")", "class", "num").end("tr").end("thead").start("tbody");
        for (var e : t.gasesKg().entrySet()) {
            String gwp;
            try {
                gwp = Figures.rounded(settings.gwp().gwp(e.getKey()).value(), 6);
            } catch (RuntimeException ex) {
                gwp = "n/a";
            }
            h.start("tr").element("td", e.getKey().id(), "class", "key").element("td", Figures.mass(e.getValue()), "class", "num")
                    .element("td", gwp, "class", "num").end("tr");
        }
        h.start("tr").element("td", "CO2 (biogenic)", "class", "key").element("td", Figures.mass(t.biogenicCo2Kg()),
                "class", "num").element("td", "not counted", "class", "num").end("tr").end("tbody").end("table")
                .end("div").end("section").newline();
    }

    private static String percent(double part, double total) {
        double p = Figures.percent(part, total);
        return Double.isNaN(p) ? "" : Figures.rounded(p, 3) + " %";
    }

    private static String share(double v, double total) {
        String p = percent(v, total);
        return p.isEmpty() ? "" : "; " + p + " of the total";
    }

    private static void card(HtmlWriter h, String title, double kg, String what, String note, boolean main) {
        MassUnit u = MassUnit.forKg(kg);
        h.start("div", "class", main ? "card main" : "card").element("div", title, "class", "k")
                .start("div", "class", "v").text(Figures.massValue(kg, u) + " ").element("span", u.symbol() + " " + what)
                .end("div").element("div", note, "class", "n").end("div");
    }

    /** A mass chart's bars in one unit, chosen for its largest bar. */
    private static java.util.function.DoubleFunction<String> masses(List<Figures.Bar> bars) {
        MassUnit u = MassUnit.forKg(bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(0));
        return kg -> Figures.mass(kg, u);
    }

    private void charts(HtmlWriter h, InventoryResult result) {
        h.start("section", "id", "charts").element("h2", "Where the emissions come from").start("div", "class", "grid");
        Map<String, EmissionTotals> byScope = new LinkedHashMap<>();
        result.byScope().forEach((k, v) -> byScope.put(k.code(), v));
        bars(h, "chart-scope", "Emissions by scope (CO2e)", Figures.bars(byScope, "Scope "));
        bars(h, "chart-source", "Emissions by source (CO2e)", Figures.top(result.bySource(), TOP));
        bars(h, "chart-site", "Emissions by site (CO2e)", Figures.top(result.bySite(), TOP));
        bars(h, "chart-process", "Emissions by process (CO2e)", Figures.top(result.byProcess(), TOP));
        Map<String, List<Figures.Bar>> series = Figures.periodSeries(result.byPeriod());
        if (series.isEmpty()) {
            figure(h, "Emissions over periods: no periods stated", w -> SvgCharts.columns(w, "chart-period",
                    "Emissions over periods", List.of(), "t CO2e", 1000, kg -> Figures.mass(kg)));
        }
        series.forEach((granularity, bars) -> {
            MassUnit u = MassUnit.forKg(bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(0));
            double scale = BigDecimal.ONE.divide(u.of(1)).doubleValue(); // kg in one u: a power of ten
            figure(h, "Emissions by " + granularity + " (" + u.symbol() + " CO2e)", w -> SvgCharts.columns(w,
                    "chart-period-" + granularity, "Emissions by " + granularity, bars, u.symbol() + " CO2e", scale,
                    kg -> Figures.mass(kg, u)));
        });
        h.end("div");
        h.element("p", "Charts show the " + (TOP - 1) + " largest groups and the others together; the full lists are"
                + " under Breakdowns.", "class", "counts");
        h.end("section").newline();
    }

    private static void bars(HtmlWriter h, String id, String caption, List<Figures.Bar> bars) {
        figure(h, caption, w -> SvgCharts.horizontalBars(w, id, caption, bars, masses(bars)));
    }

    private static void figure(HtmlWriter h, String caption, Consumer<HtmlWriter> chart) {
        h.start("figure");
        chart.accept(h);
        h.element("figcaption", caption).end("figure");
    }

    private void scope2(HtmlWriter h, InventoryResult.Scope2 market) {
        h.start("section", "id", "scope2").element("h2", "Scope 2, both ways").start("p").text("Location-based: ")
                .element("strong", Figures.mass(market.locationCo2eKg()) + " CO2e")
                .text(" (grid-average factors). Market-based: ")
                .element("strong", Figures.mass(market.marketCo2eKg()) + " CO2e")
                .text(" (GHG Protocol Scope 2 Guidance, 2015, Table 6.3: contractual instruments, then residual mix,"
                        + " then location factors where no residual mix exists).").end("p");
        if (market.allocations().isEmpty()) {
            h.element("p", "No scope 2 grid electricity: the two totals are equal.").end("section").newline();
            return;
        }
        h.start("div", "class", "scroll").start("table", "class", "wide").start("thead").start("tr");
        for (String c : new String[] {"Site", "Period", "Region", "Priced by", "Electricity (MWh)", "CO2e"}) {
            h.element("th", c);
        }
        h.end("tr").end("thead").start("tbody");
        for (InventoryResult.Allocation a : market.allocations()) {
            h.start("tr", "class", a.flagged() ? "flag" : null).element("td", a.site(), "class", "key")
                    .element("td", a.period(), "class", "nw").element("td", a.region())
                    .element("td", a.method() + ": " + a.source())
                    .element("td", Figures.rounded(Figures.mwh(a.energyKwh()), 10), "class", "num")
                    .element("td", Figures.mass(a.co2eKg()), "class", "num").end("tr");
        }
        h.end("tbody").end("table").end("div");
        if (!market.unusedInstrumentsKwh().isEmpty()) {
            StringBuilder unused = new StringBuilder("Instrument cover not used by any matching consumption: ");
            market.unusedInstrumentsKwh().forEach((k, v) -> unused.append(k).append(' ')
                    .append(Figures.rounded(Figures.mwh(v), 10)).append(" MWh; "));
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
        h.start("div", "class", "scroll").start("table", "class", "wide").start("thead").start("tr");
        for (String c : new String[] {"Site", "Process", "Product", "Period", "Metric", "Value", "Unit"}) {
            h.element("th", c);
        }
        h.end("tr").end("thead").start("tbody");
        for (var i : intensities.intensities()) {
            h.start("tr").element("td", i.site(), "class", "key").element("td", i.process()).element("td", i.product())
                    .element("td", i.period(), "class", "nw").element("td", i.metric().replace('_', ' '))
                    .element("td", Figures.rounded(i.value(), 4), "class", "num").element("td", i.unit(), "class", "nw")
                    .end("tr");
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
            figure(h, "Emission intensity by site, product and period (" + unit + ")", w -> SvgCharts.horizontalBars(w,
                    "chart-intensity", "Emission intensity", bars, v -> Figures.rounded(v, 4) + " " + unit));
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
        h.element("dt", "Scopes and ISO 14064-1 categories").element("dd", "Scopes as in the GHG Protocol Corporate"
                + " Standard; beside them the categories of ISO 14064-1:2018, clause 5.2.4, by this report's convention:"
                + " scope 1 is category 1, scope 2 is category 2, and scope 3 falls in categories 3 to 6, which a"
                + " record's scope alone does not tell apart.");
        h.element("dt", "Conventions").start("dd").text("Stationary combustion sector when a row states none: "
                + settings.defaultSector().code() + " (IPCC 2006 Vol. 2 " + settings.defaultSector().ipccTable()
                + "). An energy amount of unstated calorific basis in Btu, mmBtu or therm is gross, the units'"
                + " convention; in other units it is taken on the basis of the factor that prices it (or the table's"
                + " documented default). An amount on the other basis than its factors is converted by the fuel's"
                + " published net and gross calorific values, as its factor's entry says.");
        if (!notes.isEmpty()) {
            h.start("ul");
            notes.entrySet().stream().limit(50).forEach(e -> h.element("li", e.getKey() + " (" + e.getValue().rows
                    + (e.getValue().rows == 1 ? " row: " : " rows: ") + joinRows(e.getValue()) + ")"));
            h.end("ul");
        }
        h.end("dd").element("dt", "Factors used").start("dd").start("ul");
        // one item per published set of values: a result lists a factor per region and period it
        // was resolved for, which for the reader is one factor applied many times
        Map<String, Integer> used = new LinkedHashMap<>();
        for (FactorUse f : result.factors()) {
            List<String> values = new ArrayList<>();
            for (FactorUse.Value v : f.gases()) {
                values.add(v.gas() + " " + Figures.rounded(v.value(), 10) + " " + v.unit() + " (" + v.reference() + ")");
            }
            for (FactorUse.Value v : f.conversions()) {
                values.add("conversion " + Figures.rounded(v.value(), 10) + " " + v.unit() + " (" + v.reference() + ")");
            }
            used.merge(f.activity() + ", " + f.table() + " edition " + f.edition() + "\u0000" + String.join("; ", values),
                    1, Integer::sum);
        }
        used.forEach((k, n) -> {
            String[] parts = k.split("\u0000", 2);
            h.start("li").element("strong", parts[0]).text(": " + parts[1] + ".").end("li");
        });
        h.end("ul").end("dd");
        h.element("dt", "Not covered").start("dd");
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
        h.end("dd");
        h.element("dt", "Flagged").start("dd");
        if (result.flagged().isEmpty()) {
            h.text("No row was priced by a flagged factor.");
        } else {
            h.start("ul");
            for (InventoryResult.Flagged f : result.flagged()) {
                String what = f.note();
                h.start("li").element("strong", f.flag() + ": " + f.factor().activity() + " by " + f.factor().table())
                        .text(" (" + f.records() + (f.records() == 1 ? " row" : " rows") + ", in the totals): " + what
                                + ".").end("li");
            }
            h.end("ul");
        }
        h.end("dd").end("dl").end("section").newline();
    }

    private static String joinRows(Note n) {
        List<String> rows = n.first.stream().map(String::valueOf).toList();
        return (n.rows > n.first.size() ? "first rows " : "row" + (rows.size() == 1 ? " " : "s ")) + String.join(", ", rows)
                + (n.rows > n.first.size() ? " …" : "");
    }

    private void audit(HtmlWriter h, long records) {
        h.start("section", "id", "audit").element("h2", "Lines").start("p")
                .text("Each line with its factor table and its CO2e; Appendix A gives the steps that recompute it.");
        if (records > lines.size()) {
            h.text(" ").element("strong", "The first " + lines.size() + " of " + records + " lines are listed;"
                    + " the JSON result and the workbook hold every line.");
        }
        h.end("p").start("div", "class", "scroll").start("table", "class", "audit wide").start("thead").start("tr");
        for (String c : new String[] {"Row", "Id", "CO2e", "Activity", "Amount", "Site", "Process", "Period", "Scope",
            "Table"}) {
            h.element("th", c, "class", c.equals("CO2e") || c.equals("Amount") ? "num" : null);
        }
        h.end("tr").end("thead").start("tbody");
        for (Line l : lines) {
            h.start("tr").element("td", l.row(), "class", "key").element("td", l.id(), "class", "nw")
                    .element("td", Figures.mass(l.co2e()), "class", "num").element("td", l.activity())
                    .element("td", l.amount(), "class", "num").element("td", l.site()).element("td", l.process())
                    .element("td", l.period(), "class", "nw").element("td", l.scope()).element("td", l.table())
                    .end("tr");
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
        h.start("div", "class", "scroll").start("table", "class", "wide").start("thead").start("tr").element("th", "Row")
                .element("th", "Column").element("th", "Value").element("th", "Reason").end("tr").end("thead")
                .start("tbody");
        for (RejectedRow r : rejected) {
            h.start("tr").element("td", r.row(), "class", "key").element("td", r.column()).element("td", r.value())
                    .element("td", r.reason()).end("tr");
        }
        h.end("tbody").end("table").end("div").end("section").newline();
    }

    /** The full lists behind the charts (every site, process, source and period), each in one unit. */
    private void breakdowns(HtmlWriter h, InventoryResult result) {
        h.start("section", "id", "breakdowns").element("h2", "Breakdowns");
        double total = result.totals().co2eKg();
        breakdown(h, "By site", "Site", result.bySite(), total);
        breakdown(h, "By process", "Process", result.byProcess(), total);
        breakdown(h, "By source", "Source", result.bySource(), total);
        breakdown(h, "By period", "Period", result.byPeriod(), total);
        h.end("section").newline();
    }

    private static void breakdown(HtmlWriter h, String caption, String key, Map<String, EmissionTotals> groups,
            double total) {
        MassUnit u = MassUnit.forKg(groups.values().stream().mapToDouble(t -> Math.abs(t.co2eKg())).max().orElse(0));
        // a long list prints in two columns a page
        h.start("div", "class", groups.size() > 40 ? "scroll long" : "scroll").start("table", "class", "breakdown")
                .element("caption", caption + " ("
                + groups.size() + ")").start("thead").start("tr").element("th", key).element("th", "Lines", "class", "num")
                .element("th", u.symbol() + " CO2e", "class", "num").element("th", "Share", "class", "num").end("tr")
                .end("thead").start("tbody");
        groups.forEach((k, v) -> h.start("tr").element("td", k.isEmpty() ? "(none)" : k, "class", "key")
                .element("td", v.records(), "class", "num").element("td", Figures.massValue(v.co2eKg(), u), "class", "num")
                .element("td", percent(v.co2eKg(), total), "class", "num").end("tr"));
        h.end("tbody").end("table").end("div");
    }

    private void calculations(HtmlWriter h) {
        h.start("section", "id", "calculations").element("h2", "Appendix A: calculation steps")
                .element("p", "For each listed line: the amount as read, its conversion to the unit the multipliers are per,"
                        + " each gas's multiplier with the published values it is built from, and the GWPs. Computed"
                        + " quantities are shown to ten significant digits.");
        if (lines.isEmpty()) {
            h.element("p", "No line was priced.");
        }
        for (Line l : lines) {
            h.start("div", "class", "calc", "id", "calc-" + l.row()).element("h3", "Row " + l.row()
                    + (l.id().isEmpty() ? "" : " (" + l.id() + ")")).start("ol");
            l.steps().forEach(s -> h.element("li", s));
            h.end("ol").end("div");
        }
        h.end("section").newline();
    }

    private static void head(HtmlWriter h, String organisation) {
        h.doctype().start("html", "lang", "en").start("head").empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .empty("meta", "http-equiv", "Content-Security-Policy", "content",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .empty("link", "rel", "icon", "href", "data:,").element("title", "Greenhouse-gas inventory"
                        + (organisation == null ? "" : ": " + organisation)).style(CSS)
                .end("head").newline().start("body").newline();
    }

    /** The page's style sheet: a constant, the only text written into the page unescaped. No text is under 12 px. */
    private static final String CSS = ""
            + ":root{--ink:#1d2a2f;--muted:#4f5e63;--line:#d9e1e3;--accent:#1b6e53;--warn:#a3442f;--bg:#f6f8f8}\n"
            + "*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,"
            + "Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}\n"
            + "header{background:var(--accent);color:#fff;padding:20px 24px}header h1{margin:0;font-size:1.6em;"
            + "overflow-wrap:anywhere}.sub{margin:4px 0 0;font-size:14px;overflow-wrap:anywhere}\n"
            + "main{max-width:1100px;margin:0 auto;padding:8px 16px 32px}section{background:#fff;border:1px solid"
            + " var(--line);border-radius:8px;padding:16px 20px;margin:16px 0;min-width:0}h2{margin:0 0 12px;"
            + "font-size:1.25em}h3{font-size:14px;margin:12px 0 2px}\n"
            + "dl.statement{display:grid;grid-template-columns:minmax(120px,max-content) 1fr;gap:2px 16px;margin:0}"
            + "dl.statement dt{margin:0}dl.statement dd{margin:0;overflow-wrap:anywhere}.missing{color:var(--warn)}\n"
            + ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}"
            + ".card{border:1px solid var(--line);border-radius:8px;padding:12px;min-width:0}.card.main{background:#eaf4f0;"
            + "border-color:var(--accent)}.card .k{color:var(--muted);font-size:13px}.card .v{font-size:20px;"
            + "font-weight:600;white-space:nowrap}.card .v span{font-size:13px;font-weight:400;color:var(--muted)}"
            + ".card .n{font-size:12px;color:var(--muted)}\n"
            + ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:24px}"
            + "figure{margin:0;min-width:0}figcaption{font-size:13px;color:var(--muted);text-align:center}"
            + "svg.chart{display:block;overflow:visible}svg text{font-size:13px;fill:var(--ink)}"
            + "svg .axis{fill:var(--muted)}svg .tick{paint-order:stroke;stroke:#fff;stroke-width:3px}"
            + "svg .axisline{stroke:var(--line)}\n"
            + "table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid var(--line);"
            + "padding:4px 6px;text-align:left;vertical-align:top}th{background:var(--bg);white-space:nowrap}"
            + "th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.nw{white-space:nowrap}"
            + "caption{text-align:left;font-weight:600;margin:12px 0 4px}.scroll{overflow-x:auto;max-width:100%}"
            + ".scroll th:first-child,.scroll td.key{position:sticky;left:0;background:#fff;z-index:1;white-space:nowrap}"
            + ".scroll th:first-child{background:var(--bg)}.warn{color:var(--warn)}tr.flag td,tr.flag td.key{background:#fbf1ec}"
            + "dt{font-weight:600;margin-top:8px}dd{margin:2px 0 8px 0;overflow-wrap:anywhere}code{font-size:.9em}"
            + ".counts{color:var(--muted);font-size:13px}.calc ol{margin:0 0 6px;font-size:13px;overflow-wrap:anywhere}\n"
            + "footer{max-width:1100px;margin:0 auto;padding:0 16px 24px;color:var(--muted);font-size:13px}\n"
            + "@media (max-width:600px){body{font-size:14px}main{padding:4px 8px 24px}section{padding:12px}"
            + "header{padding:16px}.grid{grid-template-columns:1fr}dl.statement{grid-template-columns:1fr}"
            + "dl.statement dt{margin-top:6px}table.wide{min-width:640px}}\n"
            + "@page{margin:14mm}\n"
            + "@media print{body{background:#fff;font-size:11pt}header{color:#000;background:none;border-bottom:2px solid"
            + " #000;padding:0 0 6px}main{max-width:none;padding:0}section{border:none;padding:0;margin:0 0 14px}"
            + "h2,h3,caption{break-after:avoid}figure,tr,.card,.calc{break-inside:avoid}"
            + ".grid{grid-template-columns:1fr 1fr;gap:12px}.cards{grid-template-columns:repeat(4,1fr)}"
            + ".scroll{overflow:visible}.scroll th:first-child,.scroll td.key{position:static}"
            + "th,td{padding:1px 4px;line-height:1.3}.calc ol{font-size:12px}h3{margin:6px 0 0}"
            + "#breakdowns .long{column-count:2;column-gap:18px}footer{padding:0}}\n";

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
