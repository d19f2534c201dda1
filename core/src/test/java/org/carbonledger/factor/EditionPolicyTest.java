package org.carbonledger.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Sector;
import org.carbonledger.quantity.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The edition policy of {@link FactorResolver}: a series of editions answers for any date in its
 * region; after the newest, the newest answers, flagged; before the oldest or across two, a
 * rejection naming the editions; never a table of another series because of the date.
 */
class EditionPolicyTest {
    private static final ActivityId GAS = ActivityId.of("fuel/natural_gas");

    private static FactorResolverTest.Table edition(int year, double co2) {
        return new FactorResolverTest.Table("uk-" + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                null, "uk").factor("CO2", co2, "kg/kWh", null, "GB", null);
    }

    private static FactorResolverTest.Table global() {
        return new FactorResolverTest.Table("global", LocalDate.of(2006, 1, 1), null, null)
                .factor("CO2", 56100, "kg/TJ", null, "", null);
    }

    /** A table of one series whose rows have a validity each (one per data year, as MEE/NBS publishes). */
    private static FactorResolverTest.Table yearly() {
        FactorResolverTest.Table t = new FactorResolverTest.Table("cn", LocalDate.of(2021, 1, 1),
                LocalDate.of(2023, 12, 31), null);
        for (int y = 2021; y <= 2023; y++) {
            t.factors.add(new EmissionFactor(GAS, org.carbonledger.ghg.Gas.CO2, 0.5 + y - 2021,
                    org.carbonledger.quantity.UnitParser.standard().parseRate("kg/kWh"), null, Region.parse("CN"),
                    null, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                    new FactorSource("cn", "1", "doc", "data year " + y, "grid", ""), ""));
        }
        return t;
    }

    private static FactorQuery query(String region, String period) {
        return new FactorQuery(GAS, Region.parse(region), period == null ? null : Period.parse(period),
                Sector.MANUFACTURING, UnitKind.ENERGY, null);
    }

    /** Chains with the newer edition first and last: the order of a series' editions changes nothing. */
    private static List<FactorResolver> resolvers() {
        return List.of(new FactorResolver(new FactorChain(List.of(edition(2025, 0.25), edition(2024, 0.24),
                        global()))),
                new FactorResolver(new FactorChain(List.of(edition(2024, 0.24), edition(2025, 0.25), global()))));
    }

    @Test
    void eachYear_isPricedByItsOwnEdition_unflagged() {
        for (FactorResolver r : resolvers()) {
            ResolvedFactor f24 = r.resolve(query("GB", "2024-12"));
            assertEquals("uk-2024", f24.table().id());
            assertEquals(Set.of(), f24.flags());
            assertEquals("", f24.editionNote());
            assertEquals("uk-2025", r.resolve(query("GB", "2025-01")).table().id());
        }
    }

    @Test
    void afterTheNewestEdition_theNewestPrices_flaggedLatestEdition_notTheGlobalTable() {
        for (FactorResolver r : resolvers()) {
            ResolvedFactor f = r.resolve(query("GB", "2026-03"));
            assertEquals("uk-2025", f.table().id());
            assertEquals(0.25, f.factors().get(0).value());
            assertEquals(Set.of(FactorFlag.LATEST_EDITION), f.flags());
            assertEquals("period 2026-03 is after every edition of series uk in the chain (uk-2024 2024, uk-2025 2025):"
                    + " priced by the newest, uk-2025 2025 (the publisher has no factors for that date yet)",
                    f.editionNote());
            assertTrue(f.why().contains("period 2026-03 is after every edition of series uk in the chain (uk-2024 2024,"
                    + " uk-2025 2025): priced by the newest, uk-2025 2025"), f.why());
        }
    }

    @Test
    void beforeTheOldestEdition_isRejectedNamingTheEditions() {
        for (FactorResolver r : resolvers()) {
            FactorNotFoundException e = assertThrows(FactorNotFoundException.class,
                    () -> r.resolve(query("GB", "2019")));
            assertEquals("period", e.column());
            assertTrue(e.getMessage().contains("period 2019 is before every edition of series uk in the chain: uk-2024"
                    + " 2024, uk-2025 2025"), e.getMessage());
        }
    }

    @Test
    void aPeriodAcrossTwoEditions_isRejected_askingToSplitIt() {
        for (FactorResolver r : resolvers()) {
            FactorNotFoundException e = assertThrows(FactorNotFoundException.class,
                    () -> r.resolve(query("GB", "2024-07-01/2025-06-30")));
            assertTrue(e.getMessage().contains("is not within one edition of series uk"), e.getMessage());
            assertTrue(e.getMessage().contains("split the record"), e.getMessage());
        }
    }

    @Test
    void aRegionTheSeriesDoesNotCover_stillFallsToTheGlobalTable_atAnyDate() {
        for (FactorResolver r : resolvers()) {
            ResolvedFactor f = r.resolve(query("", "2030"));
            assertEquals("global", f.table().id());
            assertEquals(Set.of(), f.flags());
        }
    }

    @Test
    void rowsValidOneYearEach_afterTheNewest_takeTheNewestYearsRows_flagged() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(yearly(), global())));
        assertEquals(1.5, r.resolve(query("CN", "2022")).factors().get(0).value());
        ResolvedFactor f = r.resolve(query("CN", "2025-06"));
        assertEquals(2.5, f.factors().get(0).value());
        assertEquals(Set.of(FactorFlag.LATEST_EDITION), f.flags());
        assertTrue(f.why().contains("priced by the newest, cn 2023"), f.why());
        assertThrows(FactorNotFoundException.class, () -> r.resolve(query("CN", "2020")));
    }

    @Test
    void aRecordWithoutPeriod_saysWhichEditionAnsweredAndWhy() {
        ResolvedFactor f = resolvers().get(0).resolve(query("GB", null));
        assertEquals("uk-2025", f.table().id());
        assertTrue(f.why().contains("no period stated: rows of every validity match, so this edition (1, 2025-01-01 to"
                + " 2025-12-31) answers as the first in the chain"), f.why());
    }

    @Test
    void aTableWithoutEnd_rejectsDatesBeforeItsStart_namingIt() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())));
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class, () -> r.resolve(query("", "2005")));
        assertTrue(e.getMessage().contains("before every edition of series global in the chain: global 2006-01-01 to"
                + " no end"), e.getMessage());
    }
}
