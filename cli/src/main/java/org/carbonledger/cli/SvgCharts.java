package org.carbonledger.cli;

import org.carbonledger.report.Figures;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report: no script, no external resource, readable in print.
 */
final class SvgCharts {
    /** A labelled value. */


    static final String[] PALETTE = {"#1b6e53", "#2f8f9d", "#e0a526", "#b5523b", "#6a4c93", "#4d7ea8", "#8a9a5b",
        "#c06c84", "#355c7d", "#99b898"};

    private SvgCharts() {
    }

    /**
     * A horizontal bar chart, largest first as given.
     *
     * @param id the element id
     * @param title the accessible title
     * @param bars the bars
     * @param unit the unit shown after values
     * @return the SVG element
     */
    static String horizontalBars(String id, String title, List<Figures.Bar> bars, String unit) {
        int rowHeight = 28;
        int labelWidth = 170;
        int width = 520;
        int height = Math.max(1, bars.size()) * rowHeight + 16;
        double max = bars.stream().mapToDouble(Figures.Bar::value).max().orElse(0);
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" id=\"").append(Html.escape(id)).append("\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title>").append(Html.escape(title)).append("</title>");
        if (bars.isEmpty()) {
            s.append("<text x=\"0\" y=\"20\" class=\"axis\">no data</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Figures.Bar b = bars.get(i);
            int y = 8 + i * rowHeight;
            double w = max > 0 ? (width - labelWidth - 100) * (b.value() / max) : 0;
            s.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" class=\"label\">").append(Html.escape(shorten(b.label(), 22)))
                    .append("</text>");
            s.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"")
                    .append(fmt(Math.max(w, b.value() > 0 ? 1 : 0))).append("\" height=\"20\" rx=\"3\" fill=\"")
                    .append(PALETTE[i % PALETTE.length]).append("\"><title>").append(Html.escape(b.label())).append(": ")
                    .append(Html.number(b.value())).append(' ').append(unit).append("</title></rect>");
            s.append("<text x=\"").append(fmt(labelWidth + w + 6)).append("\" y=\"").append(y + 15)
                    .append("\" class=\"value\">").append(Html.number(b.value())).append(' ').append(unit)
                    .append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /**
     * A column chart over periods, in the order given.
     *
     * @param id the element id
     * @param title the accessible title
     * @param bars one column per period
     * @param unit the unit of values
     * @return the SVG element
     */
    static String columns(String id, String title, List<Figures.Bar> bars, String unit) {
        int width = 520;
        int height = 240;
        int left = 60;
        int bottom = 40;
        int plotHeight = height - bottom - 20;
        double max = bars.stream().mapToDouble(Figures.Bar::value).max().orElse(0);
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" id=\"").append(Html.escape(id)).append("\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title>").append(Html.escape(title)).append("</title>");
        s.append("<line x1=\"").append(left).append("\" y1=\"").append(height - bottom).append("\" x2=\"").append(width)
                .append("\" y2=\"").append(height - bottom).append("\" class=\"axisline\"/>");
        s.append("<text x=\"").append(left - 6).append("\" y=\"34\" text-anchor=\"end\" class=\"axis\">")
                .append(Html.number(max)).append("</text>");
        s.append("<text x=\"").append(left - 6).append("\" y=\"").append(height - bottom)
                .append("\" text-anchor=\"end\" class=\"axis\">0</text>");
        s.append("<text x=\"4\" y=\"14\" class=\"axis\">").append(Html.escape(unit)).append("</text>");
        if (bars.isEmpty()) {
            s.append("<text x=\"").append(left + 10).append("\" y=\"100\" class=\"axis\">no periods stated</text>");
        }
        double slot = bars.isEmpty() ? 0 : (double) (width - left - 10) / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            Figures.Bar b = bars.get(i);
            double h = max > 0 ? plotHeight * b.value() / max : 0;
            double x = left + 5 + i * slot;
            double w = Math.max(2, slot * 0.7);
            s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(height - bottom - h)).append("\" width=\"")
                    .append(fmt(w)).append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(PALETTE[1])
                    .append("\"><title>").append(Html.escape(b.label())).append(": ").append(Html.number(b.value()))
                    .append(' ').append(Html.escape(unit)).append("</title></rect>");
            if (bars.size() <= 24 || i % Math.max(1, bars.size() / 12) == 0) {
                s.append("<text x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(height - bottom + 16)
                        .append("\" text-anchor=\"middle\" class=\"axis\">").append(Html.escape(shorten(b.label(), 10)))
                        .append("</text>");
            }
        }
        return s.append("</svg>").toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
