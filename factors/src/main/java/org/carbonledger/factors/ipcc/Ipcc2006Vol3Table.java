package org.carbonledger.factors.ipcc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Region;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factors.internal.BundledTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitParser;

/**
 * {@code ipcc-2006-vol3}: Tier 1 default factors for industrial process emissions from the 2006
 * IPCC Guidelines for National Greenhouse Gas Inventories, Volume 3 (Industrial Processes and
 * Product Use), per tonne of product, global.
 *
 * <ul>
 *   <li>Ch. 2: cement clinker (0.52 t CO2/t clinker, the 2 % cement-kiln-dust correction
 *       incorporated, as the EFDB row states), lime by type, glass (Tier 1 and by type, Table 2.6);</li>
 *   <li>Ch. 3: ammonia (Table 3.1, modern plants, conventional reforming of natural gas: 1.694 t
 *       CO2/t NH3), nitric acid N2O by plant type (Table 3.3, per tonne of 100 % acid);</li>
 *   <li>Ch. 4: iron and steel (Table 4.1; sinter CH4 of Table 4.2), primary aluminium by cell
 *       type (CO2 of Table 4.10 with CF4 and C2F6 of Table 4.15).</li>
 * </ul>
 * Data: {@code ipcc2006_vol3_ippu_defaults_efdb.csv}, read from an export of the IPCC Emission
 * Factor Database (EFDB) of the 2006 Guidelines' records; every row names its EFDB EF ID and the
 * table or equation the EFDB cites, and the values were not checked again against the Volume 3
 * PDF (docs/factors.md). Our ids name EFDB rows in {@code ipcc-2006-vol3-map.csv}. Rows whose
 * confidence starts with CONFLICT or SUSPECT are withheld (the five EFDB ammonia rows that hold a
 * fuel requirement under a t CO2/t unit). These are scope 1 process emissions: the fuel the plant
 * burns is a combustion activity of its own. Thread-safe; the data is parsed once, on first use.
 */
public final class Ipcc2006Vol3Table extends BundledTable {
    /** The table id. */
    public static final String ID = "ipcc-2006-vol3";

    /** The bundled data, as collected (docs/factors.md, "ipcc-2006-vol3"). */
    public static final String DATA = "/org/carbonledger/factors/ipcc2006_vol3_ippu_defaults_efdb.csv";
    private static final String MAP = "/org/carbonledger/factors/ipcc-2006-vol3-map.csv";
    private static final String DOCUMENT = "2006 IPCC Guidelines for National Greenhouse Gas Inventories, Volume 3"
            + " Industrial Processes and Product Use (values read from an IPCC Emission Factor Database export)";
    private static final Pattern EF_ID = Pattern.compile("EFDB EF ID (\\d+)");

    private static final Ipcc2006Vol3Table INSTANCE = new Ipcc2006Vol3Table();

    private Ipcc2006Vol3Table() {
        super(new TableInfo(ID, "IPCC 2006 Guidelines, Vol. 3 IPPU: Tier 1 process defaults",
                "Intergovernmental Panel on Climate Change (IPCC), National Greenhouse Gas Inventories Programme",
                "2006", DOCUMENT, "IPCC copyright; default values reproduced as facts with citation",
                "Source: 2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 3, Ch. 2 (cement, lime,"
                        + " glass), Ch. 3 Tables 3.1 and 3.3 (ammonia, nitric acid), Ch. 4 Tables 4.1, 4.2, 4.10 and"
                        + " 4.15 (iron and steel, aluminium) (IGES, Japan, for the IPCC), via the IPCC Emission Factor"
                        + " Database",
                LocalDate.of(2006, 1, 1), null, null,
                "Global Tier 1 process emission factors per tonne of product: cement clinker, lime, glass, ammonia,"
                        + " nitric acid (N2O), iron and steel, primary aluminium (CO2, CF4, C2F6). Read from an IPCC"
                        + " EFDB export, not re-checked against the Volume 3 PDF; SUSPECT rows withheld."));
    }

    /** @return the table */
    public static Ipcc2006Vol3Table instance() {
        return INSTANCE;
    }

    private record Row(long line, String table, String activity, String gas, String value, String unit,
            String confidence) {
    }

    @Override
    protected void load(Builder out) {
        Map<String, Row> byId = new HashMap<>();
        try (CsvReader csv = open(Ipcc2006Vol3Table.class, DATA)) {
            var h = csv.header();
            int table = h.require("table");
            int activity = h.require("activity");
            int gas = h.require("gas");
            int value = h.require("value");
            int unit = h.require("unit");
            int confidence = h.require("confidence");
            int notes = h.require("notes");
            while (csv.next()) {
                Matcher m = EF_ID.matcher(csv.field(notes));
                if (!m.find()) {
                    throw new IllegalStateException(DATA + " row " + csv.row() + ": no EFDB EF ID in its notes");
                }
                Row r = new Row(csv.row(), csv.field(table), csv.field(activity), csv.field(gas), csv.field(value),
                        csv.field(unit), csv.field(confidence));
                if (byId.put(m.group(1), r) != null) {
                    throw new IllegalStateException(DATA + " row " + csv.row() + ": EFDB EF ID " + m.group(1) + " twice");
                }
                if (withholds(r.confidence)) {
                    out.withhold("EFDB EF ID " + m.group(1) + ", " + r.activity + " = " + r.value + " " + r.unit + ": "
                            + r.confidence);
                }
            }
        }
        UnitParser units = UnitParser.standard();
        Set<String> seen = new HashSet<>();
        try (CsvReader csv = open(Ipcc2006Vol3Table.class, MAP)) {
            var h = csv.header();
            int activity = h.require("activity");
            int efdbId = h.require("efdb_id");
            while (csv.next()) {
                String efId = csv.field(efdbId);
                Row r = byId.get(efId);
                if (r == null) {
                    throw new IllegalStateException(MAP + " row " + csv.row() + ": no EFDB EF ID " + efId + " in " + DATA);
                }
                if (withholds(r.confidence)) {
                    throw new IllegalStateException(MAP + " row " + csv.row() + ": EFDB EF ID " + efId
                            + " is withheld (" + r.confidence + ")");
                }
                ActivityId id = ActivityId.of(csv.field(activity));
                if (!seen.add(id + "|" + r.gas)) {
                    throw new IllegalStateException(MAP + " row " + csv.row() + ": a second " + r.gas + " factor for " + id);
                }
                RateUnit rate = units.parseRate(massOf(r) + "/t");
                String reference = "Vol. 3, " + r.table.replace("Volume 3, ", "") + ": " + r.activity + " = " + r.value
                        + " " + r.unit + " (EFDB EF ID " + efId + "; data row " + r.line + ")";
                FactorSource source = new FactorSource(ID, info().edition(), info().document(), reference, r.activity,
                        r.confidence);
                BigDecimal exact = new BigDecimal(r.value);
                out.add(new EmissionFactor(id, Gas.parse(r.gas), exact.doubleValue(), rate, null, Region.GLOBAL, null,
                        null, null, source, "", exact));
            }
        }
    }

    /** @return the mass unit of a row's numerator: "t" for tonnes of gas, "kg" for kilograms */
    private static String massOf(Row r) {
        String u = r.unit.toLowerCase(java.util.Locale.ROOT);
        if (!u.contains("/tonne")) {
            throw new IllegalStateException(DATA + " row " + r.line + ": unit '" + r.unit + "' is not per tonne of product");
        }
        if (u.startsWith("tonne")) {
            return "t";
        }
        if (u.startsWith("kg ")) {
            return "kg";
        }
        throw new IllegalStateException(DATA + " row " + r.line + ": unit '" + r.unit + "' is not a mass of gas per"
                + " tonne of product");
    }
}
