package org.carbonledger.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.csv.CsvFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The market-based method of the GHG Protocol Scope 2 Guidance (2015), Table 6.3: instruments
 * first, then the residual mix, then the flagged location-based fallback.
 */
class MarketBasedScope2Test {
    private static final double GJ_PER_MWH = 3.6;

    private static Scope2Ledger ledger(double mwhLeeds, double locationLeeds, double mwhYork, double locationYork) {
        Scope2Ledger l = new Scope2Ledger();
        l.addGroup(new Scope2Ledger.Key("Leeds", "2025", "GB"), mwhLeeds * GJ_PER_MWH, locationLeeds);
        l.addGroup(new Scope2Ledger.Key("York", "2025", "GB"), mwhYork * GJ_PER_MWH, locationYork);
        return l;
    }

    private static ContractualInstrument certificate(String id, String site, double mwh) {
        return new ContractualInstrument(id, ContractualInstrument.Type.CERTIFICATE, site, Period.parse("2025"),
                Region.parse("GB"), mwh * GJ_PER_MWH, 0, "REGO", "", 2);
    }

    @Test
    void certificatesCoverFirst_thenResidualMix() {
        // Leeds 1000 MWh, 400 MWh covered by REGOs at 0; the rest at a residual mix of 0.3 kg/kWh = 83.333 kg/GJ.
        var mix = Optional.of(new MarketBasedScope2.ResidualMix(300 / GJ_PER_MWH, "residual 0.3 kg/kWh"));
        var r = MarketBasedScope2.compute(ledger(1000, 177_000, 0, 0), List.of(certificate("R1", "Leeds", 400)),
                k -> mix);
        assertEquals(177_000, r.locationCo2eKg(), 1e-9);
        assertEquals(600 * 300, r.marketCo2eKg(), 1e-6);
        assertFalse(r.anyFallback());
        assertEquals("instrument", r.allocations().get(0).method());
        assertEquals("residual mix", r.allocations().get(1).method());
    }

    @Test
    void withoutResidualMix_theLocationFactorIsUsedProRata_andFlagged() {
        var r = MarketBasedScope2.compute(ledger(1000, 177_000, 500, 88_500), List.of(certificate("R1", "Leeds", 250)),
                k -> Optional.empty());
        assertEquals(177_000 * 0.75 + 88_500, r.marketCo2eKg(), 1e-6);
        assertTrue(r.anyFallback());
    }

    @Test
    void coverBeyondConsumption_isReportedUnused_neverCarriedToAnotherSite() {
        var r = MarketBasedScope2.compute(ledger(100, 17_700, 500, 88_500), List.of(certificate("R1", "Leeds", 300)),
                k -> Optional.empty());
        assertEquals(200 * GJ_PER_MWH, r.unusedGj().get("R1"), 1e-9);
        assertEquals(88_500, r.marketCo2eKg(), 1e-6);
    }

    @Test
    void aSupplierRateWithoutAmount_coversTheRest() {
        var supplier = new ContractualInstrument("S1", ContractualInstrument.Type.SUPPLIER, "", null, null, Double.NaN,
                250 / GJ_PER_MWH, "", "fuel mix disclosure 2025", 3);
        var r = MarketBasedScope2.compute(ledger(1000, 177_000, 500, 88_500),
                List.of(certificate("R1", "York", 500), supplier), k -> Optional.empty());
        assertEquals(1000 * 250, r.marketCo2eKg(), 1e-6);
        assertTrue(r.unusedGj().isEmpty());
    }

    @Test
    void instrumentsOfAnotherPeriodOrRegion_doNotApply() {
        var other = new ContractualInstrument("R9", ContractualInstrument.Type.CERTIFICATE, "", Period.parse("2024"),
                null, 1e9, 0, "", "", 2);
        var us = new ContractualInstrument("R8", ContractualInstrument.Type.CERTIFICATE, "", null, Region.parse("US"),
                1e9, 0, "", "", 3);
        var r = MarketBasedScope2.compute(ledger(1000, 177_000, 0, 0), List.of(other, us), k -> Optional.empty());
        assertEquals(177_000, r.marketCo2eKg(), 1e-6);
    }

    @TempDir
    Path dir;

    @Test
    void instrumentsCsv_isReadAndValidated() throws IOException {
        Path ok = Files.writeString(dir.resolve("i.csv"), "id,type,site,period,region,amount,unit,factor,factor_unit\n"
                + "R1,certificate,Leeds,2025,UK,400,MWh,0,kg/kWh\nS1,supplier,,,,,,0.25,kg/kWh\n");
        List<ContractualInstrument> list = InstrumentCsvReader.read(ok);
        assertEquals(400 * GJ_PER_MWH, list.get(0).coveredGj(), 1e-9);
        assertEquals(Region.parse("GB"), list.get(0).region());
        assertTrue(list.get(1).coversRemainder());
        assertEquals(250 / GJ_PER_MWH, list.get(1).co2eKgPerGj(), 1e-12);

        Path bad = Files.writeString(dir.resolve("b.csv"), "id,type,amount,unit,factor,factor_unit\n"
                + "R1,certificate,400,t,0,kg/kWh\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> InstrumentCsvReader.read(bad));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("column unit"), e.getMessage());
        Path noAmount = Files.writeString(dir.resolve("n.csv"), "id,type,amount,unit,factor,factor_unit\n"
                + "R1,certificate,,,0,kg/kWh\n");
        assertTrue(assertThrows(CsvFormatException.class, () -> InstrumentCsvReader.read(noAmount)).getMessage()
                .contains("must state the electricity it covers"));
        Path dup = Files.writeString(dir.resolve("d.csv"), "id,type,amount,unit,factor,factor_unit\n"
                + "R1,certificate,1,MWh,0,kg/kWh\nR1,certificate,1,MWh,0,kg/kWh\n");
        assertTrue(assertThrows(CsvFormatException.class, () -> InstrumentCsvReader.read(dup)).getMessage()
                .contains("duplicate id"));
    }

    /**
     * The Scope 2 Quality Criteria rank instruments by type, not by their place in a file: a
     * supplier rate listed before a PPA used to take all 800 MWh and leave the PPA's 300 MWh unused.
     */
    @Test
    void aSupplierRateListedFirst_doesNotTakeThePpasCover() {
        var supplier = new ContractualInstrument("S1", ContractualInstrument.Type.SUPPLIER, "", null, null, Double.NaN,
                250 / GJ_PER_MWH, "", "fuel mix disclosure 2025", 2);
        var ppa = new ContractualInstrument("PPA-1", ContractualInstrument.Type.CONTRACT, "Leeds", null, null,
                300 * GJ_PER_MWH, 0, "", "wind PPA", 3);
        var r = MarketBasedScope2.compute(ledger(800, 141_600, 0, 0), List.of(supplier, ppa), k -> Optional.empty());
        assertEquals(500 * 250, r.marketCo2eKg(), 1e-6);
        assertTrue(r.unusedGj().isEmpty(), r.unusedGj()::toString);
    }

    /** Any permutation of the instruments gives the same allocation and market-based total, to the bit. */
    @Test
    void anyPermutationOfTheInstruments_givesTheSameResultToTheBit() {
        org.quicktheories.QuickTheory.qt().withExamples(300).forAll(
                org.quicktheories.generators.SourceDSL.integers().all()).checkAssert(seed -> {
                    java.util.Random r = new java.util.Random(seed);
                    List<ContractualInstrument> list = new java.util.ArrayList<>();
                    int n = 1 + r.nextInt(6);
                    for (int i = 0; i < n; i++) {
                        ContractualInstrument.Type type = ContractualInstrument.Type.values()[r.nextInt(3)];
                        boolean rest = type == ContractualInstrument.Type.SUPPLIER && r.nextBoolean();
                        list.add(new ContractualInstrument("I" + i, type, r.nextBoolean() ? "" : r.nextBoolean()
                                ? "Leeds" : "York", null, null, rest ? Double.NaN : r.nextDouble() * 2000,
                                r.nextDouble() * 100, "", "", i + 2));
                    }
                    Scope2Ledger l = ledger(100 + r.nextInt(900), 150_000, 100 + r.nextInt(900), 90_000);
                    var first = MarketBasedScope2.compute(l, list, k -> Optional.empty());
                    List<ContractualInstrument> shuffled = new java.util.ArrayList<>(list);
                    java.util.Collections.shuffle(shuffled, r);
                    var second = MarketBasedScope2.compute(l, shuffled, k -> Optional.empty());
                    assertEquals(Double.doubleToRawLongBits(first.marketCo2eKg()),
                            Double.doubleToRawLongBits(second.marketCo2eKg()));
                    assertEquals(first.allocations(), second.allocations());
                    assertEquals(new java.util.TreeMap<>(first.unusedGj()), new java.util.TreeMap<>(second.unusedGj()));
                });
    }
}
