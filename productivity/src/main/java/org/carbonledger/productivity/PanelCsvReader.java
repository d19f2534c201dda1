package org.carbonledger.productivity;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.csv.CsvHeader;
import org.carbonledger.csv.CsvReader;

/**
 * Reads the panel CSV of the command-line contract (docs/design.md §6) into a {@link Panel}.
 *
 * <p>Columns: {@code dmu} (required), {@code period} (optional), then by prefix {@code x_}
 * inputs, {@code y_} desirable outputs, {@code b_} undesirable outputs and {@code price_<input
 * column>} input prices ({@code price_x_1} prices {@code x_1}). Names are case-insensitive;
 * column order is free; at least one input and one desirable output are required; price columns,
 * if any, must cover every input. Any other column is refused, so that a misspelt prefix is not
 * silently ignored. Values are decimals with a {@code .} separator, finite and non-negative.
 * Periods are years or period numbers, quarters ({@code 2023-Q1}), months ({@code 2023-06}) or
 * days ({@code 2023-06-30}), one kind per file, ordered as time; another label ({@code FY23}) or
 * a second kind is an error naming its row.
 * Blank lines are skipped. Parsing (RFC 4180, BOM, CRLF, row numbers) is {@link CsvReader}'s.
 *
 * <pre>{@code
 * Panel panel = PanelCsvReader.read(Path.of("plants.csv"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PanelCsvReader {
    private PanelCsvReader() {
    }

    /**
     * Reads a file.
     *
     * @param file the CSV file
     * @return the panel
     * @throws InvalidPanelException naming file, row, column and value when the content is
     *     not a valid panel
     * @throws org.carbonledger.csv.CsvFormatException when the file is missing, empty or not
     *     well-formed CSV
     */
    public static Panel read(Path file) {
        Objects.requireNonNull(file, "file");
        try (CsvReader csv = CsvReader.open(file)) {
            return read(csv);
        }
    }

    /**
     * Reads CSV text.
     *
     * @param text the text; closed when done
     * @param source the name used in messages
     * @return the panel
     * @throws InvalidPanelException naming source, row, column and value when the content is
     *     not a valid panel
     */
    public static Panel read(Reader text, String source) {
        try (CsvReader csv = CsvReader.of(text, source)) {
            return read(csv);
        }
    }

    private static Panel read(CsvReader csv) {
        String source = csv.source();
        CsvHeader header = csv.header();
        int dmuCol = header.find("dmu").orElse(-1);
        if (dmuCol < 0) {
            throw new InvalidPanelException(source, 1, null, null,
                    "missing the dmu column; the header has " + String.join(", ", header.names())
                            + "; expected dmu, optional period, and columns x_*, y_*, b_*, price_*");
        }
        int periodCol = header.find("period").orElse(-1);
        List<Integer> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Integer> bs = new ArrayList<>();
        Map<String, Integer> priceCols = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (c == dmuCol || c == periodCol) {
                continue;
            }
            String name = header.name(c);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x_")) {
                xs.add(c);
            } else if (lower.startsWith("y_")) {
                ys.add(c);
            } else if (lower.startsWith("b_")) {
                bs.add(c);
            } else if (lower.startsWith("price_")) {
                priceCols.put(lower.substring("price_".length()), c);
            } else {
                throw new InvalidPanelException(source, 1, name, null, "unknown column; expected "
                        + "dmu, period, or a name starting with x_ (input), y_ (desirable output), "
                        + "b_ (undesirable output) or price_ (input price)");
            }
        }
        if (xs.isEmpty()) {
            throw new InvalidPanelException(source, 1, null, null,
                    "no input column; name inputs x_<name>");
        }
        if (ys.isEmpty()) {
            throw new InvalidPanelException(source, 1, null, null,
                    "no desirable output column; name them y_<name>");
        }
        int[] prices = null;
        if (!priceCols.isEmpty()) {
            prices = new int[xs.size()];
            for (int i = 0; i < xs.size(); i++) {
                String input = header.name(xs.get(i)).toLowerCase(Locale.ROOT);
                Integer p = priceCols.remove(input);
                if (p == null) {
                    throw new InvalidPanelException(source, 1, "price_" + header.name(xs.get(i)),
                            null, "missing: when prices are given, every input needs a price "
                                    + "column price_<input>");
                }
                prices[i] = p;
            }
            if (!priceCols.isEmpty()) {
                String extra = priceCols.keySet().iterator().next();
                throw new InvalidPanelException(source, 1, header.name(priceCols.get(extra)), null,
                        "prices no input; a price column is named price_<input column>, e.g. "
                                + "price_" + header.name(xs.get(0)));
            }
        }
        Panel.Builder panel = Panel.builder().inputs(names(header, xs)).goods(names(header, ys))
                .bads(names(header, bs));
        Map<String, Long> seen = new HashMap<>();
        Map<String, PeriodLabel> labels = new java.util.LinkedHashMap<>();
        boolean any = false;
        while (csv.next()) {
            if (csv.isBlank()) {
                continue;
            }
            any = true;
            long row = csv.row();
            String dmu = csv.field(dmuCol).strip();
            if (dmu.isEmpty()) {
                throw new InvalidPanelException(source, row, header.name(dmuCol), "",
                        "blank unit name; every row needs a dmu");
            }
            String period = null;
            if (periodCol >= 0) {
                period = csv.field(periodCol).strip();
                if (period.isEmpty()) {
                    throw new InvalidPanelException(source, row, header.name(periodCol), "",
                            "blank period; with a period column every row needs a period");
                }
                if (!labels.containsKey(period)) {
                    try {
                        PeriodLabel label = PeriodLabel.parse(period);
                        for (PeriodLabel other : labels.values()) {
                            label.requireCompatible(other);
                        }
                        labels.put(period, label);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidPanelException(source, row, header.name(periodCol), period,
                                e.getMessage());
                    }
                }
            }
            String key = dmu + "\u0000" + (period == null ? "" : period);
            Long first = seen.putIfAbsent(key, row);
            if (first != null) {
                throw new InvalidPanelException(source, row, header.name(dmuCol), dmu,
                        "unit listed twice" + (period == null ? "" : " in period " + period)
                                + " (first in row " + first + "); each unit appears once per period");
            }
            Observation o = Observation.of(dmu, period, values(csv, header, xs, source, row),
                    values(csv, header, ys, source, row), values(csv, header, bs, source, row));
            if (prices != null) {
                double[] p = new double[prices.length];
                for (int i = 0; i < p.length; i++) {
                    p[i] = number(csv, header, prices[i], source, row);
                }
                o = o.withPrices(p);
            }
            panel.add(o);
        }
        if (!any) {
            throw new InvalidPanelException(source, 0, null, null,
                    "no units: the file has a header but no data rows");
        }
        return panel.build();
    }

    private static String[] names(CsvHeader header, List<Integer> cols) {
        String[] n = new String[cols.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = header.name(cols.get(i));
        }
        return n;
    }

    private static double[] values(CsvReader csv, CsvHeader header, List<Integer> cols,
            String source, long row) {
        double[] v = new double[cols.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(csv, header, cols.get(i), source, row);
        }
        return v;
    }

    private static double number(CsvReader csv, CsvHeader header, int col, String source,
            long row) {
        String text = csv.field(col).strip();
        double v;
        try {
            if (text.isEmpty() || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw new NumberFormatException();
            }
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidPanelException(source, row, header.name(col), text,
                    "not a number; expected a decimal >= 0 with '.' as separator, e.g. 1250.5");
        }
        if (!Double.isFinite(v) || v < 0) {
            throw new InvalidPanelException(source, row, header.name(col), text,
                    "expected a finite number >= 0");
        }
        return v;
    }
}
