package org.carbonledger.cbam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SEE by IR (EU) 2025/2547 Annex III against hand calculations of every term of Equation 55
 * (heat, waste gases, electricity exported) and of the precursor chain (Equations 59 to 63),
 * which the Commission's three examples do not exercise.
 */
class SeeCalculatorTest {

    static TracedValue v(String value, String unit) {
        return TracedValue.input(new BigDecimal(value), unit, "test " + value, "hand case");
    }

    static void assertExact(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", got " + actual);
    }

    /**
     * Sintering: DirEm* 500 t; heat in 2 TJ × 60 = 120, out 1 TJ × 50 = 50; waste gas in 1 TJ × 56.1
     * = 56.1, out 2 TJ × 56.1 × 0.667 = 74.8374; electricity out 10 MWh × 0.5 = 5. AttrEm,dir =
     * 500 + 120 − 50 + 56.1 − 74.8374 − 5 = 546.2626 t; electricity in 200 MWh × 0.4 = 80 t.
     * AL 1 000 t: SEE 0.5462626 / 0.08.
     */
    static ProductionProcess sinter() {
        return ProductionProcess.builder("sinter", AggregatedGoods.SINTERED_ORE)
                .activityLevel(v("1000", "t")).directEmissions(v("500", "t CO2e"))
                .heat(new ProductionProcess.Heat(v("2", "TJ"), v("60", "t CO2/TJ"), v("1", "TJ"), v("50", "t CO2/TJ")))
                .wasteGases(new ProductionProcess.WasteGases(v("1", "TJ"), v("2", "TJ")))
                .electricity(new ProductionProcess.Electricity(v("200", "MWh"), v("0.4", "t CO2/MWh"), "D.4.1",
                        v("10", "MWh"), v("0.5", "t CO2/MWh")))
                .build();
    }

    /** Pellets bought at 0.2 t CO2e/t (a default value) with 0.05 MWh/t at 0.6 t CO2/MWh: 0.03. */
    static PurchasedPrecursor pellets() {
        return new PurchasedPrecursor("pellets", AggregatedGoods.SINTERED_ORE, "BR", v("0.2", "t CO2e/t"),
                PurchasedPrecursor.Basis.DEFAULT, v("0.05", "MWh/t"), PurchasedPrecursor.Basis.MEASURED,
                v("0.6", "t CO2/MWh"), "D.4.1");
    }

    @Test
    void simpleGood_everyTermOfEquation55() {
        CbamResult r = SeeCalculator.calculate(new Installation("", "", "", List.of(sinter()), List.of(), List.of()));
        ProcessResult p = r.process("sinter");
        assertExact("546.2626", p.attributedDirect().value());
        assertExact("80", p.attributedIndirect().value());
        assertExact("0.5462626", p.seeDirect().value());
        assertExact("0.08", p.seeIndirect().value());
        assertExact("0.6262626", p.seeTotal().value());
        assertEquals("AttrEm,dir / AL", p.seeDirect().equation());
        assertTrue(p.attributedDirect().reference().contains("Equation 55"));
        assertExact("74.8374", p.attributedDirect().terms().get(4).value());
    }

    /**
     * Blast furnace: AL 500 t, DirEm* 1 000 t, 800 t of sinter and 100 t of pellets: SEE,dir =
     * (1000 + 800 × 0.5462626 + 100 × 0.2) / 500 = 2.91402016; SEE,indir = (800 × 0.08 + 100 ×
     * 0.03) / 500 = 0.134; from defaults: 100 / 500 × 0.2 = 0.04 of 2.91402016.
     */
    @Test
    void complexGood_precursorsInternalAndPurchased() {
        ProductionProcess bf = ProductionProcess.builder("bf", AggregatedGoods.PIG_IRON)
                .activityLevel(v("500", "t")).directEmissions(v("1000", "t CO2e"))
                .precursor("sinter", v("800", "t")).precursor("pellets", v("100", "t")).build();
        CbamResult r = SeeCalculator.calculate(new Installation("", "", "", List.of(bf, sinter()), List.of(pellets()),
                List.of(new Product("bf", "72011011", "", "pig iron", "hand case"))));
        ProcessResult p = r.process("bf");
        assertExact("2.91402016", p.seeDirect().value());
        assertExact("0.134", p.seeIndirect().value());
        assertEquals(0.04 / 2.91402016, p.shareFromDefaults().doubleValue(), 1e-15);
        assertEquals(0, r.process("sinter").shareFromDefaults().value().signum());
        assertEquals("bf", r.products().get(0).result().process().name());
    }

    @Test
    void negativeAttributedEmissions_setToZeroAndSaid() {
        ProductionProcess chp = ProductionProcess.builder("chp", AggregatedGoods.HYDROGEN)
                .activityLevel(v("10", "t")).directEmissions(v("10", "t CO2e"))
                .electricity(new ProductionProcess.Electricity(v("0", "MWh"), v("0", "t CO2/MWh"), "",
                        v("100", "MWh"), v("0.5", "t CO2/MWh"))).build();
        ProcessResult p = SeeCalculator.calculate(new Installation("", "", "", List.of(chp), List.of(), List.of()))
                .process("chp");
        assertExact("0", p.seeDirect().value());
        assertTrue(p.attributedDirect().equation().contains("-40") && p.attributedDirect().equation()
                .contains("set to zero"), p.attributedDirect().equation());
    }

    @Test
    void precursorLoop_isAnErrorNamingTheLoop() {
        ProductionProcess a = ProductionProcess.builder("A", AggregatedGoods.CRUDE_STEEL).activityLevel(v("1", "t"))
                .directEmissions(v("1", "t CO2e")).precursor("B", v("1", "t")).build();
        ProductionProcess b = ProductionProcess.builder("B", AggregatedGoods.IRON_OR_STEEL_PRODUCTS)
                .activityLevel(v("1", "t")).directEmissions(v("1", "t CO2e")).precursor("A", TracedValue.input(
                        BigDecimal.ONE, "t", "M", "sheet D_Processes, cell L97")).build();
        InvalidCbamInputException e = assertThrows(InvalidCbamInputException.class, () -> SeeCalculator.calculate(
                new Installation("", "", "", List.of(a, b), List.of(), List.of())));
        assertTrue(e.getMessage().contains("A → B → A"), e.getMessage());
        assertTrue(e.getMessage().contains("cell L97"), e.getMessage());
    }

    @Test
    void unknownPrecursor_isAnError() {
        ProductionProcess a = ProductionProcess.builder("A", AggregatedGoods.CRUDE_STEEL).activityLevel(v("1", "t"))
                .directEmissions(v("1", "t CO2e")).precursor("scrap", v("1", "t")).build();
        InvalidCbamInputException e = assertThrows(InvalidCbamInputException.class, () -> SeeCalculator.calculate(
                new Installation("", "", "", List.of(a), List.of(), List.of())));
        assertTrue(e.getMessage().contains("\"scrap\""), e.getMessage());
    }

    @Test
    void processWithoutOutput_isAnError() {
        ProductionProcess a = ProductionProcess.builder("A", AggregatedGoods.CRUDE_STEEL)
                .activityLevel(TracedValue.input(BigDecimal.ZERO, "t", "AL", "sheet D_Processes, cell L24"))
                .directEmissions(v("1", "t CO2e")).build();
        InvalidCbamInputException e = assertThrows(InvalidCbamInputException.class, () -> SeeCalculator.calculate(
                new Installation("", "", "", List.of(a), List.of(), List.of())));
        assertTrue(e.getMessage().contains("cell L24") && e.getMessage().contains("no output"), e.getMessage());
    }
}
