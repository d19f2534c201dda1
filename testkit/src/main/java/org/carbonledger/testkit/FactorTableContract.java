package org.carbonledger.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.quantity.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link FactorTable} passes: the bundled tables run it, and a third-party table
 * should. Extend it and implement {@link #table()}:
 * <pre>{@code
 * class MyTableTest extends FactorTableContract {
 *     protected FactorTable table() { return new MyTable(); }
 * }
 * }</pre>
 * Shipped in {@code carbonledger-testkit} (a test-scoped dependency) so that third-party table
 * authors run it on theirs, as the bundled tables do.
 */
public abstract class FactorTableContract {
    /** For subclasses, which name the table under test. */
    protected FactorTableContract() {
    }

    /**
     * The table under test.
     *
     * @return the table; may return the same instance every time
     */
    protected abstract FactorTable table();

    /**
     * The table names itself the same way every time, with an id of lower-case letters, digits, dots
     * and hyphens, and no blank provenance field; a validity does not end before it starts.
     */
    @Test
    public void info_hasAStableIdAndProvenance() {
        TableInfo a = table().info();
        TableInfo b = table().info();
        assertNotNull(a);
        assertEquals(a, b, "info() must be stable");
        assertTrue(a.id().matches("[a-z0-9][a-z0-9.-]*"), a.id());
        for (String field : List.of(a.name(), a.publisher(), a.edition(), a.document(), a.licence(), a.description())) {
            assertFalse(field.isBlank(), "provenance fields must not be blank: " + a);
        }
        if (a.validFrom() != null && a.validTo() != null) {
            assertFalse(a.validTo().isBefore(a.validFrom()), "validity ends before it starts");
        }
    }

    /** The table prices at least one activity, and every activity it lists has a factor. */
    @Test
    public void activities_areNonEmptyAndEachHasFactors() {
        Set<ActivityId> ids = table().activities();
        assertNotNull(ids);
        assertFalse(ids.isEmpty(), "a table must price at least one activity");
        for (ActivityId id : ids) {
            assertFalse(table().factors(id).isEmpty(), id + " is listed but has no factor");
        }
    }

    /**
     * Every factor is finite and non-negative, a mass per activity unit, filed under its activity,
     * with a basis only on energy, and names this table, its document and its reference; every
     * conversion is finite, positive and sourced.
     */
    @Test
    public void factors_areFiniteNonNegativeDimensionallyRightAndSourced() {
        String tableId = table().info().id();
        for (ActivityId id : table().activities()) {
            for (EmissionFactor f : table().factors(id)) {
                assertEquals(id, f.activity(), "factor filed under the wrong activity");
                assertTrue(Double.isFinite(f.value()) && f.value() >= 0, "value " + f);
                assertSame(UnitKind.MASS, f.unit().mass().kind(), "numerator must be a mass: " + f.unit());
                assertTrue(f.basis() == null || f.activityKind() == UnitKind.ENERGY, "basis only on energy: " + f);
                assertEquals(tableId, f.source().tableId(), "source names another table: " + f);
                assertFalse(f.source().reference().isBlank(), "every factor names its table or sheet: " + f);
                assertFalse(f.source().document().isBlank(), "every factor names its document: " + f);
            }
            for (Conversion c : table().conversions(id)) {
                assertEquals(id, c.activity());
                assertTrue(Double.isFinite(c.value()) && c.value() > 0, "conversion " + c);
                assertFalse(c.source().reference().isBlank(), "every conversion names its table: " + c);
            }
        }
    }

    /** The same lookup gives the same answer. */
    @Test
    public void lookups_areDeterministic() {
        for (ActivityId id : table().activities()) {
            assertEquals(table().factors(id), table().factors(id));
            assertEquals(table().conversions(id), table().conversions(id));
        }
        assertEquals(table().activities(), table().activities());
    }

    /** An activity the table does not know gives empty lists, never {@code null}. */
    @Test
    public void misses_areEmptyNeverNull() {
        ActivityId absent = ActivityId.of("contract/not_an_activity_of_any_table");
        assertNotNull(table().factors(absent));
        assertTrue(table().factors(absent).isEmpty());
        assertNotNull(table().conversions(absent));
        assertTrue(table().conversions(absent).isEmpty());
    }

    /**
     * No two factors of an activity are the same candidate (gas, region, sector, basis, unit and
     * validity), so that resolution never has to choose between them.
     */
    @Test
    public void noTwoFactorsAreIdenticalCandidates() {
        for (ActivityId id : table().activities()) {
            Set<String> keys = new HashSet<>();
            for (EmissionFactor f : table().factors(id)) {
                String key = f.gas() + (f.biogenicCo2() ? " (biogenic)" : "") + "|" + f.region() + "|" + f.sector() + "|" + f.basis() + "|"
                        + f.unit().activity().symbol() + "|" + f.validFrom() + "|" + f.validTo();
                assertTrue(keys.add(key), "two factors for the same gas, region, sector, basis, unit and validity: "
                        + id + " " + key);
            }
        }
    }
}
