package org.carbonledger.factors.epa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Region;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factors.internal.BundledTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitParser;

/**
 * {@code epa-hub-2025}: the US EPA GHG Emission Factors Hub, 2025 edition (last modified January
 * 15, 2025), for the United States ({@code US}) and its eGRID subregions ({@code US-CAMX} ...),
 * valid for activity in 2025.
 *
 * <ul>
 *   <li>Table 1, stationary combustion: kg CO2, g CH4 and g N2O per mmBtu on gross (higher) heating
 *       value, and per short ton, scf or US gallon, as published; the heat contents (mmBtu per
 *       short ton, scf or gallon, HHV) ship as conversions.</li>
 *   <li>Non-road mobile combustion, {@code mobile/non_road/<equipment>/<fuel>}: CO2 per gallon from
 *       Table 2 by fuel, CH4 and N2O per gallon from Table 5 by equipment and fuel. On-road vehicles
 *       (Tables 3 and 4) are priced per vehicle-mile, which Carbon Ledger cannot express yet, so they
 *       are left out rather than priced on CO2 alone.</li>
 *   <li>Table 6, eGRID2023 subregion output emission rates (data year 2023, released January 2025),
 *       lb per MWh: total output as {@code electricity/grid}; non-baseload as
 *       {@code electricity/grid_non_baseload}, which is never a residual mix. {@code US Average} is
 *       the country {@code US}; subregion {@code CAMX} is {@code US-CAMX}.</li>
 *   <li>Table 7, steam and heat (natural gas at 80 % efficiency), per mmBtu delivered:
 *       {@code steam/purchased} and {@code heat/purchased}.</li>
 * </ul>
 * Our ids for the Hub's names are data in {@code epa-hub-2025-map.csv}. Only one calorific basis
 * (gross), so {@link TableInfo#defaultBasis()} is null: an energy amount of unstated basis is taken
 * on gross, and one stated as net is refused (the Hub publishes no net/gross ratio). Rows whose
 * confidence starts with CONFLICT or SUSPECT are withheld with the other gases of their fuel and
 * unit (none in this edition). Thread-safe; data parsed once, on first use.
 */
public final class EpaHub2025Table extends BundledTable {
    /** The table id. */
    public static final String ID = "epa-hub-2025";

    private static final String DATA = "/org/carbonledger/factors/epa_ghg_emission_factors_hub_2025.csv";
    private static final String MAP = "/org/carbonledger/factors/epa-hub-2025-map.csv";
    private static final String DOCUMENT = "US EPA GHG Emission Factors Hub, 2025 (last modified January 15, 2025;"
            + " ghg-emission-factors-hub-2025.xlsx); Table 6 from eGRID2023 (data year 2023, January 2025)";

    /**
     * The first day of activity the table serves. The Hub is republished each January for the
     * inventories organisations prepare that year, which report the calendar year before: this
     * edition's sheet 'Emission Factors Hub' reads "Last Modified: January 15, 2025" (cell F3) and
     * "Blue text indicates an update from the 2024 version of this document" (cell C4), so it is the
     * edition for reporting year 2024 as well as 2025. The workbook states no validity of its own;
     * this is our reading of its dates, documented in docs/factors.md.
     */
    static final LocalDate VALID_FROM = LocalDate.of(2024, 1, 1);

    private static final EpaHub2025Table INSTANCE = new EpaHub2025Table();

    private EpaHub2025Table() {
        super(new TableInfo(ID, "US EPA GHG Emission Factors Hub 2025 (eGRID2023, data year 2023)",
                "US Environmental Protection Agency (EPA), Center for Corporate Climate Leadership",
                "2025 (eGRID2023, data year 2023)", DOCUMENT,
                "Public domain (US federal government work, 17 U.S.C. 105)",
                "Source: US EPA, GHG Emission Factors Hub (2025); eGRID2023",
                VALID_FROM, LocalDate.of(2025, 12, 31), null,
                "US factors for activity in 2024 and 2025 (see validFrom): stationary combustion per mmBtu (gross/HHV) and per short ton, scf"
                        + " or gallon (Table 1); non-road mobile combustion per gallon (Tables 2 and 5; on-road, per"
                        + " vehicle-mile, not included); eGRID2023 subregion electricity, total output (electricity/grid)"
                        + " and non-baseload kept apart (electricity/grid_non_baseload, never a residual mix), data year"
                        + " 2023; purchased steam and heat (Table 7)."));
    }

    /** @return the table */
    public static EpaHub2025Table instance() {
        return INSTANCE;
    }

    private record Line(ActivityId activity, String table, String category, String name) {
        boolean matches(Row r) {
            return r.table.startsWith(table + " ") && (category.isEmpty() || r.category.equals(category))
                    && (name.isEmpty() || r.name.equals(name));
        }
    }

    private record Row(long line, String table, String category, String name, String region, String gas, String value,
            String unit, String confidence, String notes) {
    }

    /** EPA's unit words, our symbols. */
    private static final Map<String, String> SYMBOLS = Map.of("mmBtu", "mmBtu", "short ton", "short ton", "gallon",
            "US gallon", "scf", "scf", "MWh", "MWh", "kg", "kg", "g", "g", "lb", "lb");

    @Override
    protected void load(Builder out) {
        List<Line> lines = new ArrayList<>();
        try (CsvReader csv = open(EpaHub2025Table.class, MAP)) {
            var h = csv.header();
            int activity = h.require("activity");
            int table = h.require("table");
            int category = h.require("category");
            int name = h.require("name");
            while (csv.next()) {
                lines.add(new Line(ActivityId.of(csv.field(activity)), csv.field(table), csv.field(category),
                        csv.field(name)));
            }
        }
        List<Row> rows = new ArrayList<>();
        try (CsvReader csv = open(EpaHub2025Table.class, DATA)) {
            var h = csv.header();
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
                rows.add(new Row(csv.row(), csv.field(table), csv.field(category), csv.field(activity),
                        csv.field(region), csv.field(gas), csv.field(value), csv.field(unit), csv.field(confidence),
                        csv.field(notes)));
            }
        }
        // An activity loses every gas of a unit when one of them is withheld (even one that comes from another
        // Hub table, as a non-road id's CH4 from Table 5 pairs with its CO2 from Table 2): never a silent zero.
        Set<String> withheldGroups = new HashSet<>();
        for (Line l : lines) {
            for (Row r : rows) {
                if (l.matches(r) && withholds(r.confidence)) {
                    withheldGroups.add(l.activity + "|" + r.region + "|" + denominator(r.unit));
                    out.withhold(l.activity + ": " + r.table + ", " + r.name + ", " + r.gas + " = " + r.value + " "
                            + r.unit + ": " + r.confidence + "; every gas of " + l.activity + " per "
                            + denominator(r.unit) + " withheld");
                }
            }
        }
        UnitParser units = UnitParser.standard();
        Set<Long> used = new HashSet<>();
        for (Line l : lines) {
            boolean any = false;
            for (Row r : rows) {
                if (!l.matches(r)) {
                    continue;
                }
                any = true;
                used.add(r.line);
                if (withheldGroups.contains(l.activity + "|" + r.region + "|" + denominator(r.unit))) {
                    continue;
                }
                RateUnit unit = units.parseRatio(symbol(r.unit));
                boolean hhv = r.table.startsWith("Table 1 ");
                CalorificBasis basis = hhv && unit.activity().symbol().equals("mmBtu") ? CalorificBasis.GROSS : null;
                String reference = r.table + ", " + r.category.replace('\n', ' ') + ", " + r.gas + " " + r.value + " "
                        + r.unit + (hhv ? " (HHV)" : "") + (r.table.startsWith("Table 6 ") ? " (eGRID2023, data year 2023)"
                        : "") + " (data row " + r.line + ")";
                FactorSource source = new FactorSource(ID, info().edition(), DOCUMENT, reference, r.name, r.confidence);
                Region region = region(r.region);
                double value = Double.parseDouble(r.value);
                if (r.gas.equals("heat content (HHV)")) {
                    out.add(new Conversion(l.activity, value, unit, CalorificBasis.GROSS, region, null, null, source));
                } else {
                    out.add(new EmissionFactor(l.activity, Gas.parse(r.gas), value, unit,
                            unit.activity().kind() == org.carbonledger.quantity.UnitKind.ENERGY ? basis : null, region,
                            null, null, null, source, ""));
                }
            }
            if (!any) {
                throw new IllegalStateException(MAP + ": " + l + " matches no row of " + DATA);
            }
        }
        for (Row r : rows) {
            if (!used.contains(r.line)) {
                throw new IllegalStateException(DATA + " row " + r.line + " (" + r.table + ", " + r.name
                        + ") has no line in " + MAP + "; map it or filter it out of the resource with a comment");
            }
        }
    }

    private static String denominator(String unit) {
        int per = unit.indexOf(" per ");
        return per >= 0 ? unit.substring(per + 5) : unit.substring(unit.indexOf('/') + 1);
    }

    /** {@code kg CO2 per mmBtu} to {@code kg/mmBtu}; {@code lb CO2/MWh} to {@code lb/MWh}. */
    private static String symbol(String unit) {
        String numerator = unit.substring(0, unit.indexOf(' '));
        String mass = SYMBOLS.get(numerator);
        String activity = SYMBOLS.get(denominator(unit));
        if (mass == null || activity == null) {
            throw new IllegalStateException(DATA + ": unknown EPA unit '" + unit + "'");
        }
        return mass + "/" + activity;
    }

    /**
     * eGRID's subregions partition the United States: a US sub-region not among them is unknown
     * (a typo such as {@code US-XXXX}), never priced at the US average.
     */
    @Override
    public java.util.Optional<java.util.Set<Region>> subRegionsOf(Region country) {
        if (!country.id().equals("US")) {
            return java.util.Optional.empty();
        }
        java.util.Set<Region> out = new java.util.TreeSet<>(java.util.Comparator.comparing(Region::id));
        for (ActivityId a : activities()) {
            for (EmissionFactor f : factors(a)) {
                if (f.region().depth() == 2) {
                    out.add(f.region());
                }
            }
        }
        return java.util.Optional.of(java.util.Set.copyOf(out));
    }

    /** docs/design.md §4: {@code US Average} and {@code US} are the country; an eGRID subregion gets the prefix. */
    private static Region region(String text) {
        if (text.equals("US") || text.equals("US Average")) {
            return Region.parse("US");
        }
        if (!text.matches("[A-Z]{4}")) {
            throw new IllegalStateException(DATA + ": unexpected region '" + text + "'");
        }
        return Region.parse("US-" + text);
    }
}
