package org.carbonledger.factors.desnz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Region;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.PublishedGwp;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factors.internal.BundledTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.quantity.UnitParser;

/**
 * The DESNZ rows beyond the Fuels, electricity and T&amp;D sheets, for one edition: bioenergy
 * (sheet "Bioenergy" and its "Outside of scopes" biogenic CO2), the biogenic CO2 of the forecourt
 * fuels blended with biofuel ("Outside of scopes"), and the GWPs of refrigerants and other gases
 * ("Refrigerant &amp; other"). docs/factors.md, "desnz-2025, desnz-2024", says what each ships.
 */
final class DesnzSupplement {
    /** Bioenergy and outside-of-scopes rows (2024 flat file IDs, 2025 sheet cells). */
    static final String BIOENERGY = "/org/carbonledger/factors/desnz_bioenergy_outside_of_scopes_2024_2025.csv";
    /** Refrigerant &amp; other rows (2024 flat file IDs, 2025 sheet cells). */
    static final String REFRIGERANTS = "/org/carbonledger/factors/desnz_refrigerants_2024_2025.csv";
    private static final String BIOENERGY_MAP = "/org/carbonledger/factors/desnz-bioenergy-map.csv";
    private static final String REFRIGERANT_MAP = "/org/carbonledger/factors/desnz-refrigerant-map.csv";
    private static final Region GB = Region.parse("GB");

    private DesnzSupplement() {
    }

    /**
     * Adds the edition's bioenergy, blend and refrigerant factors.
     *
     * @param edition "2024" or "2025"
     * @param info the table
     * @param out where to add them
     */
    static void load(String edition, TableInfo info, BundledTable.Builder out) {
        bioenergy(edition, info, out);
        refrigerants(edition, info, out);
    }

    private static Map<String, List<ActivityId>> map(String resource, String key) {
        Map<String, List<ActivityId>> map = new HashMap<>();
        try (CsvReader csv = BundledTable.open(DesnzSupplement.class, resource)) {
            var h = csv.header();
            int name = h.require(key);
            int activity = h.require("activity");
            while (csv.next()) {
                map.computeIfAbsent(csv.field(name), k -> new ArrayList<>()).add(ActivityId.of(csv.field(activity)));
            }
        }
        return map;
    }

    /** The denominator of a unit cell ("kg CO2e per tonnes"): our unit symbol and its basis. */
    private record Per(String symbol, CalorificBasis basis) {
    }

    private static Per per(String unit, String resource, long row) {
        String d = unit.substring(unit.lastIndexOf(" per ") + " per ".length());
        return switch (d) {
            case "tonnes" -> new Per("t", null);
            case "kg" -> new Per("kg", null);
            case "litres" -> new Per("L", null);
            // "Bioenergy factors are on a net CV basis" (2025 sheet Bioenergy, A8); the outside-of-scopes
            // energy factors likewise (the 2025 sheet's guidance)
            case "kWh" -> new Per("kWh", CalorificBasis.NET);
            case "GJ" -> new Per("GJ", CalorificBasis.NET);
            default -> throw new IllegalStateException(resource + " row " + row + ": unknown denominator '" + d + "'");
        };
    }

    private static void bioenergy(String edition, TableInfo info, BundledTable.Builder out) {
        Map<String, List<ActivityId>> ids = map(BIOENERGY_MAP, "name");
        UnitParser units = UnitParser.standard();
        try (CsvReader csv = BundledTable.open(DesnzSupplement.class, BIOENERGY)) {
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
            while (csv.next()) {
                if (!csv.field(ed).startsWith(edition + " ")) {
                    continue;
                }
                String group = csv.field(category).startsWith("Outside of scopes") ? "Outside of scopes" : "Bioenergy";
                List<ActivityId> targets = ids.get(group + " / " + csv.field(activity));
                if (targets == null) {
                    continue; // not mapped: biofuels, grass and straw, the electricity memo item (docs/factors.md)
                }
                if (!csv.field(region).equals("UK")) {
                    throw new IllegalStateException(BIOENERGY + " row " + csv.row() + ": expected region UK");
                }
                if (BundledTable.withholds(csv.field(confidence))) {
                    out.withhold(csv.field(activity) + ", " + csv.field(unit) + ": " + csv.field(confidence));
                    continue;
                }
                Per p = per(csv.field(unit), BIOENERGY, csv.row());
                boolean biogenic = group.equals("Outside of scopes");
                if (biogenic != csv.field(gas).startsWith("CO2 (biogenic")
                        || (!biogenic && !csv.field(gas).equals("CO2e total"))) {
                    throw new IllegalStateException(BIOENERGY + " row " + csv.row() + ": unexpected gas " + csv.field(gas));
                }
                BigDecimal exact = new BigDecimal(csv.field(value));
                String reference = place(csv.field(table)) + ": " + csv.field(category) + ", '" + csv.field(activity)
                        + "', '" + csv.field(unit) + "' = " + csv.field(value)
                        + (biogenic ? "" : " (CH4 and N2O together, AR5)") + " (bundled data row " + csv.row() + " of "
                        + BIOENERGY.substring(BIOENERGY.lastIndexOf('/') + 1) + ")";
                FactorSource source = new FactorSource(info.id(), info.edition(), info.document(), reference,
                        csv.field(category) + " / " + csv.field(activity), csv.field(confidence));
                for (ActivityId id : targets) {
                    out.add(new EmissionFactor(id, biogenic ? Gas.CO2 : Gas.CO2E, exact.doubleValue(),
                            units.parseRate("kg/" + p.symbol()), p.basis(), GB, null, null, null, source, "", exact,
                            biogenic, biogenic ? null : new PublishedGwp("AR5", 1, "the value is kg CO2e of CH4 and"
                            + " N2O under the AR5 GWPs the workbook states (CH4 28, N2O 265)")));
                }
            }
        }
    }

    private static void refrigerants(String edition, TableInfo info, BundledTable.Builder out) {
        Map<String, List<ActivityId>> ids = map(REFRIGERANT_MAP, "name");
        Map<String, Gas> gases = new HashMap<>();
        try (CsvReader csv = BundledTable.open(DesnzSupplement.class, REFRIGERANT_MAP)) {
            var h = csv.header();
            int name = h.require("name");
            int gas = h.require("gas");
            while (csv.next()) {
                gases.put(csv.field(name), Gas.parse(csv.field(gas)));
            }
        }
        var perKg = UnitParser.standard().parseRate("kg/kg");
        try (CsvReader csv = BundledTable.open(DesnzSupplement.class, REFRIGERANTS)) {
            var h = csv.header();
            int ed = h.require("edition");
            int table = h.require("table");
            int activity = h.require("activity");
            int value = h.require("value");
            int unit = h.require("unit");
            int confidence = h.require("confidence");
            while (csv.next()) {
                String u = csv.field(unit);
                // the Kyoto column: 2025 "(Kyoto products only)", 2024 "(Emissions including only Kyoto products)"
                boolean kyoto = u.endsWith("(Kyoto products only)") || u.endsWith("(Emissions including only Kyoto products)");
                if (!csv.field(ed).startsWith(edition + " ") || !kyoto) {
                    continue;
                }
                List<ActivityId> targets = ids.get(csv.field(activity));
                if (targets == null) {
                    continue; // R-290, R-1234yf, R-1234ze: not mapped (desnz-refrigerant-map.csv says why)
                }
                if (BundledTable.withholds(csv.field(confidence))) {
                    out.withhold(csv.field(activity) + ": " + csv.field(confidence));
                    continue;
                }
                String place = place(csv.field(table));
                String gwpText = "GWP-100 of " + csv.field(activity) + " = " + csv.field(value) + " " + u
                        + " (AR5 basis) (bundled data row " + csv.row() + " of "
                        + REFRIGERANTS.substring(REFRIGERANTS.lastIndexOf('/') + 1) + ")";
                String reference = place + ": " + gwpText;
                FactorSource source = new FactorSource(info.id(), info.edition(), info.document(),
                        place + ": 1 kg released per kg released; " + gwpText, "Refrigerant & other / " + csv.field(activity),
                        csv.field(confidence));
                for (ActivityId id : targets) {
                    out.add(new EmissionFactor(id, gases.get(csv.field(activity)), 1, perKg, null, GB, null, null, null,
                            source, "", BigDecimal.ONE, false, new PublishedGwp("AR5",
                            Double.parseDouble(csv.field(value)), reference)));
                }
            }
        }
    }

    /**
     * Writes the publisher's place as the other DESNZ references do: {@code 'Bioenergy'!D75} for a
     * workbook cell ("sheet 'Bioenergy', cell D75"), {@code flat file ID 2_105_1047_15_1} for a
     * flat-file row ("sheet 'Factors by Category'; ID 2_105_1047_15_1").
     */
    static String place(String table) {
        var cell = java.util.regex.Pattern.compile("sheet '([^']+)', cell ([A-Z]+\\d+)").matcher(table);
        if (cell.matches()) {
            return "'" + cell.group(1) + "'!" + cell.group(2);
        }
        var id = java.util.regex.Pattern.compile("sheet 'Factors by Category'; ID (\\d+(?:_\\d+)+)").matcher(table);
        if (id.matches()) {
            return "flat file ID " + id.group(1);
        }
        throw new IllegalStateException("no cell or flat-file ID in '" + table + "'");
    }
}
