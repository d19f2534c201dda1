package org.carbonledger.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.activity.Scope;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.ExactSum;

/**
 * The figures a report shows, computed once here so that renderers only write them.
 *
 * <p>Stateless and thread-safe.
 */
public final class Figures {
    private Figures() {
    }

    /**
     * One bar of a chart.
     *
     * @param label what it stands for
     * @param value its value, in the chart's unit
     */
    public record Bar(String label, double value) {
        // Validates the fields.
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Converts kilograms to tonnes: 1 t = 1000 kg (SI Brochure, 9th ed., Table 8).
     *
     * @param kg a mass in kg
     * @return the mass in t
     */
    public static double tonnes(double kg) {
        return kg / 1000;
    }

    /**
     * Converts kilowatt-hours to megawatt-hours.
     *
     * @param kwh an energy in kWh
     * @return the energy in MWh
     */
    public static double mwh(double kwh) {
        return kwh / 1000;
    }

    /**
     * Gets a part's share of a total, in per cent.
     *
     * @param part the part
     * @param total the total
     * @return 100 × part / total, or NaN when the total is not positive
     */
    public static double percent(double part, double total) {
        return total > 0 ? 100 * part / total : Double.NaN;
    }

    /**
     * Makes the bars of a breakdown in kg CO2e: the groups in the order given (blank ones named
     * "(none)"), each label prefixed.
     *
     * @param totals totals by group
     * @param prefix put before each label, such as "Scope "
     * @return the bars
     */
    public static List<Bar> bars(Map<String, EmissionTotals> totals, String prefix) {
        List<Bar> out = new ArrayList<>();
        totals.forEach((k, v) -> out.add(new Bar(k.isEmpty() ? "(none)" : prefix + k, v.co2eKg())));
        return out;
    }

    /**
     * Keeps the {@code n − 1} largest groups of a breakdown and one bar for the others, their sum
     * computed exactly from the groups' totals and rounded once, in kg CO2e.
     *
     * @param totals totals by group
     * @param n the number of bars at most
     * @return the bars, largest first, the others last
     */
    public static List<Bar> top(Map<String, EmissionTotals> totals, int n) {
        List<Map.Entry<String, EmissionTotals>> sorted = new ArrayList<>(totals.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, EmissionTotals> e) -> e.getValue().co2eKg()).reversed());
        List<Bar> out = new ArrayList<>();
        if (sorted.size() <= n) {
            sorted.forEach(e -> out.add(bar(e)));
            return out;
        }
        sorted.subList(0, n - 1).forEach(e -> out.add(bar(e)));
        ExactSum rest = new ExactSum();
        for (Map.Entry<String, EmissionTotals> e : sorted.subList(n - 1, sorted.size())) {
            rest.add(e.getValue().co2eKg());
        }
        out.add(new Bar("others (" + (sorted.size() - n + 1) + ")", rest.doubleValue()));
        return out;
    }

    private static Bar bar(Map.Entry<String, EmissionTotals> e) {
        return new Bar(e.getKey().isEmpty() ? "(none)" : e.getKey(), e.getValue().co2eKg());
    }
    /**
     * A unit of mass for display, chosen for the magnitude of what it shows: kg, t (10^3 kg),
     * kt (10^6 kg) or Mt (10^9 kg) (SI Brochure, 9th ed., Table 8: the tonne, 1 t = 10^3 kg,
     * takes SI prefixes).
     */
    public enum MassUnit {
        /** Kilogram. */
        KG("kg", 0),
        /** Tonne, 10^3 kg. */
        T("t", 3),
        /** Kilotonne, 10^6 kg. */
        KT("kt", 6),
        /** Megatonne, 10^9 kg. */
        MT("Mt", 9);

        private final String symbol;
        private final int exponent;

        MassUnit(String symbol, int exponent) {
            this.symbol = symbol;
            this.exponent = exponent;
        }

        /** @return the symbol: "kg", "t", "kt" or "Mt" */
        public String symbol() {
            return symbol;
        }

        /**
         * Gets the unit for a mass: the largest whose value is at least 1 (kg below 1 t, Mt from
         * 1 Mt up), so that the figure shows three significant digits or more before the point.
         *
         * @param kg a mass in kg (its magnitude counts)
         * @return the unit
         */
        public static MassUnit forKg(double kg) {
            double a = Math.abs(kg);
            return a >= 1e9 ? MT : a >= 1e6 ? KT : a >= 1e3 ? T : KG;
        }

        /**
         * Converts kilograms to this unit, exactly (a power of ten moves the decimal point).
         *
         * @param kg a finite mass in kg
         * @return the exact mass in this unit
         */
        public BigDecimal of(double kg) {
            return new BigDecimal(kg).movePointLeft(exponent);
        }
    }

    /** Decimals of every mass shown in a chosen unit ({@link #mass(double, MassUnit)}). */
    public static final int MASS_DECIMALS = 2;

    /**
     * Writes a mass for reading, in the unit its magnitude calls for: {@code 494041705.2} kg is
     * "494.04 kt", {@code 12.5} kg is "12.50 kg". See {@link #mass(double, MassUnit)}.
     *
     * @param kg a finite mass in kg
     * @return the value and unit
     */
    public static String mass(double kg) {
        return mass(kg, MassUnit.forKg(kg));
    }

    /**
     * Writes a mass for reading in a given unit (the unit of a table or chart, chosen once for its
     * largest value): the exact value of the double rounded half-even to {@value #MASS_DECIMALS}
     * decimals, thousands separated by commas, never in exponent notation. A mass that is not zero
     * but rounds to zero reads "&lt; 0.01 t" rather than a false 0.
     *
     * @param kg a finite mass in kg
     * @param unit the unit
     * @return the value, a space and the unit's symbol
     * @throws IllegalArgumentException if the mass is not finite
     */
    public static String mass(double kg, MassUnit unit) {
        return massValue(kg, unit) + " " + unit.symbol();
    }

    /**
     * Writes a mass's number alone, as {@link #mass(double, MassUnit)} does.
     *
     * @param kg a finite mass in kg
     * @param unit the unit
     * @return the number
     * @throws IllegalArgumentException if the mass is not finite
     */
    public static String massValue(double kg, MassUnit unit) {
        finite(kg);
        BigDecimal v = unit.of(kg).setScale(MASS_DECIMALS, RoundingMode.HALF_EVEN);
        if (v.signum() == 0 && kg != 0) {
            return (kg < 0 ? "> −" : "< ") + BigDecimal.ONE.movePointLeft(MASS_DECIMALS).toPlainString();
        }
        return grouped(v);
    }

    /**
     * Writes a number exactly as it was read or computed: the shortest decimal that reads back as
     * the same double ({@code 1615.5}, {@code 0.01915}), thousands separated, never in exponent
     * notation. For ledger amounts, which must read as the ledger gives them.
     *
     * @param v a finite number
     * @return the text
     * @throws IllegalArgumentException if the number is not finite
     */
    public static String exact(double v) {
        finite(v);
        return grouped(new BigDecimal(Double.toString(v)).stripTrailingZeros());
    }

    /**
     * Writes a computed number rounded half-even to a number of significant digits, trailing
     * zeros dropped, thousands separated, never in exponent notation: {@code 9.999999999999999E-6}
     * to 6 digits is "0.00001". For values that are not masses (GWPs, intensities, shares, energy).
     *
     * @param v a finite number
     * @param significant the significant digits kept, at least 1
     * @return the text
     * @throws IllegalArgumentException if the number is not finite or the digits below 1
     */
    public static String rounded(double v, int significant) {
        finite(v);
        return rounded(new BigDecimal(v), significant);
    }

    /**
     * Writes an exact decimal rounded half-even to a number of significant digits, as
     * {@link #rounded(double, int)} does.
     *
     * @param v the number
     * @param significant the significant digits kept, at least 1
     * @return the text
     * @throws IllegalArgumentException if the digits are below 1
     */
    public static String rounded(BigDecimal v, int significant) {
        if (significant < 1) {
            throw new IllegalArgumentException("significant digits must be at least 1: " + significant);
        }
        BigDecimal r = v.round(new MathContext(significant, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return grouped(r.scale() < 0 ? r.setScale(0) : r);
    }

    private static void finite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
    }

    private static String grouped(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, v.scale()));
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(v).replace('-', '−');
    }

    /**
     * An ISO 14064-1 category beside the GHG Protocol scope it is reported under. ISO 14064-1:2018
     * (clause 5.2.4) groups an organisation's emissions into six categories; the mapping from a
     * scope is a convention of this report, documented in docs/design.md: scope 1 is category 1,
     * scope 2 is category 2, and scope 3 spreads over categories 3 to 6, which a record's scope
     * alone cannot tell apart.
     *
     * @param scope the scope
     * @param category "1", "2" or "3–6"
     * @param name the category's name in ISO 14064-1:2018, 5.2.4
     */
    public record IsoCategory(Scope scope, String category, String name) {
        // Validates the fields.
        public IsoCategory {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Gets the ISO 14064-1:2018 category (clause 5.2.4 a to f) that a scope is reported under.
     *
     * @param scope the scope
     * @return the category
     */
    public static IsoCategory isoCategory(Scope scope) {
        return switch (Objects.requireNonNull(scope, "scope")) {
            case SCOPE_1 -> new IsoCategory(scope, "1", "Direct GHG emissions and removals");
            case SCOPE_2 -> new IsoCategory(scope, "2", "Indirect GHG emissions from imported energy");
            case SCOPE_3 -> new IsoCategory(scope, "3–6", "Indirect GHG emissions from transportation (3),"
                    + " from products used by the organization (4), associated with the use of products from the"
                    + " organization (5), and from other sources (6)");
        };
    }

    /**
     * The periods of a breakdown split by granularity, each series in time order, so that no
     * chart puts a year beside months as if it were one: years ({@code 2025}), months
     * ({@code 2025-01}), days ({@code 2025-01-15}) and any other period (an interval) in series of
     * their own. Blank periods are left out.
     *
     * @param byPeriod totals by period text
     * @return the bars of each series in kg CO2e, by granularity ("year", "month", "day", "other"), in that order,
     *     only those present
     */
    public static Map<String, List<Bar>> periodSeries(Map<String, EmissionTotals> byPeriod) {
        Map<String, List<Map.Entry<String, EmissionTotals>>> groups = new LinkedHashMap<>();
        for (String g : List.of("year", "month", "day", "other")) {
            groups.put(g, new ArrayList<>());
        }
        for (Map.Entry<String, EmissionTotals> e : byPeriod.entrySet()) {
            String p = e.getKey();
            if (p.isEmpty()) {
                continue;
            }
            String g = p.matches("\\d{4}") ? "year" : p.matches("\\d{4}-\\d{2}") ? "month"
                    : p.matches("\\d{4}-\\d{2}-\\d{2}") ? "day" : "other";
            groups.get(g).add(e);
        }
        Map<String, List<Bar>> out = new LinkedHashMap<>();
        groups.forEach((g, entries) -> {
            if (!entries.isEmpty()) {
                entries.sort(Map.Entry.comparingByKey());
                out.put(g, entries.stream().map(Figures::bar).toList());
            }
        });
        return out;
    }
}
