package org.carbonledger.cbam;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;

/**
 * The CBAM default values of Implementing Regulation (EU) 2025/2621: Annex I by country and good,
 * Annex IV (the highest value per good, for precursors whose country of production is unknown,
 * Art. 1(5)), and their lookup rules.
 *
 * <p><b>Version.</b> The bundled rows ({@link #bundled()}) are the <em>original</em> 2025/2621
 * values: Annex I as the Commission's workbook "DVs as adopted_v20260204.xlsx" (version 1,
 * 2026-02-04) stores them, Annex IV as the Official Journal (OJ L, 31.12.2025, pp. 2355 to 2400)
 * prints it. Implementing Regulation (EU) 2026/1740 replaced both annexes with effect from
 * 2026-01-01; a user who needs the values in force loads them with {@link #read(Path)} and
 * {@link #withOverrides(DefaultValues)}, whose rows win over the bundled ones.
 *
 * <p><b>Lookup</b> ({@link #annexI(String, String)}):
 * <ul>
 *   <li>the key is the 10-digit TARIC code for clinker (2523 10 00 10 white, 90 grey) and hydraulic
 *       cements (2523 90 00 10 white, 90 grey), the CN code otherwise; a bare 2523 10 00 or
 *       2523 90 00 is refused as ambiguous;
 *   <li>a code matches its own row, or else the longest published code that begins it; a heading
 *       row ("see below") is never a match: the sub-heading must be given;
 *   <li>where the country is not listed, or its row has no value ("–", "_", "-", blank), the row
 *       of "Other countries and territories" is taken whole (direct, indirect, total and route
 *       together), as the Annex I preamble requires, and the result says so;
 *   <li>"N/A" in the indirect column (steel, aluminium, hydrogen) means no indirect value is published.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class DefaultValues {

    /** The name of the fallback table of Annex I. */
    public static final String OTHER_COUNTRIES = "Other Countries and Territories";

    private static final Set<String> NO_VALUE = Set.of("–", "_", "-", "", "see below");
    private static final Set<String> NOT_PUBLISHED = Set.of("n/a", "n.a.", "n/(a");
    /** The TARIC keys of clinker and hydraulic cements (IR (EU) 2026/1740), by published description. */
    private static final Map<String, String> TARIC = Map.of(
            "25231000|white clinker", "2523100010", "25231000|grey clinker", "2523100090",
            "25239000|white hydraulic cements", "2523900010", "25239000|grey hydraulic cements", "2523900090");

    /** One published row, values as text. */
    private record Row(String country, AggregatedGoods.Sector sector, String key, String description, String direct,
            String indirect, String total, String route, String source, Map<Integer, BigDecimal> printed) {
        boolean isHeading() {
            return total.strip().equalsIgnoreCase("see below");
        }

        boolean hasValue() {
            return isNumber(direct) && isNumber(total) && (isNumber(indirect) || notPublished(indirect));
        }
    }

    private final Map<String, Map<String, Row>> annexI;
    private final Map<String, Row> annexIV;
    private final String description;

    private DefaultValues(Map<String, Map<String, Row>> annexI, Map<String, Row> annexIV, String description) {
        this.annexI = annexI;
        this.annexIV = annexIV;
        this.description = description;
    }

    private static final class Bundled {
        static final DefaultValues VALUES = new DefaultValues(
                readAnnexI(open("annex-i-default-values-2025-2621-v1.csv"), "annex-i-default-values-2025-2621-v1.csv"),
                readAnnexIV(open("annex-iv-default-values-2025-2621.csv"), "annex-iv-default-values-2025-2621.csv"),
                "IR (EU) 2025/2621 as adopted (Annex I: Commission workbook v1 of 2026-02-04; Annex IV: OJ L,"
                        + " 31.12.2025), before the corrections of IR (EU) 2026/1740");

        private static InputStreamReader open(String name) {
            InputStream in = DefaultValues.class.getResourceAsStream(name);
            return new InputStreamReader(Objects.requireNonNull(in, name), StandardCharsets.UTF_8);
        }
    }

    /**
     * The bundled default values: the original 2025/2621 Annexes I and IV (see the class comment
     * for the version caveat). Read once, lazily.
     *
     * @return the bundled values
     */
    public static DefaultValues bundled() {
        return Bundled.VALUES;
    }

    /**
     * Reads a user's Annex I file, such as the values as corrected by IR (EU) 2026/1740. CSV,
     * header row, columns in any order: required {@code country}, {@code cn_code} (digits, spaces
     * allowed), {@code description}, {@code direct}, {@code indirect}, {@code total}; optional
     * {@code taric_code} (10 digits; required for clinker and hydraulic cements, else taken from the
     * description as in the bundled rows), {@code route}. Values are decimals with {@code .}, or
     * "–" (no value: fall back), or "N/A" (indirect not published). The sector comes from the CN
     * code (Annex I to Regulation (EU) 2023/956).
     *
     * @param file the CSV file
     * @return its values (no Annex IV rows)
     * @throws InvalidCbamInputException naming the file, row, column and value of a bad row
     */
    public static DefaultValues read(Path file) {
        try (CsvReader csv = CsvReader.open(file)) {
            return new DefaultValues(readAnnexI(csv), Map.of(), "user file " + file.getFileName());
        } catch (CsvFormatException e) {
            throw new InvalidCbamInputException(file.toString(), e.getMessage());
        }
    }

    /**
     * These values with another set's rows winning: a row of {@code overrides} replaces the row of
     * the same country and key; its countries not listed here are added. Annex IV rows are kept
     * unless {@code overrides} has its own.
     *
     * @param overrides the values that win, such as a user's corrected file
     * @return the combined values
     */
    public DefaultValues withOverrides(DefaultValues overrides) {
        Map<String, Map<String, Row>> merged = new LinkedHashMap<>();
        annexI.forEach((c, rows) -> merged.put(c, new LinkedHashMap<>(rows)));
        overrides.annexI.forEach((c, rows) -> merged.computeIfAbsent(c, k -> new LinkedHashMap<>()).putAll(rows));
        Map<String, Row> iv = new LinkedHashMap<>(annexIV);
        iv.putAll(overrides.annexIV);
        return new DefaultValues(merged, iv, overrides.description + ", over " + description);
    }

    /** @return what these values are: edition and any user file, for results */
    public String description() {
        return description;
    }

    /**
     * The Annex I default value of a good produced in a country.
     *
     * @param country the country or territory as Annex I names it (case ignored)
     * @param code the CN code (8 digits), or the 10-digit TARIC code for clinker and hydraulic cements
     * @return the row used, with {@link DefaultValue#fallback()} true if it is the row of "Other
     *     countries and territories"
     * @throws InvalidCbamInputException if the code is not a CBAM good, is a bare clinker or
     *     hydraulic-cement CN code, names a heading, or no row (nor fallback row) has a value
     */
    public DefaultValue annexI(String country, String code) {
        Objects.requireNonNull(country, "country");
        String k = normaliseCode(code);
        String where = "default value of " + k + " for " + country;
        Map<String, Row> rows = annexI.get(norm(country));
        Map<String, Row> other = annexI.get(norm(OTHER_COUNTRIES));
        Row row = rows == null ? null : match(rows, k, where);
        if (row != null && row.hasValue()) {
            return value("Annex I", row, country, false);
        }
        Row fallback = other == null ? null : match(other, k, where);
        if (fallback == null) {
            throw new InvalidCbamInputException(where, "no row of Annex I to IR (EU) 2025/2621 publishes code " + k
                    + (rows == null ? " (and " + country + " is not listed)" : ""));
        }
        if (!fallback.hasValue()) {
            throw new InvalidCbamInputException(where, "neither " + country + " nor \"" + OTHER_COUNTRIES
                    + "\" has a value for " + k + " (" + fallback.source() + ")");
        }
        return value("Annex I", fallback, country, true);
    }

    /**
     * The Annex IV default value of a good: the highest value, for a precursor whose country of
     * production cannot be identified (IR (EU) 2025/2621, Art. 1(5)). Annex IV publishes a total
     * only.
     *
     * @param code the CN code, or the TARIC code for clinker and hydraulic cements
     * @return the row
     * @throws InvalidCbamInputException if the code is not published, is a bare clinker or cement
     *     code, or names a heading
     */
    public DefaultValue annexIV(String code) {
        String k = normaliseCode(code);
        Row row = match(annexIV, k, "Annex IV default value of " + k);
        if (row == null || !isNumber(row.total())) {
            throw new InvalidCbamInputException("Annex IV default value of " + k,
                    "Annex IV to IR (EU) 2025/2621 publishes no value for " + k);
        }
        return value("Annex IV", row, "", false);
    }

    private static String normaliseCode(String code) {
        String k = Objects.requireNonNull(code, "code").replace(" ", "");
        if (!CnCodes.isCbamGood(k)) {
            throw new InvalidCbamInputException("default value of " + code, "\"" + code
                    + "\" is not a CN code of a good in Annex I to Regulation (EU) 2023/956");
        }
        if (k.equals("25231000") || k.equals("25239000")) {
            throw new InvalidCbamInputException("default value of " + code, "CN " + code + " covers a white and a grey"
                    + " good with different default values; give the TARIC code: " + k + "10 (white) or " + k
                    + "90 (grey)");
        }
        return k;
    }

    /** The row whose key is the code, or else the longest key that begins it; null if none. */
    private static Row match(Map<String, Row> rows, String code, String where) {
        Row best = rows.get(code);
        if (best == null) {
            for (Row r : rows.values()) {
                if (code.startsWith(r.key()) && (best == null || r.key().length() > best.key().length())) {
                    best = r;
                }
            }
        }
        if (best != null && best.isHeading()) {
            throw new InvalidCbamInputException(where, best.key() + " (" + best.description() + ") is a heading whose"
                    + " sub-headings carry the values (\"see below\"); give the 8-digit CN code of the good");
        }
        return best;
    }

    private static DefaultValue value(String annex, Row r, String requested, boolean fallback) {
        return new DefaultValue(annex, r.country(), requested, r.sector(), r.key(), r.description(),
                isNumber(r.direct()) ? new BigDecimal(r.direct().strip()) : null,
                isNumber(r.indirect()) ? new BigDecimal(r.indirect().strip()) : null,
                new BigDecimal(r.total().strip()), r.route(), r.source(), fallback, r.printed());
    }

    private static boolean isNumber(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");
    }

    private static boolean notPublished(String s) {
        return NOT_PUBLISHED.contains(s.strip().toLowerCase(Locale.ROOT));
    }

    private static String norm(String country) {
        return country.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Map<String, Row>> readAnnexI(InputStreamReader in, String name) {
        try (CsvReader csv = CsvReader.of(in, name)) {
            return readAnnexI(csv);
        }
    }

    private static Map<String, Map<String, Row>> readAnnexI(CsvReader csv) {
        int country = csv.header().require("country");
        int cn = csv.header().require("cn_code");
        int desc = csv.header().require("description");
        int dir = csv.header().require("direct");
        int ind = csv.header().require("indirect");
        int tot = csv.header().require("total");
        OptionalInt taric = csv.header().find("taric_code");
        if (taric.isEmpty()) {
            taric = csv.header().find("taric_code_2026_1740");
        }
        OptionalInt route = csv.header().find("route");
        OptionalInt sectorColumn = csv.header().find("sector");
        OptionalInt srcSheet = csv.header().find("source_sheet");
        OptionalInt srcRow = csv.header().find("source_row");
        Map<String, Map<String, Row>> out = new LinkedHashMap<>();
        while (csv.next()) {
            if (csv.isBlank()) {
                continue;
            }
            String where = csv.source() + ", row " + csv.row();
            String code = csv.field(cn).replace(" ", "");
            String description = csv.field(desc).strip();
            if (!code.matches("[0-9]{4,10}")) {
                throw new InvalidCbamInputException(where + ", column cn_code", "\"" + csv.field(cn)
                        + "\" is not a CN code; accepted: 4 to 10 digits, spaces allowed");
            }
            // A row whose code is outside Annex I to Regulation (EU) 2023/956 is kept but can never be
            // looked up (annexI refuses such codes): the v1 workbook's Tunisia sheet lists 7615 goods.
            AggregatedGoods.Sector sector = CnCodes.sector(code).or(() -> sectorColumn.isPresent()
                    ? AggregatedGoods.Sector.find(csv.field(sectorColumn.getAsInt())) : java.util.Optional.empty())
                    .orElseThrow(() -> new InvalidCbamInputException(where + ", column cn_code", "\"" + csv.field(cn)
                            + "\" is not a CN code of a good in Annex I to Regulation (EU) 2023/956"));
            String key = taric.isPresent() && !csv.field(taric.getAsInt()).isBlank()
                    ? csv.field(taric.getAsInt()).replace(" ", "")
                    : TARIC.getOrDefault(code + "|" + description.toLowerCase(Locale.ROOT), code);
            if ((key.equals("25231000") || key.equals("25239000"))) {
                throw new InvalidCbamInputException(where + ", column taric_code", "CN " + code + " needs its 10-digit"
                        + " TARIC code (" + code + "10 white, " + code + "90 grey)");
            }
            for (int col : new int[] {dir, ind, tot}) {
                String v = csv.field(col).strip();
                if (!isNumber(v) && !NO_VALUE.contains(v.toLowerCase(Locale.ROOT)) && !notPublished(v)) {
                    throw new InvalidCbamInputException(where + ", column " + csv.header().name(col), "\"" + v
                            + "\" is not a value; accepted: a decimal with '.', \"–\" for no value, \"N/A\"");
                }
            }
            String c = csv.field(country).strip();
            String source = where + (srcSheet.isPresent() && srcRow.isPresent() ? " (workbook sheet "
                    + csv.field(srcSheet.getAsInt()) + ", row " + csv.field(srcRow.getAsInt()) + ")" : "");
            Row row = new Row(c, sector, key, description, csv.field(dir), csv.field(ind),
                    csv.field(tot), route.isPresent() ? csv.field(route.getAsInt()).strip() : "", source, Map.of());
            if (out.computeIfAbsent(norm(c), x -> new LinkedHashMap<>()).put(key, row) != null) {
                throw new InvalidCbamInputException(where, "a second row for " + c + " and " + key);
            }
        }
        return out;
    }

    private static Map<String, Row> readAnnexIV(InputStreamReader in, String name) {
        Map<String, Row> out = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.of(in, name)) {
            int cn = csv.header().require("cn_code");
            int desc = csv.header().require("description");
            int high = csv.header().require("highest_default_value");
            int m26 = csv.header().require("published_2026_incl_markup");
            int m27 = csv.header().require("published_2027_incl_markup");
            int m28 = csv.header().require("published_2028_onwards_incl_markup");
            int route = csv.header().require("route");
            while (csv.next()) {
                String code = csv.field(cn).replace(" ", "");
                String description = csv.field(desc).strip();
                String key = TARIC.getOrDefault(code + "|" + description.toLowerCase(Locale.ROOT), code);
                Map<Integer, BigDecimal> printed = new HashMap<>();
                if (isNumber(csv.field(m26))) {
                    printed.put(2026, new BigDecimal(csv.field(m26).strip()));
                    printed.put(2027, new BigDecimal(csv.field(m27).strip()));
                    printed.put(2028, new BigDecimal(csv.field(m28).strip()));
                }
                out.put(key, new Row("", CnCodes.sector(code).orElseThrow(), key, description, "",
                        "", csv.field(high), csv.field(route).strip(), name + ", row " + csv.row(), printed));
            }
        }
        return out;
    }
}
