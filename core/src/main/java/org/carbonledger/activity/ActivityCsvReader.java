package org.carbonledger.activity;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.internal.DecimalText;
import org.carbonledger.internal.VisibleText;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.UnitParser;
import org.carbonledger.quantity.UnknownUnitException;

/**
 * Streams activity records from an activities CSV (docs/design.md §6).
 *
 * <p>Columns, in any order, names ignoring case: {@code activity}, {@code amount} (a decimal with
 * {@code .} as separator) and {@code unit} are required; {@code id}, {@code site},
 * {@code process}, {@code period}, {@code region}, {@code sector}, {@code scope},
 * {@code basis} and {@code methane_origin} are optional; any other column is kept as a tag.
 * {@code methane_origin} ({@code fossil}, {@code biogenic} or {@code unknown}) applies to
 * {@code fugitive/methane} only and selects its variant ({@code fugitive/methane/fossil},
 * {@code fugitive/methane/biogenic}; {@code unknown} leaves {@code fugitive/methane}, whose AR6 GWP
 * is the generic 27.9): the record's activity is that variant. On any other activity, or
 * contradicting the variant the activity already names, a non-blank origin rejects the row. Each call to {@link #next()}
 * yields either an {@link #activity()} or a {@link #rejection()} naming the row, column, value
 * and reason: a bad row never stops the file, nor does a row the CSV reader cannot read (a field
 * over its size bound, too many fields, bytes that are not UTF-8: see {@link CsvReader#fault()}),
 * which is rejected as a whole. A bad file (empty, missing or duplicate required column, other
 * delimiter, broken quoting) throws {@link CsvFormatException}.
 *
 * <pre>{@code
 * try (ActivityCsvReader in = ActivityCsvReader.open(path)) {
 *     while (in.next()) {
 *         if (in.activity() != null) { ... } else { report(in.rejection()); }
 *     }
 * }
 * }</pre>
 * Not thread-safe.
 *
 * <p>The text of a row's activity, unit, period, region, sector, scope and basis is parsed once
 * per distinct text and looked up afterwards (a bounded cache per reader): these columns repeat a
 * few values over millions of rows, and parsing them (regular expressions, dates, unit lookups)
 * was a large part of the per-row cost. Only accepted values are cached, so a rejection is
 * worded as before.
 */
public final class ActivityCsvReader implements Closeable {
    /** The column that states the origin of released methane. */
    public static final String METHANE_ORIGIN = "methane_origin";
    /** The activity of released methane, whose origin a {@value #METHANE_ORIGIN} column may state. */
    public static final String FUGITIVE_METHANE = "fugitive/methane";
    private static final List<String> ORIGINS = List.of("fossil", "biogenic", "unknown");

    private final CsvReader csv;
    private final UnitParser units;
    private final int activityCol;
    private final int amountCol;
    private final int unitCol;
    private final int idCol;
    private final int siteCol;
    private final int processCol;
    private final int periodCol;
    private final int regionCol;
    private final int sectorCol;
    private final int scopeCol;
    private final int basisCol;
    private final int methaneOriginCol;
    private final List<Integer> tagCols = new ArrayList<>();
    private final int[] tagColumns;
    private final String[] tagNames;
    private final Parsed<ActivityId> activityIds = new Parsed<>();
    private final Parsed<ActivityUnit> activityUnits = new Parsed<>();
    private final Parsed<Period> periods = new Parsed<>();
    private final Parsed<Region> regions = new Parsed<>();
    private final Parsed<Sector> sectors = new Parsed<>();
    private final Parsed<Scope> scopes = new Parsed<>();
    private final Parsed<CalorificBasis> bases = new Parsed<>();
    private Activity activity;
    private RejectedRow rejection;

    private ActivityCsvReader(CsvReader csv, UnitParser units) {
        this.csv = csv;
        this.units = units;
        var h = csv.header();
        activityCol = h.require("activity");
        amountCol = h.require("amount");
        unitCol = h.require("unit");
        idCol = optional(h.find("id"));
        siteCol = optional(h.find("site"));
        processCol = optional(h.find("process"));
        periodCol = optional(h.find("period"));
        regionCol = optional(h.find("region"));
        sectorCol = optional(h.find("sector"));
        scopeCol = optional(h.find("scope"));
        basisCol = optional(h.find("basis"));
        methaneOriginCol = optional(h.find(METHANE_ORIGIN));
        List<Integer> known = List.of(activityCol, amountCol, unitCol, idCol, siteCol, processCol, periodCol,
                regionCol, sectorCol, scopeCol, basisCol, methaneOriginCol);
        for (int i = 0; i < h.size(); i++) {
            if (!known.contains(i)) {
                tagCols.add(i);
            }
        }
        tagColumns = tagCols.stream().mapToInt(Integer::intValue).toArray();
        tagNames = new String[tagColumns.length];
        for (int i = 0; i < tagColumns.length; i++) {
            tagNames[i] = h.name(tagColumns[i]);
        }
    }

    /**
     * Values parsed from text, by text: for columns whose few distinct values repeat over many
     * rows. Bounded: emptied when full, so a column of all-distinct texts costs one lookup more
     * per row and no memory. Not thread-safe (nor is the reader).
     */
    private static final class Parsed<T> {
        private static final int LIMIT = 4096;
        private final HashMap<String, T> byText = new HashMap<>();

        T get(String text, Function<String, T> parser) {
            T value = byText.get(text);
            if (value == null) {
                value = parser.apply(text);
                if (byText.size() >= LIMIT) {
                    byText.clear();
                }
                byText.put(text, value);
            }
            return value;
        }
    }

    private static int optional(OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : -1;
    }

    /**
     * Opens an activities CSV.
     *
     * @param file the file
     * @return the reader, positioned before the first record
     * @throws CsvFormatException if the file cannot be read or its header is bad
     */
    public static ActivityCsvReader open(Path file) {
        return of(CsvReader.open(file), UnitParser.standard());
    }

    /**
     * Reads activities from an open CSV reader.
     *
     * @param csv the reader, positioned after the header
     * @param units the unit parser
     * @return the reader
     * @throws CsvFormatException if a required column is missing
     */
    public static ActivityCsvReader of(CsvReader csv, UnitParser units) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(units, "units");
        try {
            return new ActivityCsvReader(csv, units);
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    /** @return the column names as written */
    public List<String> columns() {
        return csv.header().names();
    }

    /**
     * Advances to the next row.
     *
     * @return false at the end of the file
     * @throws CsvFormatException on malformed CSV (an unterminated quote ...)
     */
    public boolean next() {
        activity = null;
        rejection = null;
        if (!csv.next()) {
            return false;
        }
        try {
            activity = parse();
        } catch (Rejected r) {
            // a reason quotes the value: its control and invisible characters are shown, not sent raw
            rejection = new RejectedRow(csv.source(), csv.row(), r.column, r.value, VisibleText.of(r.getMessage()),
                    List.of());
        }
        return true;
    }

    /** @return the file name, as used in rejections */
    public String source() {
        return csv.source();
    }

    /** @return the row number of the current row (header = 1) */
    public long row() {
        return csv.row();
    }

    /** @return the current row's activity, or null if it was rejected */
    public Activity activity() {
        return activity;
    }

    /** @return why the current row was rejected, or null if it was accepted */
    public RejectedRow rejection() {
        return rejection;
    }

    /**
     * Gets a field of the current row by column name, as written.
     *
     * @param column a column name, ignoring case
     * @return the text, or "" if there is no such column
     */
    public String field(String column) {
        OptionalInt i = csv.header().find(column);
        // a row that cannot be read (a field over the size bound ...) has no fields to show
        return i.isPresent() && csv.fault() == null ? csv.field(i.getAsInt()) : "";
    }

    /**
     * Spells a column as the file's header does.
     *
     * @param column a column name, ignoring case
     * @return the header's spelling, or {@code column} itself if the file has no such column
     */
    public String columnName(String column) {
        OptionalInt i = csv.header().find(column);
        return i.isPresent() ? csv.header().name(i.getAsInt()) : column;
    }

    @Override
    public void close() {
        csv.close();
    }

    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String column;
        final String value;

        Rejected(String column, String value, String reason) {
            super(reason, null, false, false);
            this.column = column;
            this.value = value;
        }
    }

    private String get(int col) {
        return col < 0 ? "" : csv.field(col).strip();
    }

    private Activity parse() {
        if (csv.fault() != null) {
            throw new Rejected("", "", "the row cannot be read: " + csv.fault());
        }
        int expected = csv.header().size();
        if (csv.isBlank() && expected > 1) {
            throw new Rejected("", "", "the row is empty; remove it or fill in activity, amount and unit");
        }
        if (csv.fieldCount() != expected) {
            throw new Rejected("", "", "the row has " + csv.fieldCount() + " fields but the header has " + expected
                    + "; check for an unquoted comma (quote fields that contain commas)");
        }
        String activityText = get(activityCol);
        ActivityId id;
        try {
            id = activityIds.get(activityText, ActivityId::of);
        } catch (IllegalArgumentException e) {
            throw new Rejected(column(activityCol), activityText, activityText.isEmpty()
                    ? "activity is blank; give an activity id such as fuel/natural_gas" : "unknown activity id '"
                    + activityText + "': " + e.getMessage() + "; run 'carbonledger factors list' for the known ids");
        }
        String originText = get(methaneOriginCol);
        if (!originText.isEmpty()) {
            id = withOrigin(id, originText);
        }
        String amountText = get(amountCol);
        double amount = amount(amountText);
        String unitText = get(unitCol);
        ActivityUnit unit;
        try {
            unit = activityUnits.get(unitText, units::parse);
        } catch (UnknownUnitException e) {
            throw new Rejected(column(unitCol), unitText, e.getMessage());
        }
        String recordId = get(idCol);
        String site = get(siteCol);
        String process = get(processCol);
        String periodText = get(periodCol);
        Period period = periodText.isEmpty() ? null : parse(periodCol, periodText, periods, Period::parse);
        String regionText = get(regionCol);
        Region region = regionText.isEmpty() ? Region.GLOBAL : parse(regionCol, regionText, regions, Region::parse);
        String sectorText = get(sectorCol);
        Sector sector = sectorText.isEmpty() ? null : parse(sectorCol, sectorText, sectors, Sector::parse);
        String scopeText = get(scopeCol);
        Scope scope = scopeText.isEmpty() ? null : parse(scopeCol, scopeText, scopes, Scope::parse);
        String basisText = get(basisCol);
        CalorificBasis basis = basisText.isEmpty() ? null : parse(basisCol, basisText, bases, CalorificBasis::parse);
        String[] tagValues = new String[tagColumns.length];
        for (int i = 0; i < tagColumns.length; i++) {
            tagValues[i] = csv.field(tagColumns[i]);
        }
        // The constructor, not the builder: the same record without building a tag map and
        // copying it (the tags share the column names; see Activity.Tags).
        return new Activity(recordId, id, amount, unit, site, process, period, region, sector, scope, basis,
                new Activity.Tags(tagNames, tagValues));
    }

    /**
     * Applies a {@value #METHANE_ORIGIN} cell to a row's activity (see the class comment).
     *
     * @param id the activity as read
     * @param text the cell, not blank
     * @return the activity of that origin
     */
    private ActivityId withOrigin(ActivityId id, String text) {
        String col = column(methaneOriginCol);
        String origin = text.toLowerCase(java.util.Locale.ROOT);
        if (!ORIGINS.contains(origin)) {
            throw new Rejected(col, text, "methane_origin '" + text + "' is not one of fossil, biogenic, unknown");
        }
        String a = id.id();
        if (a.equals(FUGITIVE_METHANE)) {
            return origin.equals("unknown") ? id : ActivityId.of(FUGITIVE_METHANE + "/" + origin);
        }
        if (a.startsWith(FUGITIVE_METHANE + "/")) {
            String named = a.substring(FUGITIVE_METHANE.length() + 1);
            if (named.equals(origin)) {
                return id;
            }
            throw new Rejected(col, text, "methane_origin '" + text + "' contradicts the activity " + a + ", whose"
                    + " methane is " + named + "; give " + FUGITIVE_METHANE + " with the origin, or leave the cell"
                    + " blank");
        }
        throw new Rejected(col, text, "methane_origin applies only to " + FUGITIVE_METHANE + " (released methane);"
                + " the methane of " + a + " has the origin of its activity (the methane of burnt fuel takes"
                + " the GWP of methane from combustion); leave the cell blank");
    }

    private String column(int col) {
        return csv.header().name(col);
    }

    private <T> T parse(int col, String text, Parsed<T> cache, Function<String, T> parser) {
        try {
            return cache.get(text, parser);
        } catch (IllegalArgumentException e) {
            throw new Rejected(column(col), text, e.getMessage());
        }
    }

    private double amount(String text) {
        String col = column(amountCol);
        if (text.isEmpty()) {
            throw new Rejected(col, text, "amount is blank; give a number such as 1250.5");
        }
        double v;
        try {
            v = DecimalText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Rejected(col, text, "amount " + e.getMessage());
        }
        if (v < 0) {
            throw new Rejected(col, text, "amount '" + text + "' is negative; amounts of activity must be zero or more"
                    + " (record a correction as its own adjustment, not as a negative amount)");
        }
        return v;
    }

    /** Tells whether text is a decimal as {@link DecimalText#isDecimal} reads it. */
    static boolean isDecimal(String text) {
        return DecimalText.isDecimal(text);
    }

    /** Tells whether text is a number with a decimal comma as {@link DecimalText#isDecimalComma} reads it. */
    static boolean isDecimalComma(String text) {
        return DecimalText.isDecimalComma(text);
    }

    /** @return the tag columns of the current row, by name */
    public Map<String, String> tags() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int col : tagCols) {
            out.put(csv.header().name(col), csv.fault() == null ? csv.field(col) : "");
        }
        return out;
    }
}
