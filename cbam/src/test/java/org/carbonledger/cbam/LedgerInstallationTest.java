package org.carbonledger.cbam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.intensity.ProductionCsvReader;
import org.carbonledger.intensity.ProductionRecord;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An installation built from the example ledger ({@code examples/data/example-ledger.csv}): its
 * Leeds kiln, as if it made grey clinker, with 3 000 t of output. The SEE direct of a simple good
 * is AttrEm,dir / AL (IR (EU) 2025/2547 Annex III, Equation 57), so it must equal the kiln's
 * inventory emissions divided by its output.
 */
class LedgerInstallationTest {

    private static final Path DATA = Path.of("..", "examples", "data");

    static InventoryResult inventory(Path ledger) {
        FactorRegistry registry = FactorRegistry.discover();
        CalculationSettings settings = CalculationSettings.of(registry, BuiltInTables.defaultChain(registry));
        InventoryRun run = InventoryRun.builder(settings).chainIsDefault(true).keepRecords(true).build();
        try (ActivityCsvReader in = ActivityCsvReader.open(ledger)) {
            return run.run(in, o -> { });
        }
    }

    @Test
    void kiln_seeDirectIsTheInventoryEmissionsOverOutput() {
        InventoryResult inv = inventory(DATA.resolve("example-ledger.csv"));
        List<ProductionRecord> production = ProductionCsvReader.read(DATA.resolve("cbam-production.csv")).records();
        List<LedgerInstallation.Good> goods = LedgerInstallation.readGoods(DATA.resolve("cbam-installation.csv"));
        CbamResult r = SeeCalculator.calculate(LedgerInstallation.build("Leeds", goods, inv.records(), production));

        double kilnTonnes = inv.byProcess().get("kiln").co2eKg() / 1000;
        assertTrue(kilnTonnes > 100, "the kiln burns about 400 t of coal: " + kilnTonnes);
        ProcessResult kiln = r.process("Leeds / kiln");
        assertEquals(kilnTonnes / 3000, kiln.seeDirect().doubleValue(), 1e-12 * kilnTonnes / 3000);
        assertEquals(0, kiln.seeIndirect().value().signum(), "the kiln has no electricity record");
        assertEquals(2, kiln.process().sourceStreams().size(), "rows L-005 and L-006");
        assertEquals(AggregatedGoods.CEMENT_CLINKER, kiln.process().goods());
        assertEquals("2523100090", r.products().get(0).product().cnCode());
        assertEquals("AttrEm,dir / AL", kiln.seeDirect().equation());
        // the trace reaches the ledger's own calculation of each row
        String trace = kiln.attributedDirect().terms().get(0).terms().get(0).terms().get(0).source();
        assertTrue(trace.startsWith("ledger row 6 (fuel/other_bituminous_coal)"), trace);
    }

    /** The site's electricity record (row L-008, process "site services") becomes Emel,cons of that process. */
    @Test
    void electricityRecords_becomeIndirectEmissions(@TempDir Path dir) throws Exception {
        InventoryResult inv = inventory(DATA.resolve("example-ledger.csv"));
        Path goods = dir.resolve("goods.csv");
        Files.writeString(goods, "site,process,aggregated_good,cn_code\nLeeds,site services,Cement,2523 29 00\n");
        List<ProductionRecord> production = List.of(ProductionRecord.of("Leeds", "site services", "cement", "2025",
                1000, "t"));
        CbamResult r = SeeCalculator.calculate(LedgerInstallation.build("Leeds",
                LedgerInstallation.readGoods(goods), inv.records(), production));
        double tonnes = inv.byProcess().get("site services").co2eKg() / 1000;
        ProcessResult p = r.process("Leeds / site services");
        assertEquals(tonnes / 1000, p.seeIndirect().doubleValue(), 1e-12 * tonnes / 1000);
        assertEquals(2450, p.process().electricity().consumed().doubleValue(), 1e-9, "2 450 000 kWh");
        assertEquals(0, p.seeDirect().value().signum());
    }

    /**
     * Purchased heat of a CBAM process is measurable heat imported (Annex III, point A.3, Equation
     * 52): EmH,imp = Q x EFheat, with Q in TJ and EFheat as the ledger priced it (US EPA Hub Table 7,
     * steam and heat), counted in the direct emissions, not as electricity.
     */
    @Test
    void heatRecords_areHeatImported_inTheDirectEmissions(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger.csv");
        Files.writeString(ledger, "id,site,process,period,activity,amount,unit,region\n"
                + "h1,Mill,kiln,2025,heat/purchased,1000,GJ,US\n"
                + "s1,Mill,kiln,2025,steam/purchased,500000,kWh,US\n"
                + "c1,Mill,kiln,2025,fuel/natural_gas,2000,GJ,US\n");
        InventoryResult inv = inventory(ledger);
        Path goods = dir.resolve("goods.csv");
        Files.writeString(goods, "site,process,aggregated_good,cn_code\nMill,kiln,Crude steel,7206 10 00\n");
        List<ProductionRecord> production = List.of(ProductionRecord.of("Mill", "kiln", "ingots", "2025", 100, "t"));
        CbamResult r = SeeCalculator.calculate(LedgerInstallation.build("Mill", LedgerInstallation.readGoods(goods),
                inv.records(), production));
        ProcessResult p = r.process("Mill / kiln");
        double heatTonnes = (inv.records().get(0).result().co2eKg() + inv.records().get(1).result().co2eKg()) / 1000;
        double gasTonnes = inv.records().get(2).result().co2eKg() / 1000;
        // 1000 GJ + 500 000 kWh (1800 GJ) = 2.8 TJ
        assertEquals(2.8, p.process().heat().imported().doubleValue(), 1e-12);
        assertEquals(heatTonnes / 2.8, p.process().heat().importFactor().doubleValue(), 1e-12 * heatTonnes);
        assertEquals((gasTonnes + heatTonnes) / 100, p.seeDirect().doubleValue(), 1e-12 * (gasTonnes + heatTonnes));
        assertEquals(0, p.seeIndirect().value().signum(), "heat is not electricity");
        assertEquals(1, p.process().sourceStreams().size(), "the gas; the heat is EmH,imp");
    }

    /** A record given scope 2 that is neither electricity nor heat is refused, not taken as electricity. */
    @Test
    void scope2RecordOfAnotherActivity_isRefused(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger.csv");
        Files.writeString(ledger, "id,site,process,period,activity,amount,unit,region,scope\n"
                + "c1,Mill,kiln,2025,fuel/natural_gas,2000,GJ,US,2\n");
        InventoryResult inv = inventory(ledger);
        Path goods = dir.resolve("goods.csv");
        Files.writeString(goods, "site,process,aggregated_good,cn_code\nMill,kiln,Crude steel,7206 10 00\n");
        List<ProductionRecord> production = List.of(ProductionRecord.of("Mill", "kiln", "ingots", "2025", 100, "t"));
        InvalidCbamInputException e = assertThrows(InvalidCbamInputException.class, () -> LedgerInstallation.build("Mill",
                LedgerInstallation.readGoods(goods), inv.records(), production));
        assertTrue(e.getMessage().contains("is electricity (electricity/...) or measurable heat imported"), e.getMessage());
    }

    @Test
    void processWithoutOutput_isAnError(@TempDir Path dir) throws Exception {
        InventoryResult inv = inventory(DATA.resolve("example-ledger.csv"));
        List<LedgerInstallation.Good> goods = LedgerInstallation.readGoods(DATA.resolve("cbam-installation.csv"));
        InvalidCbamInputException e = assertThrows(InvalidCbamInputException.class, () -> SeeCalculator.calculate(
                LedgerInstallation.build("Leeds", goods, inv.records(), List.of())));
        assertTrue(e.getMessage().contains("has no output"), e.getMessage());
    }

    @Test
    void installationFile_cnCodeOutsideCbam(@TempDir Path dir) throws Exception {
        Path goods = dir.resolve("goods.csv");
        Files.writeString(goods, "site,process,aggregated_good,cn_code\nLeeds,kiln,Cement,6907 21 00\n");
        InvalidCbamInputException e = assertThrows(InvalidCbamInputException.class,
                () -> LedgerInstallation.readGoods(goods));
        assertTrue(e.getMessage().contains("row 2, column cn_code") && e.getMessage().contains("6907 21 00"),
                e.getMessage());
    }

    @Test
    void installationFile_unknownCategory(@TempDir Path dir) throws Exception {
        Path goods = dir.resolve("goods.csv");
        Files.writeString(goods, "site,process,aggregated_good,cn_code\nLeeds,kiln,Tiles,2523 29 00\n");
        InvalidCbamInputException e = assertThrows(InvalidCbamInputException.class,
                () -> LedgerInstallation.readGoods(goods));
        assertTrue(e.getMessage().contains("column aggregated_good") && e.getMessage().contains("Cement clinker"),
                e.getMessage());
    }
}
