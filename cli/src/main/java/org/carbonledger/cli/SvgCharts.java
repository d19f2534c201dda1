package org.carbonledger.cli;

import java.util.List;
import java.util.Locale;
import org.carbonledger.report.Figures;

/**
 * Inline SVG charts for the HTML report: no script, no external resource, readable in print.
 * Written through {@link HtmlWriter}, so every label and unit is escaped. What is computed here
 * is layout only (where a bar goes and how long it is); the values come from the result.
 */
final class SvgCharts {
    static final String[] PALETTE = {"#1b6e53", "#2f8f9d", "#e0a526", "#b5523b", "#6a4c93", "#4d7ea8", "#8a9a5b",
        "#c06c84", "#355c7d", "#99b898"};

    private SvgCharts() {
    }

    /**
     * Writes a horizontal bar chart, in the order of the bars given.
     *
     * @param h where to
     * @param id the element id
     * @param title the accessible title
     * @param bars the bars
     * @param unit the unit shown after values
     */
    static void horizontalBars(HtmlWriter h, String id, String title, List<Figures.Bar> bars, String unit) {
        int rowHeight = 28;
        int labelWidth = 170;
        int width = 520;
        int height = Math.max(1, bars.size()) * rowHeight + 16;
        double max = bars.stream().mapToDouble(Figures.Bar::value).max().orElse(0);
        h.start("svg", "class", "chart", "id", id, "role", "img", "viewBox", "0 0 " + width + " " + height,
                "preserveAspectRatio", "xMinYMin meet").element("title", title);
        if (bars.isEmpty()) {
            h.element("text", "no data", "x", 0, "y", 20, "class", "axis");
        }
        for (int i = 0; i < bars.size(); i++) {
            Figures.Bar b = bars.get(i);
            int y = 8 + i * rowHeight;
            double w = max > 0 ? (width - labelWidth - 100) * (b.value() / max) : 0;
            h.element("text", shorten(b.label(), 22), "x", labelWidth - 8, "y", y + 15, "text-anchor", "end",
                    "class", "label");
            h.start("rect", "x", labelWidth, "y", y, "width", fmt(Math.max(w, b.value() > 0 ? 1 : 0)), "height", 20,
                    "rx", 3, "fill", PALETTE[i % PALETTE.length])
                    .element("title", b.label() + ": " + Html.number(b.value()) + " " + unit).end("rect");
            h.element("text", Html.number(b.value()) + " " + unit, "x", fmt(labelWidth + w + 6), "y", y + 15,
                    "class", "value");
        }
        h.end("svg");
    }

    /**
     * Writes a column chart over periods, in the order given.
     *
     * @param h where to
     * @param id the element id
     * @param title the accessible title
     * @param bars one column per period
     * @param unit the unit of values
     */
    static void columns(HtmlWriter h, String id, String title, List<Figures.Bar> bars, String unit) {
        int width = 520;
        int height = 240;
        int left = 60;
        int bottom = 40;
        int plotHeight = height - bottom - 20;
        double max = bars.stream().mapToDouble(Figures.Bar::value).max().orElse(0);
        h.start("svg", "class", "chart", "id", id, "role", "img", "viewBox", "0 0 " + width + " " + height,
                "preserveAspectRatio", "xMinYMin meet").element("title", title);
        h.empty("line", "x1", left, "y1", height - bottom, "x2", width, "y2", height - bottom, "class", "axisline");
        h.element("text", Html.number(max), "x", left - 6, "y", 34, "text-anchor", "end", "class", "axis");
        h.element("text", "0", "x", left - 6, "y", height - bottom, "text-anchor", "end", "class", "axis");
        h.element("text", unit, "x", 4, "y", 14, "class", "axis");
        if (bars.isEmpty()) {
            h.element("text", "no periods stated", "x", left + 10, "y", 100, "class", "axis");
        }
        double slot = bars.isEmpty() ? 0 : (double) (width - left - 10) / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            Figures.Bar b = bars.get(i);
            double bh = max > 0 ? plotHeight * b.value() / max : 0;
            double x = left + 5 + i * slot;
            double w = Math.max(2, slot * 0.7);
            h.start("rect", "x", fmt(x), "y", fmt(height - bottom - bh), "width", fmt(w), "height", fmt(bh),
                    "fill", PALETTE[1]).element("title", b.label() + ": " + Html.number(b.value()) + " " + unit)
                    .end("rect");
            if (bars.size() <= 24 || i % Math.max(1, bars.size() / 12) == 0) {
                h.element("text", shorten(b.label(), 10), "x", fmt(x + w / 2), "y", height - bottom + 16,
                        "text-anchor", "middle", "class", "axis");
            }
        }
        h.end("svg");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
