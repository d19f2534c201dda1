package org.carbonledger.factors.desnz;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Region;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factors.internal.BundledTable;
import org.carbonledger.factors.internal.PublisherReferences;
import org.carbonledger.ghg.Gas;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitParser;

/**
 * {@code desnz-2025} and {@code desnz-2024}: the UK Government GHG conversion factors for company
 * reporting, published by the Department for Energy Security and Net Zero (DESNZ), for Great
 * Britain ({@code GB}; DESNZ writes {@code UK}), valid for activity in the edition's calendar year.
 *
 * <ul>
 *   <li>Fuels: per tonne, per kWh on net and on gross calorific value, per litre and per cubic
 *       metre, as published; our ids through {@code desnz-map.csv}.</li>
 *   <li>UK electricity generated: {@code electricity/grid} (scope 2); transmission and distribution
 *       of UK electricity: {@code electricity/td_losses} (scope 3); distribution losses of district
 *       heat and steam: {@code heat/td_losses}. Per kWh of electricity or heat, no calorific basis.</li>
 * </ul>
 *
 * <p><b>Gas masses.</b> DESNZ publishes each gas in kg CO2e, under the AR5 GWPs the workbooks state
 * ("AR5 GWPs (CH4 28, N2O 265)", the notes of every row): CH4 and N2O masses here are the published
 * values divided by 28 and 265; CO2 is published as kg CO2e of CO2, which is kg of CO2. The
 * published "CO2e total" is not shipped as a factor: it is the check that the gases recombine
 * (within the fifth-decimal rounding of the workbook, e.g. UK electricity 2025: 0.17489 + 0.0009 +
 * 0.00122 = 0.17701 against a total of 0.17700). Every factor's reference quotes the published
 * CO2e value and the GWP it was divided by, and starts with the value's place in the publisher's file:
 * the 2025 workbook's cell ({@code 'Fuels'!E42}), the 2024 flat file's factor ID (and its cell), or
 * "cell not located" (docs/factors.md, "References").
 *
 * <p><b>Calorific basis.</b> Fuels are published per kWh on both net and gross CV; an energy
 * amount of unstated basis is taken on the <em>gross</em> basis ({@link TableInfo#defaultBasis()}),
 * as UK gas and fuel bills are on gross CV, and the trace says so. A cubic metre of natural gas is
 * DESNZ's: gas at the UK standard reference conditions its methodology uses (15 °C, 1013.25 mbar),
 * i.e. as metered and billed, so it prices amounts in {@code m3}, not {@code Nm3} (0 °C).
 *
 * <p><b>Beyond fuels and electricity</b> ({@code DesnzSupplement}): bioenergy (wood logs, chips
 * and pellets, biogas, landfill gas, biomethane), whose CH4 and N2O DESNZ publishes as one kg CO2e
 * figure under AR5 ({@link Gas#CO2E}, counted under AR5 only) and whose CO2 is biogenic; the
 * biogenic CO2 of the forecourt blends ({@code fuel/diesel_biofuel_blend},
 * {@code fuel/petrol_biofuel_blend}), from the "Outside of scopes" sheet, reported apart; and the
 * refrigerants and other gases of "Refrigerant &amp; other", 1 kg released per kg with the GWP
 * DESNZ publishes (R-410A 1924 under AR5).
 *
 * <p>Rows whose confidence starts with CONFLICT or SUSPECT are withheld with every other gas of
 * their fuel and unit (none in the 2024 and 2025 data). Thread-safe; data parsed once, on first use.
 */
public final class DesnzTable extends BundledTable {
    /** Id of the 2025 edition. */
    public static final String ID_2025 = "desnz-2025";
    /** Id of the 2024 edition. */
    public static final String ID_2024 = "desnz-2024";

    /** AR5 GWP of CH4 the workbooks state and their CO2e values use (AR5 WG1 Table 8.A.1). */
    public static final double AR5_CH4 = 28;
    /** AR5 GWP of N2O the workbooks state and their CO2e values use (AR5 WG1 Table 8.A.1). */
    public static final double AR5_N2O = 265;

    /** The bundled data, as collected (docs/factors.md, "desnz-2025, desnz-2024"). */
    public static final String DATA = "/org/carbonledger/factors/desnz_conversion_factors_2024_2025.csv";
    private static final String MAP = "/org/carbonledger/factors/desnz-map.csv";
    /** Where each data row's value stands in the publisher's workbook (docs/factors.md, "References"). */
    private static final String REFERENCES = "/org/carbonledger/factors/desnz-references.csv";
    private static final String PUBLISHER = "UK Department for Energy Security and Net Zero (DESNZ)";
    private static final String LICENCE = "Open Government Licence v3.0";
    private static final String ATTRIBUTION = "© Crown copyright, Department for Energy Security and Net Zero."
            + " Contains public sector information licensed under the Open Government Licence v3.0";

    /**
     * The series of every edition: DESNZ's guidance is to use the factors labelled with the calendar
     * year the activity data is from (2025 condensed set, sheet Introduction, cell A38), so each
     * edition is valid for its year, and a record of a year after the newest is priced by the newest,
     * flagged, never by another publisher's factors.
     */
    public static final String SERIES = "desnz";

    private static final DesnzTable EDITION_2025 = new DesnzTable(new TableInfo(ID_2025,
            "UK DESNZ GHG conversion factors 2025", PUBLISHER, "2025 v1",
            "UK Government GHG Conversion Factors for Company Reporting 2025, condensed set, version 1"
                    + " (conversion-factors-2025.xlsx)",
            LICENCE, ATTRIBUTION, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), CalorificBasis.GROSS,
            "UK (GB) factors for activity in 2025: fuels per tonne, litre, cubic metre and kWh on net and gross CV"
                    + " (gross by default, as UK bills are on gross CV); UK electricity generated (electricity/grid)"
                    + " and its transmission and distribution (electricity/td_losses); district heat and steam"
                    + " distribution losses. Per-gas masses from the published kg CO2e values divided by the AR5"
                    + " GWPs the workbook states (CH4 28, N2O 265).", SERIES),
            "2025");

    private static final DesnzTable EDITION_2024 = new DesnzTable(new TableInfo(ID_2024,
            "UK DESNZ GHG conversion factors 2024", PUBLISHER, "2024 v1.1",
            "UK Government GHG Conversion Factors for Company Reporting 2024, flat file, version 1.1"
                    + " (ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx)",
            LICENCE, ATTRIBUTION, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), CalorificBasis.GROSS,
            "UK (GB) factors for activity in 2024: fuels per tonne, litre, cubic metre and kWh on net and gross CV"
                    + " (gross by default, as UK bills are on gross CV); UK electricity generated (electricity/grid)"
                    + " and its transmission and distribution (electricity/td_losses); district heat and steam"
                    + " distribution losses. Per-gas masses from the published kg CO2e values divided by the AR5"
                    + " GWPs the workbook states (CH4 28, N2O 265).", SERIES),
            "2024");

    private static final Region GB = Region.parse("GB");

    private final String edition;

    private DesnzTable(TableInfo info, String edition) {
        super(info);
        this.edition = edition;
    }

    /** @return the {@code desnz-2025} table */
    public static DesnzTable edition2025() {
        return EDITION_2025;
    }

    /** @return the {@code desnz-2024} table */
    public static DesnzTable edition2024() {
        return EDITION_2024;
    }

    private record Row(long line, String table, String category, String name, String gas, String value, String unit,
            String confidence) {
    }

    /** The activity denominator of a DESNZ unit cell: our unit symbol and the calorific basis. */
    private record Denominator(String symbol, CalorificBasis basis) {
    }

    private static final Map<String, Denominator> DENOMINATORS = Map.of(
            "tonnes", new Denominator("t", null),
            "litres", new Denominator("L", null),
            "cubic metres", new Denominator("m3", null),
            "kWh", new Denominator("kWh", null),
            "kWh (Net CV)", new Denominator("kWh", CalorificBasis.NET),
            "kWh (Gross CV)", new Denominator("kWh", CalorificBasis.GROSS));

    @Override
    protected void load(Builder out) {
        Map<String, List<ActivityId>> map = new HashMap<>();
        try (CsvReader csv = open(DesnzTable.class, MAP)) {
            var h = csv.header();
            int activity = h.require("activity");
            int ed = h.require("edition");
            int category = h.require("category");
            int name = h.require("name");
            while (csv.next()) {
                if (csv.field(ed).equals(edition)) {
                    map.computeIfAbsent(csv.field(category) + "|" + csv.field(name), k -> new ArrayList<>())
                            .add(ActivityId.of(csv.field(activity)));
                }
            }
        }
        // Rows grouped by (category, name, unit denominator): CO2e total, CO2, CH4, N2O.
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        try (CsvReader csv = open(DesnzTable.class, DATA)) {
            var h = csv.header();
            int ed = h.require("edition");
            int table = h.require("table");
            int category = h.require("category");
            int activity = h.require("activity");
            int region = h.require("region");
            int gas = h.require("gas");
            int value = h.require("value");
            int unit = h.require("unit");
            int confidence = h.require("confidence");
            int notes = h.require("notes");
            while (csv.next()) {
                if (!csv.field(ed).startsWith(edition + " ")) {
                    continue;
                }
                if (!csv.field(region).equals("UK") || !csv.field(notes).startsWith("AR5 GWPs")) {
                    throw new IllegalStateException(DATA + " row " + csv.row() + ": expected region UK and AR5 GWPs");
                }
                Row r = new Row(csv.row(), csv.field(table), csv.field(category), csv.field(activity), csv.field(gas),
                        csv.field(value), csv.field(unit), csv.field(confidence));
                groups.computeIfAbsent(r.category + "|" + r.name + "|" + denominator(r.unit), k -> new ArrayList<>())
                        .add(r);
            }
        }
        PublisherReferences places = PublisherReferences.load(DesnzTable.class, REFERENCES, "edition", "category",
                "activity", "gas", "unit");
        UnitParser units = UnitParser.standard();
        Set<String> used = new HashSet<>();
        for (List<Row> group : groups.values()) {
            Row first = group.get(0);
            String key = first.category + "|" + first.name;
            List<ActivityId> ids = map.get(key);
            if (ids == null) {
                throw new IllegalStateException(MAP + " has no " + edition + " line for DESNZ '" + first.category + "', '"
                        + first.name + "' (" + DATA + " row " + first.line + ")");
            }
            used.add(key);
            List<String> bad = group.stream().filter(r -> withholds(r.confidence))
                    .map(r -> r.gas + " (" + r.confidence + ")").toList();
            if (!bad.isEmpty()) {
                out.withhold(first.name + ", " + denominator(first.unit) + ": every gas withheld because of " + bad);
                continue;
            }
            Denominator d = DENOMINATORS.get(denominator(first.unit));
            if (d == null) {
                throw new IllegalStateException(DATA + " row " + first.line + ": unknown DESNZ unit '" + first.unit + "'");
            }
            RateUnit rate = units.parseRate("kg/" + d.symbol);
            for (Row r : group) {
                double gwp;
                switch (r.gas) {
                    case "CO2e total" -> {
                        continue;
                    }
                    case "CO2" -> gwp = 1;
                    case "CH4" -> gwp = AR5_CH4;
                    case "N2O" -> gwp = AR5_N2O;
                    default -> throw new IllegalStateException(DATA + " row " + r.line + ": unknown gas " + r.gas);
                }
                // the gas mass as an exact decimal: the published CO2e over the integer GWP (to 34
                // significant digits where the quotient does not terminate)
                BigDecimal exact = new BigDecimal(r.value).divide(BigDecimal.valueOf((long) gwp), MathContext.DECIMAL128)
                        .stripTrailingZeros();
                // the workbook's cell (2025) or the flat file's factor ID (2024); our CSV row only as a second pointer;
                // the published value in plain decimal (the transcription keeps the workbook's "9e-05")
                String place = places.of(r.value, edition, r.category, r.name, r.gas, r.unit);
                String reference = (place.equals(PublisherReferences.NOT_LOCATED) ? place + ", " + r.table : place)
                        + ": " + r.category + ", " + r.name + ", '" + r.unit + "' = "
                        + new BigDecimal(r.value).toPlainString()
                        + (gwp == 1 ? "" : " kg CO2e ÷ AR5 GWP " + (int) gwp) + " (bundled data row " + r.line + ")";
                // The 2024 flat file names a row by its path ("Gaseous fuels / Natural gas"); 2025 likewise.
                String sourceName = r.name.contains(" / ") ? r.name : r.category + " / " + r.name;
                FactorSource source = new FactorSource(info().id(), info().edition(), info().document(), reference,
                        sourceName, r.confidence);
                for (ActivityId id : ids) {
                    out.add(new EmissionFactor(id, Gas.parse(r.gas), exact.doubleValue(), rate, d.basis, GB,
                            null, null, null, source, "", exact));
                }
            }
        }
        if (!used.containsAll(map.keySet())) {
            Set<String> unused = new HashSet<>(map.keySet());
            unused.removeAll(used);
            throw new IllegalStateException(MAP + ": " + edition + " lines match no data row: " + unused);
        }
        DesnzSupplement.load(edition, info(), out);
    }

    /**
     * Reads the activity denominator of a DESNZ unit cell: 2025 writes {@code kg CO2e of CH4 per
     * kWh (Net CV)}, 2024 {@code kg CO2e of CH4 per unit (kWh (Net CV))} or {@code kg CO2e (tonnes)}.
     */
    static String denominator(String unit) {
        int perUnit = unit.indexOf(" per unit (");
        if (perUnit >= 0) {
            return unit.substring(perUnit + " per unit (".length(), unit.length() - 1);
        }
        int per = unit.indexOf(" per ");
        if (per >= 0) {
            return unit.substring(per + " per ".length());
        }
        int open = unit.indexOf('(');
        if (open >= 0 && unit.endsWith(")")) {
            return unit.substring(open + 1, unit.length() - 1);
        }
        return unit;
    }
}
