package org.carbonledger.energy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.carbonledger.activity.Period;

/**
 * Energy use and relevant variables per period: the data of a baseline or reporting period
 * (ISO 50006:2014 §4: energy consumption and relevant variables such as production or degree
 * days).
 *
 * <p>Periods are labels in time order; when every label is a {@link Period} ({@code YYYY},
 * {@code YYYY-MM} or {@code YYYY-MM-DD}) the series is checked for one granularity, order and
 * gaps: a missing month or day is an error, never skipped. All values are finite, and energy is
 * not negative: it is consumption, and a negative reading (an export, a meter reset, a correction)
 * has no place in a consumption baseline. Immutable and thread-safe; arrays are copied in and out.
 *
 * <pre>{@code
 * EnergyData d = EnergyData.of("plant", List.of("2024-01", "2024-02", "2024-03"), "kwh",
 *         new double[] {100, 120, 90}, Map.of("tonnes", new double[] {10, 12, 9}));
 * }</pre>
 */
public final class EnergyData {
    /** Why negative energy is refused, and what to give instead. */
    static final String NEGATIVE_ENERGY = "energy consumption cannot be negative; give the energy consumed"
            + " (0 or more), with exports, meter resets or corrections resolved before the baseline";

    private final String source;
    private final List<String> periods;
    private final String energyName;
    private final double[] energy;
    private final Map<String, double[]> variables;

    private EnergyData(String source, List<String> periods, String energyName, double[] energy,
            Map<String, double[]> variables) {
        this.source = source;
        this.periods = periods;
        this.energyName = energyName;
        this.energy = energy;
        this.variables = variables;
    }

    /**
     * Makes a data set, checking it.
     *
     * @param source a name for messages (the file name)
     * @param periods period labels in time order, distinct; {@code YYYY-MM} style labels are
     *     checked for gaps
     * @param energyName the name of the energy series (a column name)
     * @param energy energy consumed per period, finite and not negative
     * @param variables relevant variables by name, each with one finite value per period; may
     *     be empty
     * @return the data set
     * @throws InvalidEnergyDataException if lengths differ, a value is not finite, energy is
     *     negative, a period is repeated, out of order or missing
     */
    public static EnergyData of(String source, List<String> periods, String energyName, double[] energy,
            Map<String, double[]> variables) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(energyName, "energyName");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(variables, "variables");
        int n = periods.size();
        if (energy.length != n) {
            throw new InvalidEnergyDataException(source, "the energy series has " + energy.length
                    + " values for " + n + " periods");
        }
        checkFinite(source, energyName, energy, periods);
        for (int i = 0; i < n; i++) {
            if (energy[i] < 0) {
                throw new InvalidEnergyDataException(source, 0, energyName, String.valueOf(energy[i]), "period "
                        + periods.get(i) + ": " + NEGATIVE_ENERGY);
            }
        }
        Map<String, double[]> vars = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : variables.entrySet()) {
            double[] v = Objects.requireNonNull(e.getValue(), e.getKey());
            if (v.length != n) {
                throw new InvalidEnergyDataException(source, 0, e.getKey(), null, "the variable has " + v.length
                        + " values for " + n + " periods");
            }
            checkFinite(source, e.getKey(), v, periods);
            vars.put(e.getKey(), v.clone());
        }
        List<String> labels = List.copyOf(periods);
        checkPeriods(source, labels);
        return new EnergyData(source, labels, energyName, energy.clone(), Collections.unmodifiableMap(vars));
    }

    private static void checkFinite(String source, String name, double[] v, List<String> periods) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new InvalidEnergyDataException(source, 0, name, String.valueOf(v[i]),
                        "period " + periods.get(i) + " has a value that is not a finite number");
            }
        }
    }

    private static void checkPeriods(String source, List<String> labels) {
        Set<String> seen = new HashSet<>();
        List<Period> parsed = new ArrayList<>();
        for (String p : labels) {
            if (!seen.add(p)) {
                throw new InvalidEnergyDataException(source, 0, "period", p, "the period appears twice;"
                        + " give one row per period");
            }
            try {
                parsed.add(Period.parse(p));
            } catch (IllegalArgumentException e) {
                parsed = null;
                break;
            }
        }
        if (parsed == null || parsed.size() < 2) {
            return;
        }
        for (int i = 1; i < parsed.size(); i++) {
            Period a = parsed.get(i - 1);
            Period b = parsed.get(i);
            if (a.text().length() != b.text().length()) {
                throw new InvalidEnergyDataException(source, 0, "period", b.text(), "periods mix granularities ("
                        + a.text() + " then " + b.text() + "); use one of YYYY, YYYY-MM or YYYY-MM-DD throughout");
            }
            if (!b.start().isAfter(a.end())) {
                throw new InvalidEnergyDataException(source, 0, "period", b.text(), "periods are not in time order ("
                        + a.text() + " then " + b.text() + "); sort the rows by period");
            }
            if (!b.start().equals(a.end().plusDays(1))) {
                throw new InvalidEnergyDataException(source, 0, "period", b.text(), "missing period(s) between "
                        + a.text() + " and " + b.text() + "; every period of the series needs a row");
            }
        }
    }

    /** @return the name used in messages */
    public String source() {
        return source;
    }

    /** @return the number of periods */
    public int size() {
        return periods.size();
    }

    /** @return the period labels, in order */
    public List<String> periods() {
        return periods;
    }

    /** @return the name of the energy series */
    public String energyName() {
        return energyName;
    }

    /** @return energy per period (a copy) */
    public double[] energy() {
        return energy.clone();
    }

    /** @return the variable names, in the order given */
    public List<String> variableNames() {
        return List.copyOf(variables.keySet());
    }

    /**
     * Gets a variable.
     *
     * @param name the variable name
     * @return its values per period (a copy)
     * @throws InvalidEnergyDataException if the data set has no such variable
     */
    public double[] variable(String name) {
        double[] v = variables.get(name);
        if (v == null) {
            throw new InvalidEnergyDataException(source, 0, name, null, "no such variable; the data have "
                    + (variables.isEmpty() ? "none" : String.join(", ", variables.keySet())));
        }
        return v.clone();
    }

    /**
     * Scales the energy series, as when the same data are given in another unit.
     *
     * @param k the factor, finite
     * @return the scaled data set
     */
    public EnergyData withEnergyMultipliedBy(double k) {
        double[] e = energy.clone();
        for (int i = 0; i < e.length; i++) {
            e[i] *= k;
        }
        return of(source, periods, energyName, e, variables);
    }

    /**
     * Replaces the energy series, keeping periods and variables.
     *
     * @param newEnergy one value per period
     * @return the new data set
     */
    public EnergyData withEnergy(double[] newEnergy) {
        return of(source, periods, energyName, newEnergy, variables);
    }

    @Override
    public String toString() {
        return "EnergyData[" + source + ", " + size() + " periods, " + energyName + " ~ " + variables.keySet() + "]";
    }

    static double[] copy(double[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
