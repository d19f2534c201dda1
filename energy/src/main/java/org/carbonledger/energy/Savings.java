package org.carbonledger.energy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.carbonledger.activity.Period;

/**
 * Energy savings against a baseline: avoided energy use (the baseline adjusted to the reporting
 * period's conditions) and normalised savings (both periods' models under standard conditions).
 *
 * <p>Avoided energy use (IPMVP Core Concepts, "avoided energy consumption"; ISO 50015:2014;
 * ASHRAE Guideline 14): Sᵢ = Êᵢ − Eᵢ, where Êᵢ is the baseline model's prediction for the
 * reporting period's conditions and Eᵢ the metered energy; the total is Σ Sᵢ and F = Σ Sᵢ / Σ Êᵢ.
 * Normalised savings (IPMVP "normalized savings"; ISO 50006:2014 §6 normalisation to standard
 * conditions): S = Σ f_baseline(standard) − Σ f_reporting(standard). Stateless and thread-safe.
 */
public final class Savings {
    private Savings() {
    }

    /**
     * Avoided energy use over a reporting period, with its CUSUM and uncertainty.
     *
     * <p>Refused (an {@link InvalidEnergyDataException}): a reporting period that overlaps or
     * precedes the baseline period, or is of another granularity (monthly against daily: the
     * intercept is energy per baseline period), when both are dated; an adjusted baseline that is
     * not finite or whose total is not positive (savings cannot be a fraction of it). Flagged in
     * the report ({@link SavingsReport#flags()}, {@link SavingsReport#periodFlags(int)}): reporting
     * conditions outside the baseline's range (an extrapolated adjusted baseline, listed in
     * {@link SavingsReport#extrapolations()}), a negative adjusted baseline in some period,
     * undated periods whose order could not be checked, the baseline's own flags and criteria not
     * met. See docs/energy.md, "Refusals and flags", for the reasons.
     *
     * @param baseline the baseline model
     * @param reporting the reporting period: metered energy and every variable the baseline needs
     * @param criteria the ASHRAE 14 thresholds and the confidence level of the uncertainty
     * @return the report
     * @throws InvalidEnergyDataException if the reporting data lack a variable of the baseline, or
     *     for the refusals above
     */
    public static SavingsReport avoidedEnergyUse(Baseline baseline, EnergyData reporting, Ashrae14Criteria criteria) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(criteria, "criteria");
        if (reporting.size() == 0) {
            throw new InvalidEnergyDataException(reporting.source(), "the reporting period has no rows");
        }
        boolean dated = checkPeriods(baseline, reporting);
        double[] expected = baseline.predict(reporting);
        double[] actual = reporting.energy();
        double[] savings = new double[actual.length];
        double totalActual = 0;
        double totalExpected = 0;
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(expected[i])) {
                throw new InvalidEnergyDataException(reporting.source(), 0, null, null, "period "
                        + reporting.periods().get(i) + ": the adjusted baseline is " + expected[i] + "; the reporting"
                        + " conditions are too large for the model in double precision: rescale the variables");
            }
            savings[i] = expected[i] - actual[i];
            totalActual += actual[i];
            totalExpected += expected[i];
        }
        double[] cusum = Cusum.of(savings);
        double totalSavings = cusum[cusum.length - 1];
        if (!Double.isFinite(totalActual) || !Double.isFinite(totalSavings) || !(totalExpected > 0)
                || !Double.isFinite(totalExpected)) {
            throw new InvalidEnergyDataException(reporting.source(), 0, reporting.energyName(), null, "the adjusted"
                    + " baseline totals " + totalExpected + " and the metered energy " + totalActual + " over the"
                    + " reporting period; savings are a fraction of a positive, finite adjusted baseline, so they"
                    + " cannot be stated (check the reporting conditions against the baseline's ranges "
                    + baseline.ranges() + ")");
        }
        double f = totalSavings / totalExpected;
        GoodnessOfFit fit = baseline.fit();
        double rho = baseline.residualAutocorrelation();
        double fsu = SavingsUncertainty.fractional(fit.cvRmse(), fit.n(), fit.p(), actual.length, f,
                criteria.confidence(), rho);
        double abs = Double.isInfinite(fsu) ? Double.POSITIVE_INFINITY : fsu * Math.abs(totalSavings);
        boolean uncertaintyMeets = fsu <= criteria.maxFractionalUncertainty();
        List<SavingsReport.Extrapolation> outside = extrapolations(baseline, reporting);
        Set<EnergyFlag> flags = EnumSet.noneOf(EnergyFlag.class);
        flags.addAll(baseline.flags(criteria));
        if (!uncertaintyMeets) {
            flags.add(EnergyFlag.UNCERTAINTY_CRITERIA_NOT_MET);
        }
        if (!outside.isEmpty()) {
            flags.add(EnergyFlag.OUTSIDE_BASELINE_RANGE);
        }
        if (Arrays.stream(expected).anyMatch(e -> e < 0)) {
            flags.add(EnergyFlag.NEGATIVE_ADJUSTED_BASELINE);
        }
        if (!dated) {
            flags.add(EnergyFlag.PERIOD_ORDER_UNCHECKED);
        }
        return new SavingsReport(baseline.model().label(), reporting.periods(), actual, expected, savings, cusum,
                totalActual, totalExpected, totalSavings, f, fsu, abs, criteria.confidence(), rho,
                SavingsUncertainty.effectivePoints(fit.n(), rho), fit.meets(criteria), uncertaintyMeets, flags,
                outside);
    }

    /**
     * Checks that the reporting period comes after the baseline period, in the same granularity.
     * Avoided energy use compares the energy used after a measure with what the baseline
     * conditions, before it, would have used (IPMVP; ISO 50015); a reporting period that overlaps
     * the baseline measures the baseline against itself, and one that precedes it measures nothing
     * the measure did.
     *
     * @return true if both are dated and were checked; false if either is undated
     */
    private static boolean checkPeriods(Baseline baseline, EnergyData reporting) {
        List<Period> base = dated(baseline.periods());
        List<Period> rep = dated(reporting.periods());
        if (base == null || rep == null) {
            return false;
        }
        Period baseFirst = base.get(0);
        Period baseLast = base.get(base.size() - 1);
        Period repFirst = rep.get(0);
        Period repLast = rep.get(rep.size() - 1);
        String baseSpan = span(baseFirst, baseLast);
        if (repFirst.text().length() != baseFirst.text().length()) {
            throw new InvalidEnergyDataException(reporting.source(), 0, "period", repFirst.text(), "the reporting"
                    + " period is in " + granularity(repFirst) + " periods and the baseline (" + baseSpan + ") in "
                    + granularity(baseFirst) + " periods; the model's intercept is energy per baseline period, so give"
                    + " both in the same granularity");
        }
        if (repLast.end().isBefore(baseFirst.start())) {
            throw new InvalidEnergyDataException(reporting.source(), 0, "period", repFirst.text(), "the reporting"
                    + " period (" + span(repFirst, repLast) + ") precedes the baseline period (" + baseSpan + ");"
                    + " avoided energy use needs a reporting period after the baseline: swap the two files, or fit"
                    + " the baseline on the earlier period");
        }
        if (!repFirst.start().isAfter(baseLast.end())) {
            Period first = rep.stream().filter(p -> !p.end().isBefore(baseFirst.start())).findFirst().orElseThrow();
            throw new InvalidEnergyDataException(reporting.source(), 0, "period", first.text(), "the reporting period ("
                    + span(repFirst, repLast) + ") overlaps the baseline period (" + baseSpan + "); the periods must"
                    + " not share any time: start the reporting period after " + baseLast.text());
        }
        return true;
    }

    private static List<Period> dated(List<String> labels) {
        List<Period> out = new ArrayList<>();
        for (String label : labels) {
            try {
                out.add(Period.parse(label));
            } catch (IllegalArgumentException notDated) {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static String span(Period first, Period last) {
        return first.equals(last) ? first.text() : first.text() + " to " + last.text();
    }

    private static String granularity(Period p) {
        return switch (p.text().length()) {
            case 4 -> "yearly";
            case 7 -> "monthly";
            default -> "daily";
        };
    }

    private static List<SavingsReport.Extrapolation> extrapolations(Baseline baseline, EnergyData reporting) {
        List<SavingsReport.Extrapolation> out = new ArrayList<>();
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String v : baseline.ranges().keySet()) {
            values.put(v, reporting.variable(v));
        }
        for (int i = 0; i < reporting.size(); i++) {
            for (Map.Entry<String, Baseline.Range> r : baseline.ranges().entrySet()) {
                double x = values.get(r.getKey())[i];
                if (!r.getValue().contains(x)) {
                    out.add(new SavingsReport.Extrapolation(reporting.periods().get(i), r.getKey(), x,
                            r.getValue().min(), r.getValue().max()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Normalised savings: the baseline and reporting models both evaluated under standard
     * conditions, S = Σ f_baseline(standard) − Σ f_reporting(standard).
     *
     * @param baseline the model of the baseline period
     * @param reportingModel a model fitted to the reporting period, on the same variables
     * @param standardConditions the conditions to normalise to (a typical year, say); its energy
     *     series is not used
     * @return the savings in the energy unit of the models
     * @throws InvalidEnergyDataException if the conditions lack a variable of either model
     */
    public static double normalised(Baseline baseline, Baseline reportingModel, EnergyData standardConditions) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(reportingModel, "reportingModel");
        double s = 0;
        double[] b = baseline.predict(standardConditions);
        double[] r = reportingModel.predict(standardConditions);
        for (int i = 0; i < b.length; i++) {
            s += b[i] - r[i];
        }
        return s;
    }
}
