package org.carbonledger.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Sector;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.UnitKind;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/** Resolution rules of docs/design.md §4 on small in-memory tables: chain order, regions, validity, sectors, ties, basis. */
class FactorResolverTest {
    private static final ActivityId GAS = ActivityId.of("fuel/natural_gas");
    private static final UnitParser U = UnitParser.standard();

    /** A table built from code. */
    static final class Table implements FactorTable {
        final TableInfo info;
        final List<EmissionFactor> factors = new ArrayList<>();
        final List<Conversion> conversions = new ArrayList<>();

        Table(String id, LocalDate from, LocalDate to, CalorificBasis defaultBasis) {
            this(id, from, to, defaultBasis, id);
        }

        Table(String id, LocalDate from, LocalDate to, CalorificBasis defaultBasis, String series) {
            info = new TableInfo(id, id, "test", "1", "doc", "CC0", "", from, to, defaultBasis, "test table", series);
        }

        Table factor(String gas, double value, String unit, CalorificBasis basis, String region, Sector sector) {
            factors.add(new EmissionFactor(GAS, Gas.parse(gas), value, U.parseRate(unit), basis, Region.parse(region),
                    sector, null, null, new FactorSource(info.id(), "1", "doc", gas + " " + region, "Natural gas", ""), ""));
            return this;
        }

        Table conversion(double value, String unit, CalorificBasis basis) {
            conversions.add(new Conversion(GAS, value, U.parseRatio(unit), basis, Region.GLOBAL, null, null,
                    new FactorSource(info.id(), "1", "doc", "NCV", "Natural gas", "")));
            return this;
        }

        @Override
        public TableInfo info() {
            return info;
        }

        @Override
        public Set<ActivityId> activities() {
            return factors.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(GAS));
        }

        @Override
        public List<EmissionFactor> factors(ActivityId activity) {
            return activity.equals(GAS) ? factors : List.of();
        }

        @Override
        public List<Conversion> conversions(ActivityId activity) {
            return activity.equals(GAS) ? conversions : List.of();
        }
    }

    private static FactorQuery query(String region, String period, Sector sector, String unit, CalorificBasis basis) {
        return new FactorQuery(GAS, Region.parse(region), period == null ? null : Period.parse(period), sector,
                U.parse(unit).kind(), basis);
    }

    private static Table global() {
        return new Table("global", LocalDate.of(2006, 1, 1), null, null)
                .factor("CO2", 56100, "kg/TJ", CalorificBasis.NET, "", null)
                .factor("CH4", 1, "kg/TJ", CalorificBasis.NET, "", Sector.MANUFACTURING)
                .factor("CH4", 5, "kg/TJ", CalorificBasis.NET, "", Sector.COMMERCIAL)
                .conversion(48, "TJ/Gg", CalorificBasis.NET);
    }

    private static Table british() {
        return new Table("british", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), CalorificBasis.GROSS)
                .factor("CO2", 0.18, "kg/kWh", CalorificBasis.GROSS, "GB", null)
                .factor("CO2", 0.20, "kg/kWh", CalorificBasis.NET, "GB", null);
    }

    @Test
    void firstTableThatCanPrice_wins_andTheTraceSaysWhyOthersWerePassedOver() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(british(), global())));
        ResolvedFactor gb = r.resolve(query("GB", "2025-03", Sector.MANUFACTURING, "kWh", null));
        assertEquals("british", gb.table().id());
        ResolvedFactor none = r.resolve(query("", "2025-03", Sector.MANUFACTURING, "kWh", null));
        assertEquals("global", none.table().id());
        assertTrue(none.passedOver().get(0).startsWith("british: no factor for fuel/natural_gas in region GLOBAL"),
                none.passedOver().toString());
    }

    @Test
    void subRegionMatchesItsCountry_andThenGlobal() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(british(), global())));
        assertEquals("british", r.resolve(query("GB-SCT", "2025", Sector.MANUFACTURING, "GJ", null)).table().id());
        assertEquals("global", r.resolve(query("US-CAMX", "2025", Sector.MANUFACTURING, "GJ", null)).table().id());
    }

    @Test
    void periodBeforeEveryEdition_isRejected_notPricedByTheGlobalTableBelow() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(british(), global())));
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class,
                () -> r.resolve(query("GB", "2024-06", Sector.MANUFACTURING, "kWh", null)));
        assertEquals("period", e.column());
        assertTrue(e.getMessage().contains("before every edition of series british in the chain: british 2025"),
                e.getMessage());
    }

    @Test
    void sectorSpecificRows_areChosenBySector() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())));
        ResolvedFactor m = r.resolve(query("", "2025", Sector.MANUFACTURING, "GJ", null));
        ResolvedFactor c = r.resolve(query("", "2025", Sector.COMMERCIAL, "GJ", null));
        assertEquals(1.0, m.factors().get(1).value());
        assertEquals(5.0, c.factors().get(1).value());
    }

    @Test
    void aGasMissingForTheSector_makesTheFactorUnavailable_neverZero() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())));
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class,
                () -> r.resolve(query("", "2025", Sector.RESIDENTIAL, "GJ", null)));
        assertEquals("sector", e.column());
        assertTrue(e.getMessage().contains("no CH4 factor for sector residential"), e.getMessage());
    }

    @Test
    void massGoesThroughTheCalorificValue() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())));
        ResolvedFactor f = r.resolve(query("", "2025", Sector.MANUFACTURING, "t", null));
        assertEquals(1, f.conversions().size());
        // 1 kg × 48 TJ/Gg = 0.048 GJ; × 56.1 kg CO2/GJ = 2.6928 kg CO2 per kg
        assertEquals(0.048 * 56.1, f.kgPerCanonical(0), 1e-15);
        assertEquals(UnitKind.ENERGY, f.factorKind());
    }

    @Test
    void volumeWithoutDensity_isNotPriced_andBlamesTheUnit() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())));
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class,
                () -> r.resolve(query("", "2025", Sector.MANUFACTURING, "L", null)));
        assertEquals("unit", e.column());
        assertTrue(e.getMessage().contains("needs a density"), e.getMessage());
    }

    @Test
    void unknownActivity_blamesTheActivity() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())));
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class, () -> r.resolve(new FactorQuery(
                ActivityId.of("fuel/other"), Region.GLOBAL, null, Sector.MANUFACTURING, UnitKind.ENERGY, null)));
        assertEquals("activity", e.column());
    }

    @Test
    void unstatedBasis_takesTheTablesDefault_whenItPublishesBoth() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(british())));
        ResolvedFactor f = r.resolve(query("GB", "2025", Sector.MANUFACTURING, "kWh", null));
        assertEquals(CalorificBasis.GROSS, f.basis());
        assertEquals(0.18, f.factors().get(0).value());
        assertTrue(f.basisNote().contains("documented default"), f.basisNote());
        ResolvedFactor net = r.resolve(query("GB", "2025", Sector.MANUFACTURING, "kWh", CalorificBasis.NET));
        assertEquals(0.20, net.factors().get(0).value());
    }

    @Test
    void statedBasisTheTableDoesNotPublish_isRefused() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())));
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class,
                () -> r.resolve(query("", "2025", Sector.MANUFACTURING, "GJ", CalorificBasis.GROSS)));
        assertEquals("basis", e.column());
    }

    /** Natural gas, DESNZ 2025 'Fuel properties' row 31: net CV 45.745, gross CV 50.678 GJ/tonne. */
    private static final NetGrossRatio GAS_CV = new NetGrossRatio(GAS, 45.745, 50.678, U.parseRatio("GJ/t"),
            new FactorSource("global", "2025", "doc", "D31 and E31", "Natural Gas", ""));

    private static java.util.Optional<NetGrossRatio> gasCv(ActivityId id) {
        return id.equals(GAS) ? java.util.Optional.of(GAS_CV) : java.util.Optional.empty();
    }

    private static FactorQuery btu(String unit, CalorificBasis stated) {
        ActivityUnit u = U.parse(unit);
        return new FactorQuery(GAS, Region.GLOBAL, Period.parse("2025"), Sector.MANUFACTURING, u.kind(), stated,
                stated == null ? FactorQuery.conventionalBasis(u) : null);
    }

    @Test
    void btuAndTherm_areGrossByConvention_otherEnergyUnitsCarryNoBasis() {
        assertEquals(CalorificBasis.GROSS, FactorQuery.conventionalBasis(U.parse("mmBtu")));
        assertEquals(CalorificBasis.GROSS, FactorQuery.conventionalBasis(U.parse("MMBtu")));
        assertEquals(CalorificBasis.GROSS, FactorQuery.conventionalBasis(U.parse("Btu")));
        assertEquals(CalorificBasis.GROSS, FactorQuery.conventionalBasis(U.parse("therm")));
        for (String unit : List.of("GJ", "kWh", "MWh", "TJ", "tce", "toe", "t")) {
            assertEquals(null, FactorQuery.conventionalBasis(U.parse(unit)), unit);
        }
    }

    /**
     * An mmBtu amount with no basis stated is gross; priced by net-only factors, it is converted by
     * the fuel's published values, 45.745 / 50.678, and the basis note says both why and by what.
     */
    @Test
    void grossAmount_netOnlyFactors_isConvertedByThePublishedCalorificValues() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())), FactorResolverTest::gasCv);
        ResolvedFactor f = r.resolve(btu("mmBtu", null));
        assertEquals(CalorificBasis.NET, f.basis());
        Conversion change = f.conversions().get(f.conversions().size() - 1);
        assertEquals(45.745 / 50.678, change.value(), 1e-16);
        assertEquals(CalorificBasis.NET, change.basis());
        assertTrue(change.source().reference().contains("D31 and E31: net CV 45.745 / gross CV 50.678 GJ/t"),
                change.source().reference());
        assertTrue(f.basisNote().contains("amount on gross basis, as its unit (Btu, mmBtu, therm) is by convention"),
                f.basisNote());
        assertTrue(f.basisNote().contains("converted to the net basis"), f.basisNote());
        // stated net: no conversion; stated gross in GJ: converted the same way
        assertEquals(List.of(), r.resolve(btu("mmBtu", CalorificBasis.NET)).conversions());
        assertEquals(45.745 / 50.678, r.resolve(btu("GJ", CalorificBasis.GROSS)).conversions().get(0).value(), 1e-16);
        // GJ with no basis stated takes the factors' basis, as before
        assertEquals(List.of(), r.resolve(btu("GJ", null)).conversions());
    }

    /** Where no calorific values are published, a gross amount is not priced by net factors, and the message says how to state a net one. */
    @Test
    void grossAmount_withoutPublishedCalorificValues_isRefused_namingTheConvention() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())));
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class, () -> r.resolve(btu("therm", null)));
        assertEquals("basis", e.column());
        assertTrue(e.getMessage().contains("its unit's convention; state the basis if it is net"), e.getMessage());
    }

    /** Calorific values of a table outside the chain are not used: a result draws on the tables it names. */
    @Test
    void calorificValuesOfATableOutsideTheChain_areNotUsed_andTheMessageSaysWhose() {
        NetGrossRatio elsewhere = new NetGrossRatio(GAS, 45.745, 50.678, U.parseRatio("GJ/t"),
                new FactorSource("desnz-2025", "2025", "doc", "D31 and E31", "Natural Gas", ""));
        FactorResolver r = new FactorResolver(new FactorChain(List.of(global())), id -> java.util.Optional.of(elsewhere));
        FactorNotFoundException e = assertThrows(FactorNotFoundException.class, () -> r.resolve(btu("mmBtu", null)));
        assertEquals("basis", e.column());
        assertTrue(e.getMessage().contains("desnz-2025's, which is not in the chain"), e.getMessage());
    }

    /** Factors of no basis price energy on either: a unit's convention changes nothing and says nothing. */
    @Test
    void factorsOfNoBasis_takeAnAmountOfEitherBasis_withoutAConversion() {
        Table steam = new Table("steam", LocalDate.of(2006, 1, 1), null, null)
                .factor("CO2", 66.33, "kg/GJ", null, "", null)
                .factor("CH4", 1, "kg/TJ", null, "", null);
        FactorResolver r = new FactorResolver(new FactorChain(List.of(steam)), FactorResolverTest::gasCv);
        ResolvedFactor f = r.resolve(btu("mmBtu", null));
        assertEquals(null, f.basis());
        assertEquals("", f.basisNote());
        assertEquals(List.of(), f.conversions());
    }

    /** A table with rows of no basis and rows on the other basis converts, rather than losing the latter. */
    @Test
    void rowsOfNoBasisBesideRowsOnTheOtherBasis_stillConvert() {
        Table mixed = new Table("global", LocalDate.of(2006, 1, 1), null, null)
                .factor("CO2", 56100, "kg/TJ", CalorificBasis.NET, "", null)
                .factor("CH4", 1, "kg/TJ", null, "", null);
        FactorResolver r = new FactorResolver(new FactorChain(List.of(mixed)), FactorResolverTest::gasCv);
        ResolvedFactor f = r.resolve(btu("therm", null));
        assertEquals(CalorificBasis.NET, f.basis());
        assertEquals(2, f.factors().size());
        assertEquals(45.745 / 50.678, f.conversions().get(0).value(), 1e-16);
    }

    @Test
    void calorificValues_grossBelowNet_orNotEnergy_areRefused() {
        FactorSource src = GAS_CV.source();
        assertThrows(IllegalArgumentException.class, () -> new NetGrossRatio(GAS, 50, 45, U.parseRatio("GJ/t"), src));
        assertThrows(IllegalArgumentException.class, () -> new NetGrossRatio(GAS, 0, 45, U.parseRatio("GJ/t"), src));
        assertThrows(IllegalArgumentException.class, () -> new NetGrossRatio(GAS, 1, 2, U.parseRatio("kg/L"), src));
    }

    @Test
    void twoEquallySpecificRows_areAnError_neverAPick() {
        Table t = global().factor("CO2", 55000, "kg/TJ", CalorificBasis.NET, "", null);
        FactorResolver r = new FactorResolver(new FactorChain(List.of(t)));
        AmbiguousFactorException e = assertThrows(AmbiguousFactorException.class,
                () -> r.resolve(query("", "2025", Sector.MANUFACTURING, "GJ", null)));
        assertTrue(e.getMessage().contains("two equally specific CO2"), e.getMessage());
    }

    @Test
    void emptyChain_saysSo() {
        FactorResolver r = new FactorResolver(new FactorChain(List.of()));
        assertTrue(assertThrows(FactorNotFoundException.class,
                () -> r.resolve(query("", "2025", Sector.MANUFACTURING, "GJ", null))).getMessage().contains("empty"));
    }
}
