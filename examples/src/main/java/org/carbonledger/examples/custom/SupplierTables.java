package org.carbonledger.examples.custom;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorSource;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factor.spi.FactorTableProvider;
import org.carbonledger.ghg.Gas;
import org.carbonledger.ghg.MethaneOrigin;
import org.carbonledger.quantity.UnitParser;

/**
 * A factor-table plug-in on the class path: a company's supplier-specific factors, found through
 * {@link java.util.ServiceLoader} (declared in {@code META-INF/services/org.carbonledger.factor.spi.FactorTableProvider}).
 *
 * <p>Once this jar is on the class path, {@code FactorRegistry.discover()} lists the table
 * {@code example-suppliers} and the activity {@code material/aluminium_ingot}; a chain that names
 * the table uses it. The values are illustrative, not published factors.
 */
public final class SupplierTables implements FactorTableProvider {
    static final ActivityId ALUMINIUM = ActivityId.of("material/aluminium_ingot");

    private static final TableInfo INFO = new TableInfo("example-suppliers", "Example supplier declarations",
            "Example Manufacturing plc (illustrative)", "2025", "Supplier environmental product declarations 2025",
            "CC0-1.0", "", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null,
            "Illustrative supplier-specific factors for the custom-table example; not published data.");

    private static final FactorTable TABLE = new FactorTable() {
        private final List<EmissionFactor> factors = List.of(new EmissionFactor(ALUMINIUM, Gas.CO2, 6.7,
                UnitParser.standard().parseRate("kg/kg"), null, Region.GLOBAL, null, null, null,
                new FactorSource(INFO.id(), INFO.edition(), INFO.document(), "EPD no. 0001, table 2", "Ingot A7", ""),
                ""));

        @Override
        public TableInfo info() {
            return INFO;
        }

        @Override
        public Set<ActivityId> activities() {
            return Set.of(ALUMINIUM);
        }

        @Override
        public List<EmissionFactor> factors(ActivityId activity) {
            return Map.of(ALUMINIUM, factors).getOrDefault(activity, List.of());
        }
    };

    /** Creates the provider; no I/O. */
    public SupplierTables() {
    }

    @Override
    public List<FactorTable> tables() {
        return List.of(TABLE);
    }

    @Override
    public List<ActivityType> activityTypes() {
        return List.of(new ActivityType(ALUMINIUM, "Aluminium ingot (purchased)", Scope.SCOPE_3, false,
                MethaneOrigin.COMBUSTION, "Purchased aluminium ingot, cradle to gate (scope 3 category 1)"));
    }
}
