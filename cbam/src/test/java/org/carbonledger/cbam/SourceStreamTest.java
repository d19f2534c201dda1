package org.carbonledger.cbam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The source-stream equations of IR (EU) 2025/2547 Annex II, point B, against hand calculations,
 * and DirEm* as their sum feeding the SEE.
 */
class SourceStreamTest {

    static TracedValue v(String value, String unit) {
        return SeeCalculatorTest.v(value, unit);
    }

    static void assertExact(String expected, BigDecimal actual) {
        SeeCalculatorTest.assertExact(expected, actual);
    }

    /** 1 000 t of coal × 0.0258 TJ/t × 94.6 t CO2/TJ × 0.98 = 25.8 TJ × 94.6 × 0.98 = 2 391.8664 t (Equations 5 and 6). */
    @Test
    void combustion() {
        assertExact("2391.8664", SourceStream.combustion("coal", v("1000", "t"), v("0.0258", "TJ/t"),
                v("94.6", "t CO2/TJ"), v("0.98", "-")).emissions().value());
    }

    /** 2 000 t of limestone × 0.44 t CO2/t × 1 = 880 t (Equation 11). */
    @Test
    void processEmissions() {
        assertExact("880", SourceStream.process("limestone", v("2000", "t"), v("0.44", "t CO2/t"), v("1", "-"))
                .emissions().value());
    }

    /** Mass balance: coke in 100 t at 0.85 t C/t, steel out −1 000 t at 0.002: 3.664 × (85 − 2) = 304.112 t (Equation 12). */
    @Test
    void massBalance() {
        BigDecimal in = SourceStream.massBalance("coke", v("100", "t"), v("0.85", "t C/t")).emissions().value();
        BigDecimal out = SourceStream.massBalance("steel", v("-1000", "t"), v("0.002", "t C/t")).emissions().value();
        assertExact("304.112", in.add(out));
    }

    /** 10 t N2O × 265 = 2 650 t CO2e (Equation 18, Table 6). */
    @Test
    void nitrousOxide() {
        assertExact("2650", SourceStream.nitrousOxide("nitric acid", v("10", "t N2O")).emissions().value());
    }

    /**
     * Slope method: AEM 0.1 min/cell-day, SEF 0.143, 100 000 t Al: CF4 = 1.43 t; C2F6 = 1.43 ×
     * 0.121 = 0.17303 t; CO2e = 1.43 × 6 630 + 0.17303 × 11 100 = 9 480.9 + 1 920.633 = 11 401.533 t.
     */
    @Test
    void pfcSlopeMethod() {
        SourceStream s = SourceStream.pfcSlope("potline", v("0.1", "min/cell-day"), v("0.143", "kg CF4/t Al per min"),
                v("100000", "t"), v("0.121", "t C2F6/t CF4"));
        assertExact("11401.533", s.emissions().value());
        assertEquals(SourceStream.Method.PFC, s.method());
    }

    /** DirEm* is the sum of the streams; the process's SEE,dir divides it by AL. */
    @Test
    void sourceStreams_makeDirEm() {
        ProductionProcess p = ProductionProcess.builder("kiln", AggregatedGoods.CEMENT_CLINKER)
                .activityLevel(v("1000", "t"))
                .sourceStreams(List.of(SourceStream.process("limestone", v("2000", "t"), v("0.44", "t CO2/t"),
                        v("1", "-")), SourceStream.measured("stack", v("120", "t CO2e"))))
                .build();
        assertExact("1000", p.directEmissions().value());
        ProcessResult r = SeeCalculator.calculate(new Installation("", "", "", List.of(p), List.of(), List.of()))
                .process("kiln");
        assertExact("1", r.seeDirect().value());
    }
}
