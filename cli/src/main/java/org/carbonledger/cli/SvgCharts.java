package org.carbonledger.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.carbonledger.report.Figures;

/**
 * Inline SVG charts for the HTML report: no script, no external resource, readable in print and
 * on a phone. Written through {@link HtmlWriter}, so every label and unit is escaped. What is
 * computed here is layout only (where a bar goes, how long it is, which axis labels fit); the
 * values come from the result and their text from {@link Figures}.
 *
 * <p>The charts are never scaled as pictures (no {@code viewBox}): they are as wide as their box,
 * with positions in per cent and text in CSS pixels, so that text keeps its size at 390 px as at
 * 1280 px. Layout assumes the narrowest box the report's style sheet gives a chart
 * ({@link #NARROWEST} px, a phone), so that labels that fit there fit everywhere.
 */
final class SvgCharts {
    static final String[] PALETTE = {"#1b6e53", "#2f8f9d", "#c48a12", "#b5523b", "#6a4c93", "#4d7ea8", "#6f7d45",
        "#c06c84", "#355c7d", "#7a8b6b"};
    /** The narrowest chart box, in CSS px: a 390 px phone less the page's and section's padding. */
    static final int NARROWEST = 320;
    /** The widest a character of chart text (13 px system sans-serif, digits and letters) is taken to be, in px. */
    static final double CHAR_PX = 8;
    /** The most characters of a bar's label shown; the full label is in the bar's tooltip and in the tables. */
    static final int LABEL_CHARS = 22;

    private SvgCharts() {
    }

    /**
     * Writes a horizontal bar chart, in the order of the bars given: each bar under its label,
     * with its value at the right end of the label's line, so that neither is ever clipped.
     *
     * @param h where to
     * @param id the element id
     * @param title the accessible title
     * @param bars the bars
     * @param text writes a value with its unit
     */
    static void horizontalBars(HtmlWriter h, String id, String title, List<Figures.Bar> bars, DoubleFunction<String> text) {
        int rowHeight = 40;
        int height = Math.max(1, bars.size()) * rowHeight + 4;
        double max = bars.stream().mapToDouble(Figures.Bar::value).max().orElse(0);
        h.start("svg", "class", "chart bars", "id", id, "role", "img", "width", "100%", "height", height)
                .element("title", title);
        if (bars.isEmpty()) {
            h.element("text", "no data", "x", 0, "y", 20, "class", "axis");
        }
        for (int i = 0; i < bars.size(); i++) {
            Figures.Bar b = bars.get(i);
            int y = i * rowHeight;
            double pct = max > 0 && b.value() > 0 ? Math.max(0.5, 100 * b.value() / max) : 0;
            h.element("text", shorten(b.label(), LABEL_CHARS), "x", 0, "y", y + 15, "class", "label");
            h.element("text", text.apply(b.value()), "x", "100%", "y", y + 15, "text-anchor", "end", "class", "value");
            h.start("rect", "x", 0, "y", y + 21, "width", pct(pct), "height", 13, "rx", 2,
                    "fill", PALETTE[i % PALETTE.length])
                    .element("title", b.label() + ": " + text.apply(b.value())).end("rect");
        }
        h.end("svg");
    }

    /**
     * Writes a column chart of one series of periods of the same granularity, in the order given,
     * with an axis from 0 to a round maximum at or above the largest value (never truncated), its
     * gridline labels written whole, and as many period labels as fit without touching.
     *
     * @param h where to
     * @param id the element id
     * @param title the accessible title
     * @param bars one column per period
     * @param axisUnit the unit of the axis values
     * @param scale the bars' value of one axis unit (1000 for t when bars are in kg)
     * @param text writes a bar's value with its unit, for its tooltip
     */
    static void columns(HtmlWriter h, String id, String title, List<Figures.Bar> bars, String axisUnit,
            double scale, DoubleFunction<String> text) {
        int height = 230;
        int top = 24;
        int base = height - 42;
        int plot = base - top;
        double max = bars.stream().mapToDouble(Figures.Bar::value).max().orElse(0) / scale;
        List<BigDecimal> ticks = ticks(max);
        double axisMax = ticks.get(ticks.size() - 1).doubleValue();
        h.start("svg", "class", "chart columns", "id", id, "role", "img", "width", "100%", "height", height)
                .element("title", title);
        int n = bars.size();
        for (int i = 0; i < n; i++) {
            Figures.Bar b = bars.get(i);
            double bh = axisMax > 0 ? plot * (b.value() / scale) / axisMax : 0;
            h.start("rect", "x", pct(column(i + 0.15, n)), "y", fmt(base - bh), "width", pct(column(0.7, n) - GUTTER),
                    "height", fmt(bh), "fill", PALETTE[1]).element("title", b.label() + ": " + text.apply(b.value()))
                    .end("rect");
        }
        for (int ti = 0; ti < ticks.size(); ti++) {
            BigDecimal t = ticks.get(ti);
            double y = base - (axisMax > 0 ? plot * t.doubleValue() / axisMax : 0);
            h.empty("line", "x1", pct(GUTTER), "y1", fmt(y), "x2", "100%", "y2", fmt(y), "class", "axisline");
            boolean last = ti == ticks.size() - 1;
            h.element("text", Figures.rounded(t, 6) + (last ? " " + axisUnit : ""), "x", 2, "y",
                    fmt(y - 4), "class", "axis tick");
        }
        if (n == 0) {
            h.element("text", "no periods stated", "x", "50%", "y", top + plot / 2, "text-anchor", "middle",
                    "class", "axis");
        }
        // period labels placed greedily at the narrowest width (positions are per cent, so gaps only
        // grow on a wider box), each shown only if it clears the one before and the edges
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            String label = bars.get(i).label();
            double w = label.length() * CHAR_PX;
            double centre = NARROWEST * column(i + 0.5, n) / 100;
            double gutter = NARROWEST * GUTTER / 100;
            // centred under its column, or, for a first label that would reach into the gutter, from the plot's edge
            boolean fromEdge = i == 0 && centre - w / 2 < gutter;
            double left = fromEdge ? gutter : centre - w / 2;
            if (left < last + 8 || left < gutter || left + w > NARROWEST) {
                continue;
            }
            h.element("text", label, "x", pct(fromEdge ? GUTTER : column(i + 0.5, n)), "y", base + 18,
                    "text-anchor", fromEdge ? "start" : "middle", "class", "axis period");
            last = left + w;
        }
        h.end("svg");
    }

    /** The left part of a column chart kept for the axis's labels, in per cent: 45 px at the narrowest, five digits. */
    static final double GUTTER = 14;

    /** The position, in per cent of the chart's width, of a point {@code at} columns from the plot's left. */
    private static double column(double at, int n) {
        return GUTTER + (100 - GUTTER) * at / n;
    }

    /**
     * Gets an axis's ticks: 0 and then equal round steps (1, 2 or 5 × 10^k) up to the first at or
     * above the maximum, about four intervals; exact decimals, so that their text is exact.
     */
    static List<BigDecimal> ticks(double max) {
        List<BigDecimal> out = new ArrayList<>();
        out.add(BigDecimal.ZERO);
        if (!(max > 0) || !Double.isFinite(max)) {
            out.add(BigDecimal.ONE);
            return out;
        }
        BigDecimal raw = new BigDecimal(max / 4);
        BigDecimal magnitude = BigDecimal.ONE.movePointRight(raw.precision() - raw.scale() - 1);
        BigDecimal step = magnitude;
        for (int m : new int[] {1, 2, 5, 10}) {
            step = magnitude.multiply(BigDecimal.valueOf(m));
            if (step.compareTo(raw) >= 0) {
                break;
            }
        }
        BigDecimal exactMax = new BigDecimal(max);
        BigDecimal t = BigDecimal.ZERO;
        while (t.compareTo(exactMax) < 0) {
            t = t.add(step);
            out.add(t);
        }
        return out;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3f%%", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
