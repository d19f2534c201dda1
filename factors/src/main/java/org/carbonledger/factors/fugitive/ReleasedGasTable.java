package org.carbonledger.factors.fugitive;

import java.math.BigDecimal;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.Region;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factors.internal.BundledTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.quantity.UnitParser;

/**
 * {@code released-gases}: gases released to the air, entered by mass, such as methane from a
 * leak ({@code fugitive/methane}) or refrigerant lost from equipment
 * ({@code fugitive/refrigerant/R-410A}). An amount of released gas is its mass, so each activity
 * emits 1 kg of its gas per kg released, by definition: the table publishes no number, and the
 * CO2e follows from the run's GWP set (a blend's from its composition, {@link
 * org.carbonledger.ghg.GwpSet}). Global, valid for any period; the ids are listed in
 * {@code released-gases.csv}.
 *
 * <p>Methane's GWP under AR6 depends on its origin, which the activity states:
 * {@code fugitive/methane/fossil} (29.8), {@code fugitive/methane/biogenic} (27.0), and
 * {@code fugitive/methane} for an origin not stated (the generic 27.9); an activities CSV may
 * state it in a {@code methane_origin} column instead (docs/design.md §6).
 *
 * <p>The GHG Protocol's other ways to estimate refrigerant losses (the mass balance of a year's
 * purchases, recoveries and changes of stock and capacity; the screening method from equipment
 * charge and default loss rates) give a mass released: compute it, then enter it here
 * (docs/factors.md). Thread-safe; the data is parsed once, on first use.
 */
public final class ReleasedGasTable extends BundledTable {
    /** The table id. */
    public static final String ID = "released-gases";

    private static final String DATA = "/org/carbonledger/factors/released-gases.csv";
    private static final ReleasedGasTable INSTANCE = new ReleasedGasTable();

    private ReleasedGasTable() {
        super(new TableInfo(ID, "Released gases, by mass", "Carbon Ledger (definition, no published data)", "1",
                "docs/factors.md, released-gases", "no third-party data", "", null, null, null,
                "Fugitive releases entered as a mass of gas: methane (by origin), the Kyoto gases and refrigerants by"
                        + " ASHRAE designation, blends included. 1 kg of gas per kg released, by definition; the CO2e"
                        + " comes from the GWP set (blends by their EPA Hub 2025 Table 12 composition)."));
    }

    /** @return the table */
    public static ReleasedGasTable instance() {
        return INSTANCE;
    }

    @Override
    protected void load(Builder out) {
        var perKg = UnitParser.standard().parseRate("kg/kg");
        try (CsvReader csv = open(ReleasedGasTable.class, DATA)) {
            var h = csv.header();
            int activity = h.require("activity");
            int gas = h.require("gas");
            while (csv.next()) {
                Gas g = Gas.parse(csv.field(gas));
                FactorSource source = new FactorSource(ID, info().edition(), info().document(),
                        "definition: the amount is the mass of " + g + " released (data row " + csv.row() + ")",
                        csv.field(activity), "");
                out.add(new EmissionFactor(ActivityId.of(csv.field(activity)), g, 1, perKg, null, Region.GLOBAL, null,
                        null, null, source, "", BigDecimal.ONE));
            }
        }
    }
}
