package org.carbonledger.intensity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.internal.DecimalText;
import org.carbonledger.internal.VisibleText;

/**
 * Reads a production CSV: one row per output of a site, process or product in a period.
 *
 * <p>Columns, in any order, names ignoring case: {@code quantity} (a decimal, zero or more) and
 * {@code unit} (see {@link OutputUnit}) are required; {@code site}, {@code process},
 * {@code product}, {@code period} ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}),
 * {@code value_added} (a decimal) and {@code currency} (a three-letter ISO 4217 code, required
 * with a value added) are optional; other columns are ignored. A bad row is rejected with its
 * row, column, value and reason, as {@link org.carbonledger.activity.ActivityCsvReader} does;
 * a bad file is a {@link CsvFormatException}. Stateless.
 */
public final class ProductionCsvReader {
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

    private ProductionCsvReader() {
    }

    /**
     * The rows of a production file.
     *
     * @param records the accepted rows, in file order
     * @param rejected the rejected rows, in file order
     */
    public record Result(List<ProductionRecord> records, List<RejectedRow> rejected) {
        /** Copies the lists. */
        public Result {
            records = List.copyOf(records);
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * Reads a file.
     *
     * @param file the CSV
     * @return accepted and rejected rows
     * @throws CsvFormatException if the file cannot be read or lacks a required column
     */
    public static Result read(Path file) {
        Objects.requireNonNull(file, "file");
        try (CsvReader csv = CsvReader.open(file)) {
            return read(csv);
        }
    }

    /**
     * Reads from an open CSV reader.
     *
     * @param csv positioned after the header
     * @return accepted and rejected rows
     * @throws CsvFormatException if a required column is missing
     */
    public static Result read(CsvReader csv) {
        var h = csv.header();
        int quantity = h.require("quantity");
        int unit = h.require("unit");
        int site = opt(h.find("site"));
        int process = opt(h.find("process"));
        int product = opt(h.find("product"));
        int period = opt(h.find("period"));
        int value = opt(h.find("value_added"));
        int currency = opt(h.find("currency"));
        List<ProductionRecord> records = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        while (csv.next()) {
            if (csv.fault() != null) {
                rejected.add(new RejectedRow(csv.source(), csv.row(), "", "", "the row cannot be read: " + csv.fault(),
                        List.of()));
                continue;
            }
            if (csv.isBlank() && h.size() > 1) {
                rejected.add(new RejectedRow(csv.source(), csv.row(), "", "", "the row is empty", List.of()));
                continue;
            }
            if (csv.fieldCount() != h.size()) {
                rejected.add(new RejectedRow(csv.source(), csv.row(), "", "", "the row has " + csv.fieldCount()
                        + " fields but the header has " + h.size(), List.of()));
                continue;
            }
            try {
                double q = number(csv, quantity, true);
                OutputUnit u;
                try {
                    u = OutputUnit.parse(get(csv, unit));
                } catch (IllegalArgumentException e) {
                    throw reject(csv, unit, e.getMessage());
                }
                Period p = null;
                String pt = get(csv, period);
                if (!pt.isEmpty()) {
                    try {
                        p = Period.parse(pt);
                    } catch (IllegalArgumentException e) {
                        throw reject(csv, period, e.getMessage());
                    }
                }
                OptionalDouble va = OptionalDouble.empty();
                String cur = get(csv, currency).toUpperCase(Locale.ROOT);
                if (!get(csv, value).isEmpty()) {
                    va = OptionalDouble.of(number(csv, value, false));
                    if (!CURRENCY.matcher(cur).matches()) {
                        throw reject(csv, currency, "a value added needs its currency, a three-letter ISO 4217 code"
                                + " such as CNY, EUR, USD");
                    }
                } else {
                    cur = "";
                }
                records.add(new ProductionRecord(csv.row(), get(csv, site), get(csv, process), get(csv, product), p, q,
                        u, va, cur));
            } catch (Rejection r) {
                rejected.add(r.row);
            }
        }
        return new Result(records, rejected);
    }

    private static int opt(OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : -1;
    }

    private static String get(CsvReader csv, int col) {
        return col < 0 ? "" : csv.field(col).strip();
    }

    private static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RejectedRow row;

        Rejection(RejectedRow row) {
            super(row.reason(), null, false, false);
            this.row = row;
        }
    }

    private static Rejection reject(CsvReader csv, int col, String reason) {
        // a reason quotes the value: its control and invisible characters are shown, not sent raw
        return new Rejection(new RejectedRow(csv.source(), csv.row(), col < 0 ? "" : csv.header().name(col),
                get(csv, col), VisibleText.of(reason), List.of()));
    }

    private static double number(CsvReader csv, int col, boolean nonNegative) {
        String t = get(csv, col);
        double v;
        try {
            v = DecimalText.parse(t);
        } catch (IllegalArgumentException e) {
            throw reject(csv, col, e.getMessage());
        }
        if (nonNegative && v < 0) {
            throw reject(csv, col, "an output quantity must be zero or more");
        }
        return v;
    }
}
