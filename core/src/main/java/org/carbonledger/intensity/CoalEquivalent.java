package org.carbonledger.intensity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.quantity.UnitParser;

/**
 * Conversion of energy to standard coal equivalent (kgce, tce) and oil equivalent (toe).
 *
 * <p>{@link #gbt2589()} holds the coefficients of GB/T 2589-2008 <i>General principles for
 * calculation of the comprehensive energy consumption</i>, Appendix A, as published (rounded), one
 * citation per row (resource {@code gbt2589-2008-appendix-a.csv}): raw coal 0.7143 kgce/kg,
 * electricity (calorific equivalent) 0.1229 kgce/kWh, heat 0.03412 kgce/MJ ... The rows were read
 * from secondary reproductions of the 2008 edition; the 2020 edition modified Appendix A and was
 * not available, so these are named as the 2008 edition's.
 *
 * <p>Electricity has two equivalents: the calorific equivalent (当量值, 0.1229 kgce/kWh, the table
 * row) and the power-generation coal equivalent (等价值), the coal burned per kWh generated, which
 * the National Bureau of Statistics publishes each year. The latter has no built-in value: give it
 * with {@link #powerGenerationElectricity}. Energy in joules converts to tce with the definition
 * 1 tce = 29.3076 GJ (7000 kcal/kg × 4.1868 kJ/kcal; GB/T 2589-2008 uses 29 307 kJ/kgce) and to toe
 * with 1 toe = 41.868 GJ (10⁷ kcal, the IEA/OECD definition); see
 * {@link org.carbonledger.quantity.CarbonUnits}.
 *
 * <p>Immutable and thread-safe; the table is read once, lazily.
 */
public final class CoalEquivalent {
    private static final String RESOURCE = "gbt2589-2008-appendix-a.csv";
    /** GJ per tce (29.3076 GJ, {@code CarbonUnits.TONNE_OF_COAL_EQUIVALENT}). */
    public static final double GJ_PER_TCE = UnitParser.standard().parse("tce").toCanonical();
    /** GJ per toe (41.868 GJ, {@code CarbonUnits.TONNE_OF_OIL_EQUIVALENT}). */
    public static final double GJ_PER_TOE = UnitParser.standard().parse("toe").toCanonical();
    /** The row id of electricity's calorific equivalent in GB/T 2589-2008 Appendix A. */
    public static final String ELECTRICITY_CALORIFIC = "GBT2589-A16";

    private final List<CoalEquivalentCoefficient> rows;

    private CoalEquivalent(List<CoalEquivalentCoefficient> rows) {
        this.rows = List.copyOf(rows);
    }

    private static final class Holder {
        static final CoalEquivalent GBT2589 = load();
    }

    /** @return the coefficients of GB/T 2589-2008 Appendix A */
    public static CoalEquivalent gbt2589() {
        return Holder.GBT2589;
    }

    private static CoalEquivalent load() {
        InputStream in = CoalEquivalent.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing from the carbonledger-core jar");
        }
        List<CoalEquivalentCoefficient> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.withComments(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE)) {
            var h = csv.header();
            int id = h.require("id");
            int cn = h.require("name_cn");
            int en = h.require("name_en");
            int unit = h.require("unit");
            int value = h.require("kgce_per_unit");
            int doc = h.require("document");
            int ref = h.require("reference");
            int status = h.require("source_status");
            while (csv.next()) {
                out.add(new CoalEquivalentCoefficient(csv.field(id), csv.field(cn), csv.field(en),
                        UnitParser.standard().parse(csv.field(unit)), Double.parseDouble(csv.field(value)),
                        csv.field(doc), csv.field(ref), csv.field(status)));
            }
        }
        return new CoalEquivalent(out);
    }

    /** @return every coefficient, in the standard's order */
    public List<CoalEquivalentCoefficient> coefficients() {
        return rows;
    }

    /**
     * Finds a coefficient by row id, English name or Chinese name (ignoring case).
     *
     * @param name such as {@code GBT2589-A01}, {@code raw coal} or {@code 原煤}
     * @return the coefficient, or empty
     */
    public Optional<CoalEquivalentCoefficient> find(String name) {
        String s = Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
        for (CoalEquivalentCoefficient c : rows) {
            if (c.id().toLowerCase(Locale.ROOT).equals(s) || c.nameEn().toLowerCase(Locale.ROOT).equals(s)
                    || c.nameCn().equals(name.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Gets a coefficient.
     *
     * @param name row id, English or Chinese name
     * @return the coefficient
     * @throws IllegalArgumentException naming the carriers the table has, if unknown
     */
    public CoalEquivalentCoefficient get(String name) {
        return find(name).orElseThrow(() -> {
            List<String> names = new ArrayList<>();
            rows.forEach(c -> names.add(c.nameEn()));
            return new IllegalArgumentException("no coal-equivalent coefficient for '" + name + "' in GB/T 2589-2008"
                    + " Appendix A; it has " + String.join(", ", names));
        });
    }

    /** @return electricity's calorific equivalent, 0.1229 kgce/kWh (GB/T 2589-2008 Appendix A) */
    public CoalEquivalentCoefficient calorificElectricity() {
        return get(ELECTRICITY_CALORIFIC);
    }

    /**
     * Electricity's power-generation coal equivalent for a year: a user setting, as the National
     * Bureau of Statistics publishes a new value every year (there is no built-in value).
     *
     * @param gcePerKwh grams of coal equivalent per kWh, positive
     * @param year the year it applies to
     * @param source where the value comes from (publication, table), for traces
     * @return a coefficient in kgce/kWh
     */
    public static CoalEquivalentCoefficient powerGenerationElectricity(double gcePerKwh, int year, String source) {
        Objects.requireNonNull(source, "source");
        if (!(gcePerKwh > 0) || Double.isInfinite(gcePerKwh)) {
            throw new IllegalArgumentException("power-generation coal equivalent must be positive gce/kWh: " + gcePerKwh);
        }
        return new CoalEquivalentCoefficient("user-electricity-" + year, "电力(等价值)",
                "electricity (power-generation equivalent, " + year + ")", UnitParser.standard().parse("kWh"),
                gcePerKwh / 1000, source, "user setting for " + year, "given by the user");
    }

    /**
     * Converts energy to tonnes of coal equivalent, 1 tce = 29.3076 GJ.
     *
     * @param gj energy in GJ
     * @return tce
     */
    public static double tceFromGj(double gj) {
        return gj / GJ_PER_TCE;
    }

    /**
     * Converts energy to tonnes of oil equivalent, 1 toe = 41.868 GJ.
     *
     * @param gj energy in GJ
     * @return toe
     */
    public static double toeFromGj(double gj) {
        return gj / GJ_PER_TOE;
    }
}
