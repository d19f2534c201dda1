package org.carbonledger.intensity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.activity.Period;

/**
 * Computes intensity metrics from footprints (emissions and final energy per site, process and
 * period) and production records.
 *
 * <p>Production rows are grouped by site, process, product and period; each group's outputs are
 * summed in their report unit (tonnes, m³ ...; {@link OutputUnit}) and its value added per
 * currency. A group is matched with the footprints of its site and process (a blank site or
 * process in the production row matches all) whose periods lie within the group's period (a
 * year of production matches its twelve months of emissions; a blank period matches all). Then,
 * with E the kg CO2e, Q the final energy in GJ, P the output and V the value added:
 * <ul>
 * <li>emission intensity E/P (kg CO2e per unit of output) and E/V (kg CO2e per unit of currency;
 * the "carbon intensity" of GDP in national statistics);
 * <li>specific energy consumption Q/P (GJ per unit of output; ISO 50006:2014 §4.4) and energy
 * intensity Q/V (GJ per unit of currency);
 * <li>carbon productivity P/(E/1000) and V/(E/1000) (output or value added per t CO2e; Kaya and
 * Yokobori 1997).
 * </ul>
 * Never a silent zero or a silent sum: outputs in units that do not add (tonnes and pieces), two
 * currencies, a footprint whose period overlaps the production period without lying within it
 * (emissions by year, production by month), footprints without a period against production with
 * one, several products sharing one process's emissions, a group without any footprint, and zero
 * outputs are each a problem in the result, and that metric is not computed. Stateless.
 */
public final class IntensityCalculator {
    private IntensityCalculator() {
    }

    /**
     * Intensities and the problems that kept some from being computed.
     *
     * @param intensities the metrics, grouped in production order
     * @param problems one line per metric not computed, naming the group and why
     */
    public record Result(List<Intensity> intensities, List<String> problems) {
        /** Copies the lists. */
        public Result {
            intensities = List.copyOf(intensities);
            problems = List.copyOf(problems);
        }
    }

    private record Key(String site, String process, String product, Period period) {
        String describe() {
            return "site '" + site + "', process '" + process + "', product '" + product + "', period "
                    + (period == null ? "(any)" : period.text());
        }
    }

    private static final class Group {
        final List<ProductionRecord> rows = new ArrayList<>();
    }

    /**
     * Computes the metrics.
     *
     * @param footprints emissions and energy per site, process and period
     * @param production production records
     * @return intensities and problems
     */
    public static Result compute(List<Footprint> footprints, List<ProductionRecord> production) {
        Objects.requireNonNull(footprints, "footprints");
        Objects.requireNonNull(production, "production");
        Map<Key, Group> groups = new LinkedHashMap<>();
        Map<Key, Integer> productsPerProcess = new LinkedHashMap<>();
        for (ProductionRecord r : production) {
            Key k = new Key(r.site(), r.process(), r.product(), r.period());
            if (!groups.containsKey(k)) {
                productsPerProcess.merge(new Key(r.site(), r.process(), "", r.period()), 1, Integer::sum);
            }
            groups.computeIfAbsent(k, x -> new Group()).rows.add(r);
        }
        List<Intensity> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Key, Group> e : groups.entrySet()) {
            group(e.getKey(), e.getValue(), footprints,
                    productsPerProcess.get(new Key(e.getKey().site, e.getKey().process, "", e.getKey().period)), out,
                    problems);
        }
        return new Result(out, problems);
    }

    private static void group(Key k, Group g, List<Footprint> footprints, int products, List<Intensity> out,
            List<String> problems) {
        String where = k.describe();
        OutputUnit unit = g.rows.get(0).unit();
        double output = 0;
        List<Long> rows = new ArrayList<>();
        for (ProductionRecord r : g.rows) {
            if (!r.unit().addsTo(unit)) {
                problems.add(where + ": outputs in " + unit.symbol() + " and " + r.unit().symbol()
                        + " cannot be added; give one unit of output per product");
                return;
            }
            output += r.reportQuantity();
            rows.add(r.row());
        }
        String currency = null;
        double value = 0;
        boolean valueComplete = true;
        for (ProductionRecord r : g.rows) {
            if (r.valueAdded().isEmpty()) {
                valueComplete = false;
                continue;
            }
            if (currency != null && !currency.equals(r.currency())) {
                problems.add(where + ": value added in " + currency + " and " + r.currency()
                        + " cannot be added; convert to one currency first");
                valueComplete = false;
                currency = null;
                break;
            }
            currency = r.currency();
            value += r.valueAdded().getAsDouble();
        }
        if (products > 1) {
            problems.add(where + ": " + products + " products share the emissions of this site, process and period;"
                    + " emissions are not allocated between products, so give each product its own process");
            return;
        }
        double co2e = 0;
        double energy = 0;
        boolean energyKnown = true;
        int matched = 0;
        List<String> periods = new ArrayList<>();
        for (Footprint f : footprints) {
            if ((!k.site.isEmpty() && !k.site.equals(f.site())) || (!k.process.isEmpty() && !k.process.equals(f.process()))) {
                continue;
            }
            if (k.period != null) {
                if (f.period() == null) {
                    problems.add(where + ": emissions of site '" + f.site() + "', process '" + f.process()
                            + "' have no period, so they cannot be set against production of " + k.period.text()
                            + "; give the activities a period");
                    return;
                }
                boolean within = f.period().within(k.period.start(), k.period.end());
                boolean overlaps = !f.period().end().isBefore(k.period.start())
                        && !f.period().start().isAfter(k.period.end());
                if (!within) {
                    if (overlaps) {
                        problems.add(where + ": emissions of period " + f.period().text() + " do not lie within the"
                                + " production period " + k.period.text() + "; give production by " + f.period().text()
                                + " or a longer period");
                        return;
                    }
                    continue;
                }
            }
            matched++;
            co2e += f.co2eKg();
            if (Double.isNaN(f.finalEnergyGj())) {
                energyKnown = false;
            } else {
                energy += f.finalEnergyGj();
            }
            if (f.period() != null && !periods.contains(f.period().text())) {
                periods.add(f.period().text());
            }
        }
        if (matched == 0) {
            problems.add(where + ": no emissions or energy recorded for it; intensities need both");
            return;
        }
        String period = k.period == null ? "" : k.period.text();
        String ru = unit.reportUnit();
        List<String> base = new ArrayList<>();
        base.add("emissions " + co2e + " kg CO2e = sum of " + matched + " inventory group(s)"
                + (periods.isEmpty() ? "" : " in periods " + String.join(", ", periods)));
        base.add("output " + output + " " + ru + " = sum of production row(s) " + rows
                + (unit.factor() != 1.0 ? " converted from " + unit.symbol() + " (× " + unit.factor() + ")" : ""));
        if (!(output > 0)) {
            problems.add(where + ": output is zero, so intensities per unit of output are undefined");
        } else {
            out.add(metric(k, period, "emission_intensity", co2e, output, "kg CO2e/" + ru, base,
                    "emission intensity = " + co2e + " / " + output));
            if (!energyKnown) {
                problems.add(where + ": the final energy of some of its activities is not known (amounts priced per"
                        + " mass or volume with no published calorific value), so specific energy consumption and"
                        + " energy intensity are not computed");
            } else {
                List<String> t = new ArrayList<>(base);
                t.add("final energy " + energy + " GJ = sum of the activities' energy (given in energy units, or"
                        + " taken to energy through the calorific value of their factor)");
                out.add(metric(k, period, "specific_energy_consumption", energy, output, "GJ/" + ru, t,
                        "specific energy consumption = " + energy + " / " + output));
            }
            if (co2e > 0) {
                out.add(metric(k, period, "carbon_productivity", output, co2e / 1000, ru + "/t CO2e", base,
                        "carbon productivity = " + output + " / (" + co2e + " / 1000)"));
            } else {
                problems.add(where + ": emissions are zero, so carbon productivity is undefined");
            }
        }
        if (valueComplete && currency != null) {
            List<String> t = new ArrayList<>(base);
            t.add("value added " + value + " " + currency + " = sum of production row(s) " + rows);
            if (value > 0) {
                out.add(metric(k, period, "emission_intensity_value_added", co2e, value, "kg CO2e/" + currency, t,
                        "emission intensity = " + co2e + " / " + value));
                if (energyKnown) {
                    out.add(metric(k, period, "energy_intensity_value_added", energy, value, "GJ/" + currency, t,
                            "energy intensity = " + energy + " / " + value));
                }
            }
            if (co2e > 0) {
                out.add(metric(k, period, "carbon_productivity_value_added", value, co2e / 1000, currency + "/t CO2e", t,
                        "carbon productivity = " + value + " / (" + co2e + " / 1000)"));
            }
        } else if (!valueComplete && currency != null) {
            problems.add(where + ": some production rows have no value added, so intensities per value added are"
                    + " not computed");
        }
    }

    private static Intensity metric(Key k, String period, String name, double num, double den, String unit,
            List<String> trace, String last) {
        List<String> t = new ArrayList<>(trace);
        double v = num / den;
        t.add(last + " = " + v + " " + unit);
        return new Intensity(k.site, k.process, k.product, period, name, v, unit, num, den, t);
    }
}
