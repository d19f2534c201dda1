package org.carbonledger.factors;

import java.util.ArrayList;
import java.util.List;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.Scope;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.FactorChain;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.NetGrossRatio;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factor.spi.FactorTableProvider;
import org.carbonledger.factors.china.ChinaGridTable;
import org.carbonledger.factors.desnz.DesnzTable;
import org.carbonledger.factors.epa.EpaHub2025Table;
import org.carbonledger.factors.fugitive.ReleasedGasTable;
import org.carbonledger.factors.ipcc.Ipcc2006Table;
import org.carbonledger.factors.ipcc.Ipcc2006Vol3Table;
import org.carbonledger.ghg.MethaneOrigin;
import org.carbonledger.internal.DecimalText;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitParser;

/**
 * The factor tables and activity catalogue that ship with Carbon Ledger.
 *
 * <p>Registered in {@code META-INF/services}; also usable directly:
 * <pre>{@code
 * FactorRegistry registry = FactorRegistry.discover();
 * FactorChain chain = BuiltInTables.defaultChain(registry);
 * }</pre>
 * Thread-safe; tables load their data lazily, once.
 */
public final class BuiltInTables implements FactorTableProvider {
    /**
     * The documented default chain (docs/design.md §4): the most specific publishers first, the global
     * defaults last.
     *
     * <ol>
     *   <li>{@code desnz-2025}, {@code desnz-2024}: UK DESNZ, region GB, each valid for its calendar
     *       year (the newer first, so that a record without a period takes the current edition);</li>
     *   <li>{@code epa-hub-2025}: US EPA Hub, region US and eGRID subregions, valid for 2024 and 2025
     *       (the edition published in January 2025, for the inventories of reporting year 2024 and
     *       of 2025);</li>
     *   <li>{@code cn-mee-nbs}: China MEE/NBS statistical grid factors, region CN, its regional grids
     *       and provinces, each row valid for its data year (2021-2023);</li>
     *   <li>{@code ipcc-2006}: IPCC 2006 global defaults for combustion, the only table that prices
     *       a combustion record without a region;</li>
     *   <li>{@code ipcc-2006-vol3}: IPCC 2006 Vol. 3 Tier 1 process emissions ({@code process/...}),
     *       global; no other table prices them;</li>
     *   <li>{@code released-gases}: fugitive releases by mass ({@code fugitive/...}), global, after
     *       DESNZ so that a GB refrigerant takes the GWP DESNZ publishes.</li>
     * </ol>
     * The publishers' regions do not overlap, so their order among themselves changes no result;
     * each prices only its own region, and anything else falls through to IPCC or is reported as
     * not covered. A record in a publisher's region but dated outside its editions never falls
     * through to IPCC because of its date (the edition policy, {@code FactorResolver}): after the
     * newest edition it is priced by the newest, flagged {@code latest_edition}; before the oldest
     * it is rejected, naming the editions.
     *
     * <p>Of the two Chinese series, which cover the same activity and region, the chain holds
     * {@code cn-mee-nbs}: it is the series MEE and NBS publish for enterprises' accounting of
     * purchased electricity, it has regional and provincial detail and a factor per data year, and
     * its national average (0.5306 kg/kWh for 2023) is the location-based grid average the GHG
     * Protocol asks for. {@code cn-ets-2023} (0.5703, for power-sector ETS reports of 2023-2025) is
     * a compliance factor: name it explicitly ({@code --tables cn-ets-2023,ipcc-2006}). The two are
     * never both in one chain by default, so the series are never mixed. Opt-in tables, not in the
     * chain: {@code cn-ets-2023} and {@code cn-mee-nbs-provincial} (low-confidence rows).
     */
    public static final List<String> DEFAULT_CHAIN =
            List.of("desnz-2025", "desnz-2024", "epa-hub-2025", "cn-mee-nbs", "ipcc-2006", "ipcc-2006-vol3",
                    "released-gases");

    private static final String ACTIVITIES = "activities.csv";
    private static final String FUEL_PROPERTIES = "desnz-fuel-properties-2025.csv";
    private static final String FUEL_PROPERTIES_DOCUMENT = "UK Government GHG Conversion Factors for Company Reporting 2025,"
            + " condensed set, version 1 (conversion-factors-2025.xlsx)";

    /** Creates the provider; does no I/O. */
    public BuiltInTables() {
    }

    @Override
    public List<FactorTable> tables() {
        return List.of(DesnzTable.edition2025(), DesnzTable.edition2024(), EpaHub2025Table.instance(),
                ChinaGridTable.meeNbs(), ChinaGridTable.meeNbsProvincial(), ChinaGridTable.ets2023(),
                Ipcc2006Table.instance(), Ipcc2006Vol3Table.instance(), ReleasedGasTable.instance());
    }

    @Override
    public List<ActivityType> activityTypes() {
        return Catalogue.TYPES;
    }

    /**
     * The net and gross calorific values of DESNZ's fuels (2025 condensed set, sheet 'Fuel
     * properties', columns D and E, GJ/tonne), for 28 activity ids: what converts a gross amount
     * (mmBtu and therm are gross by convention) to the net basis of IPCC's factors, and a net amount
     * to the gross basis of the US EPA's. DESNZ publishes them for the fuels used in the UK; the
     * ratio of a fuel's two values varies little with its origin (for natural gas 0.9027 here),
     * and a trace names the source of each conversion.
     */
    @Override
    public List<NetGrossRatio> netGrossRatios() {
        return Catalogue.RATIOS;
    }

    /**
     * Builds the default chain from a registry.
     *
     * @param registry a registry that holds the built-in tables
     * @return the chain of {@link #DEFAULT_CHAIN}
     */
    public static FactorChain defaultChain(FactorRegistry registry) {
        return registry.chain(DEFAULT_CHAIN);
    }

    /** Tables of China's two electricity series, which answer the same question differently. */
    private static final List<String> MEE_NBS_SERIES = List.of("cn-mee-nbs", "cn-mee-nbs-provincial");
    private static final List<String> ETS_SERIES = List.of("cn-ets-2023");

    /**
     * Builds a chain of tables by id, refusing a chain that mixes series that must never be
     * chained: China's MEE/NBS statistical grid factors and its ETS compliance factor cover the same
     * electricity in the same regions with different values for different purposes, so a chain
     * holding both would price some rows by one and the others by the other, depending on their
     * dates.
     *
     * @param registry the registry
     * @param ids the table ids, first tried first
     * @return the chain
     * @throws IllegalArgumentException for an unknown id or a chain that mixes the two Chinese series
     */
    public static FactorChain chain(FactorRegistry registry, List<String> ids) {
        List<String> mee = ids.stream().filter(MEE_NBS_SERIES::contains).toList();
        List<String> ets = ids.stream().filter(ETS_SERIES::contains).toList();
        if (!mee.isEmpty() && !ets.isEmpty()) {
            throw new IllegalArgumentException("tables " + String.join(", ", mee) + " and " + String.join(", ", ets)
                    + " are two series of Chinese grid factors (MEE/NBS statistical factors for accounting, and the"
                    + " ETS compliance factor) and are never chained; choose one");
        }
        return registry.chain(ids);
    }

    /** Lazy holder of the catalogue. */
    private static final class Catalogue {
        static final List<ActivityType> TYPES = load();
        static final List<NetGrossRatio> RATIOS = loadRatios();

        private static List<NetGrossRatio> loadRatios() {
            RateUnit perTonne = UnitParser.standard().parseRatio("GJ/t");
            List<NetGrossRatio> out = new ArrayList<>();
            try (CsvReader csv = open(FUEL_PROPERTIES)) {
                var h = csv.header();
                int activity = h.require("activity");
                int fuel = h.require("fuel");
                int net = h.require("net_cv_gj_per_t");
                int gross = h.require("gross_cv_gj_per_t");
                int netCell = h.require("net_cell");
                int grossCell = h.require("gross_cell");
                while (csv.next()) {
                    FactorSource source = new FactorSource(DesnzTable.ID_2025, "2025 v1", FUEL_PROPERTIES_DOCUMENT,
                            "'Fuel properties'!" + csv.field(netCell) + " and 'Fuel properties'!" + csv.field(grossCell)
                                    + " (" + csv.field(fuel) + ", Net CV and Gross CV, GJ/tonne)", csv.field(fuel),
                            "high (official xlsx cell)");
                    out.add(new NetGrossRatio(ActivityId.of(csv.field(activity)), DecimalText.parse(csv.field(net)),
                            DecimalText.parse(csv.field(gross)), perTonne, source));
                }
            }
            return List.copyOf(out);
        }

        private static List<ActivityType> load() {
            List<ActivityType> out = new ArrayList<>();
            try (CsvReader csv = open(ACTIVITIES)) {
                var h = csv.header();
                int id = h.require("id");
                int name = h.require("name");
                int scope = h.require("scope");
                int biogenic = h.require("biogenic");
                int origin = h.require("methane_origin");
                int description = h.require("description");
                while (csv.next()) {
                    out.add(new ActivityType(ActivityId.of(csv.field(id)), csv.field(name), Scope.parse(csv.field(scope)),
                            Boolean.parseBoolean(csv.field(biogenic)), MethaneOrigin.valueOf(csv.field(origin)),
                            csv.field(description)));
                }
            }
            return List.copyOf(out);
        }

        private static CsvReader open(String name) {
            var in = BuiltInTables.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the carbonledger-factors jar");
            }
            return CsvReader.withComments(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), name);
        }
    }
}
