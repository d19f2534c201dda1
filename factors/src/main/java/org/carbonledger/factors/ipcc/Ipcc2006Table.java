package org.carbonledger.factors.ipcc;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Sector;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitParser;

/**
 * {@code ipcc-2006}: the 2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2
 * Energy, default factors for stationary combustion (global, on net calorific values).
 *
 * <ul>
 *   <li>Ch. 1 Table 1.2: default net calorific values (TJ/Gg), used to take a fuel mass to energy;</li>
 *   <li>Ch. 1 Table 1.4: default CO2 emission factors (kg/TJ), for every sector;</li>
 *   <li>Ch. 2 Tables 2.2 (energy industries), 2.3 (manufacturing and construction), 2.4
 *       (commercial/institutional) and 2.5 (residential and agriculture/forestry/fishing): default
 *       CH4 and N2O factors (kg/TJ), by sector.</li>
 * </ul>
 * Data: {@code ipcc2006_vol2_energy_defaults.csv}, every row with its table, confidence and the
 * transcriptions it was read from (see that file and docs/factors.md); the
 * names of our activity ids in each chapter are data in {@code ipcc-2006-map.csv}. Rows whose
 * confidence starts with CONFLICT or SUSPECT are not shipped; where that leaves a fuel without
 * one of its gases in a sector, the fuel has no factor in that sector, never a zero (Jet gasoline,
 * commercial: its CH4 value of 100 kg/TJ is marked SUSPECT). The 2019 Refinement made no
 * refinement to these tables. Thread-safe; the data is parsed once, on first use.
 */
public final class Ipcc2006Table implements FactorTable {
    /** The table id. */
    public static final String ID = "ipcc-2006";

    private static final String DATA = "/org/carbonledger/factors/ipcc2006_vol2_energy_defaults.csv";
    private static final String MAP = "/org/carbonledger/factors/ipcc-2006-map.csv";
    private static final String DOCUMENT = "2006 IPCC Guidelines for National Greenhouse Gas Inventories, Volume 2 Energy";
    private static final Ipcc2006Table INSTANCE = new Ipcc2006Table();

    private static final TableInfo INFO = new TableInfo(ID, "IPCC 2006 Guidelines, Vol. 2 Energy: stationary combustion defaults",
            "Intergovernmental Panel on Climate Change (IPCC), National Greenhouse Gas Inventories Programme", "2006",
            DOCUMENT, "IPCC copyright; default values reproduced as facts with citation",
            "Source: 2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2, Ch. 1 Tables 1.2 and 1.4,"
                    + " Ch. 2 Tables 2.2-2.5 (IGES, Japan, for the IPCC)",
            LocalDate.of(2006, 1, 1), null, null,
            "Global default net calorific values (Table 1.2), CO2 factors (Table 1.4) and CH4/N2O factors for stationary"
                    + " combustion by sector (Tables 2.2-2.5), net calorific basis. Values transcribed from secondary"
                    + " sources (medium confidence); SUSPECT and CONFLICT rows withheld.");

    private volatile Data data;

    private Ipcc2006Table() {
    }

    /** @return the table */
    public static Ipcc2006Table instance() {
        return INSTANCE;
    }

    @Override
    public TableInfo info() {
        return INFO;
    }

    @Override
    public Set<ActivityId> activities() {
        return data().factors.keySet();
    }

    @Override
    public List<EmissionFactor> factors(ActivityId activity) {
        return data().factors.getOrDefault(activity, List.of());
    }

    @Override
    public List<Conversion> conversions(ActivityId activity) {
        return data().conversions.getOrDefault(activity, List.of());
    }

    /** @return what was withheld and why, one line per row; for reports and tests */
    public List<String> withheld() {
        return data().withheld;
    }

    private Data data() {
        Data d = data;
        if (d == null) {
            synchronized (this) {
                d = data;
                if (d == null) {
                    d = load();
                    data = d;
                }
            }
        }
        return d;
    }

    private record Data(Map<ActivityId, List<EmissionFactor>> factors, Map<ActivityId, List<Conversion>> conversions,
            List<String> withheld) {
    }

    private record Row(long line, String table, String activity, String gas, double value, String unit,
            String confidence, String notes) {
    }

    private static Data load() {
        List<Row> rows = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        try (CsvReader csv = open(DATA)) {
            var h = csv.header();
            int table = h.require("table");
            int activity = h.require("activity");
            int gas = h.require("gas");
            int value = h.require("value");
            int unit = h.require("unit");
            int confidence = h.require("confidence");
            int notes = h.require("notes");
            while (csv.next()) {
                Row r = new Row(csv.row(), csv.field(table), csv.field(activity), csv.field(gas),
                        Double.parseDouble(csv.field(value)), csv.field(unit), csv.field(confidence), csv.field(notes));
                if (r.confidence.startsWith("CONFLICT") || r.confidence.startsWith("SUSPECT")) {
                    withheld.add(r.activity + ", " + r.table + ", " + r.gas + " = " + csv.field(value) + ": " + r.confidence);
                } else {
                    rows.add(r);
                }
            }
        }
        Map<ActivityId, List<EmissionFactor>> factors = new LinkedHashMap<>();
        Map<ActivityId, List<Conversion>> conversions = new LinkedHashMap<>();
        UnitParser units = UnitParser.standard();
        try (CsvReader csv = open(MAP)) {
            var h = csv.header();
            int activity = h.require("activity");
            int ch1 = h.require("chapter1_name");
            int ch2 = h.require("chapter2_names");
            while (csv.next()) {
                ActivityId id = ActivityId.of(csv.field(activity));
                String name1 = csv.field(ch1);
                Set<String> names2 = new LinkedHashSet<>(List.of(csv.field(ch2).split(";")));
                List<EmissionFactor> fs = new ArrayList<>();
                List<Conversion> cs = new ArrayList<>();
                Map<String, String> seen = new HashMap<>();
                for (Row r : rows) {
                    boolean chapter1 = r.table.startsWith("Ch.1") && r.activity.equals(name1);
                    boolean chapter2 = r.table.startsWith("Ch.2") && names2.contains(r.activity);
                    if (!chapter1 && !chapter2) {
                        continue;
                    }
                    RateUnit unit = units.parseRatio(firstWord(r.unit).equals("kg")
                            ? "kg/" + firstWord(r.unit.substring(r.unit.indexOf('/') + 1))
                            : firstWord(r.unit));
                    FactorSource source = new FactorSource(ID, INFO.edition(), DOCUMENT,
                            "Vol. 2 " + r.table.replace(" default NCV", "").replace(" default CO2 EF", "")
                                    + pages(r.notes) + " (bundled data row " + r.line + ")",
                            r.activity, r.confidence);
                    if (r.table.contains("Table 1.2")) {
                        cs.add(new Conversion(id, r.value, unit, CalorificBasis.NET, Region.GLOBAL, null, null, source));
                    } else if (r.table.contains("Table 1.4")) {
                        fs.add(new EmissionFactor(id, Gas.CO2, r.value, unit, CalorificBasis.NET, Region.GLOBAL, null,
                                null, null, source, ""));
                    } else if (chapter2) {
                        Sector sector = sectorOf(r.table);
                        String key = sector + "/" + r.gas;
                        String previous = seen.put(key, r.activity);
                        if (previous != null) {
                            throw new IllegalStateException(MAP + ": " + id + " matches two " + r.gas + " rows in "
                                    + r.table + " (" + previous + ", " + r.activity + ")");
                        }
                        fs.add(new EmissionFactor(id, Gas.parse(r.gas), r.value, unit, CalorificBasis.NET, Region.GLOBAL,
                                sector, null, null, source, ""));
                    }
                }
                if (fs.isEmpty()) {
                    throw new IllegalStateException(MAP + ": " + id + " matches no factor row");
                }
                factors.put(id, List.copyOf(fs));
                conversions.put(id, List.copyOf(cs));
            }
        }
        Set<ActivityId> sorted = new TreeSet<>(factors.keySet());
        Map<ActivityId, List<EmissionFactor>> orderedF = new LinkedHashMap<>();
        Map<ActivityId, List<Conversion>> orderedC = new LinkedHashMap<>();
        for (ActivityId id : sorted) {
            orderedF.put(id, factors.get(id));
            orderedC.put(id, conversions.get(id));
        }
        return new Data(Collections.unmodifiableMap(orderedF), Collections.unmodifiableMap(orderedC), List.copyOf(withheld));
    }

    private static final Pattern PAGES = Pattern.compile("pp\\.\\s?(\\d+\\.\\d+-\\d+\\.\\d+)");

    /**
     * The pages of the Guidelines a row's notes cite (Chapter 1 rows: "pp.1.18-1.24", the pages the
     * transcription states it read Tables 1.2-1.4 from); the data give none for Chapter 2, and none is made up.
     */
    static String pages(String notes) {
        Matcher m = PAGES.matcher(notes);
        return m.find() ? ", pp. " + m.group(1) + " (as the transcription cites them)"
                : ", page not in the bundled data";
    }

    private static Sector sectorOf(String table) {
        for (Sector s : Sector.values()) {
            if (table.contains(s.ipccTable())) {
                return s;
            }
        }
        throw new IllegalStateException("no sector for " + table);
    }

    private static CsvReader open(String name) {
        InputStream in = Ipcc2006Table.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from the carbonledger-factors jar");
        }
        return CsvReader.withComments(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }

    /** @return the text up to its first space, or all of it */
    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
