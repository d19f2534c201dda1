package org.carbonledger.factors.china;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * China's grid electricity CO2 factors, in two series that are never mixed.
 *
 * <ul>
 *   <li>{@code cn-ets-2023}: the national grid average emission factor for ETS reporting, 0.5703 t
 *       CO2/MWh (2022 data), set by the MEE notice of February 2023 on the power sector's 2023–2025
 *       reports; region {@code CN}, valid for activity in 2023–2025.</li>
 *   <li>{@code cn-mee-nbs}: the MEE/NBS statistical electricity CO2 factors (announcements for data
 *       years 2021, 2022 and 2023): national average, regional grids ({@code CN-GRID-NORTH} ...) and
 *       provinces (ISO 3166-2, {@code CN-YN}), each row valid for its data year only; the national
 *       average excluding market-traded non-fossil electricity as {@code electricity/residual_mix},
 *       never {@code electricity/grid}. Rows of medium confidence or better only.</li>
 *   <li>{@code cn-mee-nbs-provincial}, opt-in: the MEE/NBS rows whose transcription confidence is
 *       low or low-medium (most provincial values and the 2021 regional values, read from one
 *       third-party file); chain it before {@code cn-mee-nbs}.</li>
 * </ul>
 * CO2 only: the releases publish no CH4 or N2O, and the resolver asks only for the gases a table
 * lists. The names and regions are data ({@code cn-mee-map.csv}, {@code cn-regions.csv}). Rows
 * whose confidence starts with CONFLICT or SUSPECT are withheld (none). Thread-safe; data parsed
 * once, on first use.
 */
public final class ChinaGridTable extends BundledTable {
    /** Id of the ETS reporting factor table. */
    public static final String ETS_ID = "cn-ets-2023";
    /** Id of the MEE/NBS statistical factor table. */
    public static final String MEE_NBS_ID = "cn-mee-nbs";
    /** Id of the opt-in table of low-confidence MEE/NBS rows. */
    public static final String PROVINCIAL_ID = "cn-mee-nbs-provincial";

    private static final String DATA = "/org/carbonledger/factors/china_mee_electricity_factors.csv";
    private static final String MAP = "/org/carbonledger/factors/cn-mee-map.csv";
    private static final String REGIONS = "/org/carbonledger/factors/cn-regions.csv";
    private static final String GRIDS = "/org/carbonledger/factors/cn-grids.csv";
    private static final String PUBLISHER = "Ministry of Ecology and Environment of the People's Republic of China (MEE)";
    private static final String MEE_NBS_PUBLISHER = PUBLISHER + " and National Bureau of Statistics (NBS)";
    private static final String LICENCE = "Chinese government notices: no formal open licence; factual values published"
            + " for use in emissions accounting, reproduced with citation";
    private static final String MEE_NBS_DOCUMENT = "MEE/NBS announcements of electricity CO2 emission factors: data year"
            + " 2021 (Announcement 2024 No. 12, 12 April 2024), data year 2022 (20 December 2024), data year 2023"
            + " (about January 2026)";

    private static final ChinaGridTable ETS = new ChinaGridTable(new TableInfo(ETS_ID,
            "China MEE national grid average emission factor for ETS reporting", PUBLISHER, "2023 notice (2022 data)",
            "MEE notice on the 2023-2025 greenhouse gas emission reports of power generation enterprises"
                    + " (关于做好2023—2025年发电行业企业温室气体排放报告管理有关工作的通知, February 2023)",
            LICENCE, "Source: Ministry of Ecology and Environment of the People's Republic of China",
            LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), null,
            "China's national grid average CO2 factor for ETS reporting, 0.5703 t CO2/MWh (2022 data), for activity"
                    + " in 2023-2025. A different series from the MEE/NBS statistical factors (cn-mee-nbs); never"
                    + " chained with it. Medium confidence: read from a news copy of the notice."),
            "ets", false);

    private static final ChinaGridTable MEE_NBS = new ChinaGridTable(new TableInfo(MEE_NBS_ID,
            "China MEE/NBS electricity CO2 emission factors", MEE_NBS_PUBLISHER, "data years 2021-2023",
            MEE_NBS_DOCUMENT, LICENCE, "Source: Ministry of Ecology and Environment and National Bureau of Statistics,"
                    + " People's Republic of China",
            LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), null,
            "China's statistical electricity CO2 factors, each row valid for its data year (2021, 2022, 2023): national"
                    + " average (electricity/grid), national residual mix excluding market-traded non-fossil"
                    + " electricity (electricity/residual_mix), regional grids (CN-GRID-...) and provinces (CN-..)"
                    + " of medium confidence or better. Low and low-medium confidence rows are in the opt-in"
                    + " cn-mee-nbs-provincial. CO2 only.", MEE_NBS_ID),
            "mee-nbs", false);

    private static final ChinaGridTable PROVINCIAL = new ChinaGridTable(new TableInfo(PROVINCIAL_ID,
            "China MEE/NBS electricity CO2 factors, low-confidence rows (opt-in)", MEE_NBS_PUBLISHER,
            "data years 2021-2022", MEE_NBS_DOCUMENT, LICENCE, "Source: Ministry of Ecology and Environment and National"
                    + " Bureau of Statistics, People's Republic of China",
            LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), null,
            "OPT-IN, LOW CONFIDENCE: MEE/NBS provincial factors (2021, 2022) and regional-grid factors (2021) whose"
                    + " values were read from a single unidentified third-party file (low-medium confidence), not"
                    + " from the official announcements. Not in the default chain; chain it before cn-mee-nbs"
                    + " (--tables cn-mee-nbs-provincial,cn-mee-nbs) to use it. Each row valid for its data year. CO2 only.",
            MEE_NBS_ID), "mee-nbs", true);

    private final String series;
    private final boolean lowConfidence;

    private ChinaGridTable(TableInfo info, String series, boolean lowConfidence) {
        super(info);
        this.series = series;
        this.lowConfidence = lowConfidence;
    }

    /** The regional grid of each province that belongs to one ({@code cn-grids.csv}); read once. */
    private static final class Grids {
        static final Map<Region, Region> OF = load();

        private static Map<Region, Region> load() {
            Map<Region, Region> out = new HashMap<>();
            try (CsvReader csv = open(ChinaGridTable.class, GRIDS)) {
                var h = csv.header();
                int region = h.require("region");
                int grid = h.require("grid");
                while (csv.next()) {
                    out.put(Region.parse(csv.field(region)), Region.parse(csv.field(grid)));
                }
            }
            return Map.copyOf(out);
        }
    }

    /**
     * Gives a province's lineage through its regional grid ({@code CN-SD}, {@code CN-GRID-NORTH},
     * {@code CN}, global), as MEE/NBS divide the country (docs/factors.md, "Regions"); other regions
     * keep their own lineage.
     */
    @Override
    public List<Region> lineage(Region region) {
        Region grid = Grids.OF.get(region);
        if (grid == null) {
            return region.lineage();
        }
        List<Region> out = new ArrayList<>(region.lineage());
        out.add(1, grid);
        return List.copyOf(out);
    }

    /** @return the {@code cn-ets-2023} table */
    public static ChinaGridTable ets2023() {
        return ETS;
    }

    /** @return the {@code cn-mee-nbs} table */
    public static ChinaGridTable meeNbs() {
        return MEE_NBS;
    }

    /** @return the opt-in {@code cn-mee-nbs-provincial} table */
    public static ChinaGridTable meeNbsProvincial() {
        return PROVINCIAL;
    }

    /** Tells whether a confidence note is low or low-medium, which ships only in the opt-in table. */
    static boolean isLow(String confidence) {
        return confidence.startsWith("low");
    }

    @Override
    protected void load(Builder out) {
        Map<String, ActivityId> activities = new HashMap<>();
        Map<String, String> seriesOf = new HashMap<>();
        try (CsvReader csv = open(ChinaGridTable.class, MAP)) {
            var h = csv.header();
            int source = h.require("source_activity");
            int s = h.require("series");
            int activity = h.require("activity");
            while (csv.next()) {
                activities.put(csv.field(source), ActivityId.of(csv.field(activity)));
                seriesOf.put(csv.field(source), csv.field(s));
            }
        }
        Map<String, Region> regions = new HashMap<>();
        try (CsvReader csv = open(ChinaGridTable.class, REGIONS)) {
            var h = csv.header();
            int source = h.require("source_region");
            int region = h.require("region");
            while (csv.next()) {
                regions.put(csv.field(source), Region.parse(csv.field(region)));
            }
        }
        UnitParser units = UnitParser.standard();
        try (CsvReader csv = open(ChinaGridTable.class, DATA)) {
            var h = csv.header();
            int source = h.require("source");
            int edition = h.require("edition");
            int activity = h.require("activity");
            int region = h.require("region");
            int gas = h.require("gas");
            int value = h.require("value");
            int unit = h.require("unit");
            int confidence = h.require("confidence");
            int notes = h.require("notes");
            while (csv.next()) {
                String name = csv.field(activity);
                ActivityId id = activities.get(name);
                Region r = regions.get(csv.field(region));
                if (id == null || r == null) {
                    throw new IllegalStateException(DATA + " row " + csv.row() + ": '" + name + "' in '"
                            + csv.field(region) + "' has no line in " + (id == null ? MAP : REGIONS));
                }
                String conf = csv.field(confidence);
                if (!seriesOf.get(name).equals(series) || (series.equals("mee-nbs") && isLow(conf) != lowConfidence)) {
                    continue;
                }
                String line = csv.field(edition) + ", " + name + ", " + csv.field(region) + " = " + csv.field(value);
                if (withholds(conf)) {
                    out.withhold(line + ": " + conf);
                    continue;
                }
                if (!csv.field(unit).startsWith("kg CO2/kWh")) {
                    throw new IllegalStateException(DATA + " row " + csv.row() + ": unexpected unit " + csv.field(unit));
                }
                RateUnit rate = units.parseRate("kg/kWh");
                LocalDate from = null;
                LocalDate to = null;
                if (series.equals("mee-nbs")) {
                    int year = Integer.parseInt(csv.field(edition).replace("data year ", "").strip());
                    from = LocalDate.of(year, 1, 1);
                    to = LocalDate.of(year, 12, 31);
                }
                String reference = csv.field(source) + ", " + csv.field(edition) + ", " + name + ", "
                        + csv.field(region) + ", " + csv.field(value) + " " + csv.field(unit) + "; read from: "
                        + csv.field(notes) + " (data row " + csv.row() + ")";
                FactorSource src = new FactorSource(info().id(), info().edition(), csv.field(source), reference,
                        name + " (" + csv.field(region) + ")", conf);
                out.add(new EmissionFactor(id, Gas.parse(csv.field(gas)), Double.parseDouble(csv.field(value)), rate,
                        null, r, null, from, to, src, ""));
            }
        }
    }
}
