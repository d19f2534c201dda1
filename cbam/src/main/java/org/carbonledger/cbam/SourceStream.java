package org.carbonledger.cbam;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A source stream or emission source of an installation and its emissions, by one of the
 * monitoring methods of Implementing Regulation (EU) 2025/2547, Annex II, point B: the
 * calculation-based standard method for combustion (Equations 5 and 6) and process emissions
 * (Equation 11), the mass balance (Equation 12), a measurement-based figure (Equation 4, Emmeas),
 * or the emissions of a Carbon Ledger inventory record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the source stream's name
 * @param method how its emissions were determined
 * @param emissions its emissions, t CO2e, with their trace
 */
public record SourceStream(String name, Method method, TracedValue emissions) {

    /** f, the ratio of the molar masses of CO2 and C (IR (EU) 2025/2547 Annex II, point B.3.1.1, Equation 9). */
    public static final TracedValue F = TracedValue.constant("3.664", "t CO2/t C", "f",
            "IR (EU) 2025/2547 Annex II, point B.3.1.1 (f = 3,664 t CO2/t C)");

    /** GWP of N2O, 265 t CO2e/t (IR (EU) 2025/2547 Annex II, point G, Table 6). */
    public static final TracedValue GWP_N2O = TracedValue.constant("265", "t CO2e/t N2O", "GWP N2O",
            "IR (EU) 2025/2547 Annex II, point G, Table 6");
    /** GWP of CF4, 6 630 t CO2e/t (IR (EU) 2025/2547 Annex II, point G, Table 6). */
    public static final TracedValue GWP_CF4 = TracedValue.constant("6630", "t CO2e/t CF4", "GWP CF4",
            "IR (EU) 2025/2547 Annex II, point G, Table 6");
    /** GWP of C2F6, 11 100 t CO2e/t (IR (EU) 2025/2547 Annex II, point G, Table 6). */
    public static final TracedValue GWP_C2F6 = TracedValue.constant("11100", "t CO2e/t C2F6", "GWP C2F6",
            "IR (EU) 2025/2547 Annex II, point G, Table 6");

    /** The monitoring methods. */
    public enum Method {
        /** Combustion, standard method: Em = FQ × NCV × EF × OF (Equations 5 and 6). */
        COMBUSTION,
        /** Process emissions, standard method: Em = AD × EF × CF (Equation 11). */
        PROCESS,
        /** Mass balance: Em = f × AD × CC (Equation 12); outputs have negative AD. */
        MASS_BALANCE,
        /** Measurement-based (Equation 4, Emmeas), given in t CO2e. */
        MEASURED,
        /** Measured N2O converted to CO2e: N2O × GWP (Equation 18). */
        NITROUS_OXIDE,
        /** PFCs of primary aluminium by the slope method (Equations 21, 22 and 26). */
        PFC,
        /** The CO2e of a Carbon Ledger inventory record, with the record's own calculation. */
        LEDGER
    }

    // Validates the fields.
    public SourceStream {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(emissions, "emissions");
    }

    /**
     * Combustion emissions by the standard method: Em = FQ × NCV × EF × OF (Annex II, point
     * B.3.1.1, Equations 5 and 6).
     *
     * @param name the fuel
     * @param fuelQuantity FQ, t or m3
     * @param ncv NCV, TJ per unit of FQ
     * @param ef EF, t CO2/TJ
     * @param of OF, dimensionless (1 is always allowed)
     * @return the source stream
     */
    public static SourceStream combustion(String name, TracedValue fuelQuantity, TracedValue ncv, TracedValue ef,
            TracedValue of) {
        BigDecimal v = fuelQuantity.value().multiply(ncv.value()).multiply(ef.value()).multiply(of.value());
        return new SourceStream(name, Method.COMBUSTION, TracedValue.computed(v, "t CO2", "Em " + name,
                "FQ × NCV × EF × OF", "IR (EU) 2025/2547 Annex II, point B.3.1.1, Equations 5 and 6",
                List.of(fuelQuantity, ncv, ef, of)));
    }

    /**
     * Process emissions by the standard method: Em = AD × EF × CF (Annex II, point B.3.1.2,
     * Equation 11).
     *
     * @param name the material
     * @param ad AD, t of material
     * @param ef EF, t CO2/t
     * @param cf CF, dimensionless (1 is always allowed)
     * @return the source stream
     */
    public static SourceStream process(String name, TracedValue ad, TracedValue ef, TracedValue cf) {
        BigDecimal v = ad.value().multiply(ef.value()).multiply(cf.value());
        return new SourceStream(name, Method.PROCESS, TracedValue.computed(v, "t CO2", "Em " + name,
                "AD × EF × CF", "IR (EU) 2025/2547 Annex II, point B.3.1.2, Equation 11", List.of(ad, ef, cf)));
    }

    /**
     * A mass-balance stream: Em = f × AD × CC (Annex II, point B.3.2, Equation 12).
     *
     * @param name the material
     * @param ad AD, t; negative for an output
     * @param carbonContent CC, t C/t, positive
     * @return the source stream
     */
    public static SourceStream massBalance(String name, TracedValue ad, TracedValue carbonContent) {
        BigDecimal v = F.value().multiply(ad.value()).multiply(carbonContent.value());
        return new SourceStream(name, Method.MASS_BALANCE, TracedValue.computed(v, "t CO2", "Em " + name,
                "f × AD × CC", "IR (EU) 2025/2547 Annex II, point B.3.2, Equation 12", List.of(F, ad, carbonContent)));
    }

    /**
     * A measured emission source (Annex II, point B.2, Equation 4, Emmeas; N2O converted with its
     * GWP by Equation 18, PFCs by point B.7), given in t CO2e.
     *
     * @param name the emission source
     * @param co2e its measured emissions, t CO2e
     * @return the source stream
     */
    public static SourceStream measured(String name, TracedValue co2e) {
        return new SourceStream(name, Method.MEASURED, TracedValue.computed(co2e.value(), "t CO2e", "Em " + name,
                "Emmeas", "IR (EU) 2025/2547 Annex II, point B.2, Equation 4", List.of(co2e)));
    }

    /**
     * Measured N2O (nitric acid, adipic acid ...) converted to CO2e: CO2e = N2O × GWPN2O
     * (Annex II, point B.6.2.4, Equation 18; GWP 265, point G, Table 6).
     *
     * @param name the emission source
     * @param n2o the annual N2O emissions, t N2O
     * @return the source stream
     */
    public static SourceStream nitrousOxide(String name, TracedValue n2o) {
        return new SourceStream(name, Method.NITROUS_OXIDE, TracedValue.computed(n2o.value().multiply(GWP_N2O.value()),
                "t CO2e", "Em " + name, "N2O × GWP N2O", "IR (EU) 2025/2547 Annex II, point B.6.2.4, Equation 18",
                List.of(n2o, GWP_N2O)));
    }

    /**
     * PFC emissions of primary aluminium by the slope method (Annex II, point B.7.1): CF4 = AEM ×
     * SEFCF4 / 1000 × PrAl (Equation 21), C2F6 = CF4 × FC2F6 (Equation 22), CO2e = CF4 × GWPCF4 +
     * C2F6 × GWPC2F6 (point B.7.3, Equation 26; GWPs of point G, Table 6).
     *
     * @param name the emission source (the potline)
     * @param aem AEM, anode effect minutes per cell-day
     * @param sefCf4 SEFCF4, (kg CF4/t Al)/(anode effect minutes/cell-day)
     * @param primaryAluminium PrAl, t of primary aluminium produced
     * @param fC2F6 FC2F6, t C2F6/t CF4
     * @return the source stream
     */
    public static SourceStream pfcSlope(String name, TracedValue aem, TracedValue sefCf4, TracedValue primaryAluminium,
            TracedValue fC2F6) {
        BigDecimal cf4 = aem.value().multiply(sefCf4.value()).multiply(primaryAluminium.value()).movePointLeft(3);
        TracedValue tCf4 = TracedValue.computed(cf4, "t CF4", "CF4 " + name, "AEM × SEFCF4 / 1000 × PrAl",
                "IR (EU) 2025/2547 Annex II, point B.7.1, Equation 21", List.of(aem, sefCf4, primaryAluminium));
        TracedValue tC2f6 = TracedValue.computed(cf4.multiply(fC2F6.value()), "t C2F6", "C2F6 " + name,
                "CF4 × FC2F6", "IR (EU) 2025/2547 Annex II, point B.7.1, Equation 22", List.of(tCf4, fC2F6));
        BigDecimal co2e = tCf4.value().multiply(GWP_CF4.value()).add(tC2f6.value().multiply(GWP_C2F6.value()));
        return new SourceStream(name, Method.PFC, TracedValue.computed(co2e, "t CO2e", "Em " + name,
                "CF4 × GWP CF4 + C2F6 × GWP C2F6", "IR (EU) 2025/2547 Annex II, point B.7.3, Equation 26",
                List.of(tCf4, GWP_CF4, tC2f6, GWP_C2F6)));
    }
}
