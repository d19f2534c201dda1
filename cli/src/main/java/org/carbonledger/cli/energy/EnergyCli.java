package org.carbonledger.cli.energy;

import org.carbonledger.cli.CommandOutput;
import org.carbonledger.cli.FatalException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.energy.Ashrae14Criteria;
import org.carbonledger.energy.Baseline;
import org.carbonledger.energy.BaselineFitter;
import org.carbonledger.energy.BaselineModel;
import org.carbonledger.energy.EnergyData;
import org.carbonledger.energy.EnergyDataCsvReader;
import org.carbonledger.energy.EnergyFlag;
import org.carbonledger.energy.InvalidEnergyDataException;
import picocli.CommandLine;

/** What the energy commands share: reading, fitting, JSON of a baseline, output and errors. */
final class EnergyCli {
    private EnergyCli() {
    }

    static CommandLine.ParameterException usage(CommandLine cl, String message) {
        return new CommandLine.ParameterException(cl, message);
    }

    static BaselineModel model(CommandLine cl, String text) {
        try {
            return BaselineModel.parse(text);
        } catch (IllegalArgumentException e) {
            throw usage(cl, "--model: " + e.getMessage());
        }
    }

    static void checkFormat(CommandLine cl, String format) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw usage(cl, "--format must be json or csv, not '" + format + "'");
        }
    }

    /** The columns to read: the variables, then the temperature when not among them. */
    static List<String> columns(CommandLine cl, BaselineModel model, List<String> variables, String temperature) {
        List<String> cols = new ArrayList<>(variables);
        if (model == BaselineModel.OLS) {
            if (temperature != null && !cols.contains(temperature)) {
                throw usage(cl, "--temperature applies to the change-point models (3p-heating, 3p-cooling, 5p);"
                        + " for ols list the column in --variables");
            }
        } else {
            if (temperature == null) {
                throw usage(cl, "--model " + model.label() + " needs --temperature COLUMN");
            }
            if (!cols.contains(temperature)) {
                cols.add(0, temperature);
            }
        }
        return cols;
    }

    static EnergyData read(Path file, String energy, List<String> columns) {
        try {
            return EnergyDataCsvReader.read(file, energy, columns);
        } catch (InvalidEnergyDataException | CsvFormatException e) {
            throw new FatalException(e.getMessage());
        }
    }

    static Baseline fit(EnergyData data, BaselineModel model, List<String> variables, String temperature) {
        try {
            return BaselineFitter.fit(data, model, variables, temperature);
        } catch (InvalidEnergyDataException e) {
            throw new FatalException(e.getMessage());
        }
    }

    static void put(ObjectNode node, String name, double v) {
        if (Double.isFinite(v)) {
            node.put(name, v);
        } else {
            node.putNull(name);
        }
    }

    /** The baseline as in contract v1 (docs/design.md §6), plus fields added after them. */
    static ObjectNode baselineJson(ObjectMapper mapper, Baseline b, Ashrae14Criteria criteria) {
        ObjectNode root = mapper.createObjectNode();
        root.put("model", b.model().label());
        root.put("n", b.n());
        root.put("p", b.p());
        ObjectNode c = root.putObject("coefficients");
        b.coefficients().forEach((k, v) -> put(c, k, v));
        put(root, "r2", b.fit().r2());
        put(root, "adj_r2", b.fit().adjustedR2());
        put(root, "cv_rmse", b.fit().cvRmse());
        put(root, "nmbe", b.fit().nmbe());
        ObjectNode t = root.putObject("t_stats");
        b.tStats().forEach((k, v) -> put(t, k, v));
        ObjectNode p = root.putObject("p_values");
        b.pValues().forEach((k, v) -> put(p, k, v));
        ObjectNode se = root.putObject("standard_errors");
        b.standardErrors().forEach((k, v) -> put(se, k, v));
        root.put("energy", b.energyName());
        if (b.temperature() != null) {
            root.put("temperature", b.temperature());
        }
        put(root, "rmse", b.fit().rmse());
        put(root, "mean_energy", b.fit().meanEnergy());
        put(root, "residual_autocorrelation", b.residualAutocorrelation());
        root.put("first_period", b.periods().get(0));
        root.put("last_period", b.periods().get(b.periods().size() - 1));
        ObjectNode crit = root.putObject("criteria");
        crit.put("source", "ASHRAE Guideline 14 (see docs/energy.md)");
        crit.put("max_cv_rmse", criteria.maxCvRmse());
        crit.put("max_abs_nmbe", criteria.maxAbsNmbe());
        crit.put("meets", b.fit().meets(criteria));
        ObjectNode ranges = root.putObject("variable_ranges");
        b.ranges().forEach((k, r) -> {
            ObjectNode o = ranges.putObject(k);
            put(o, "min", r.min());
            put(o, "max", r.max());
        });
        flags(root, b.flags(criteria));
        return root;
    }

    /** Writes the labels of flags as the array {@code flags} (docs/energy.md, "Refusals and flags"). */
    static void flags(ObjectNode node, Set<EnergyFlag> flags) {
        ArrayNode a = node.putArray("flags");
        flags.forEach(f -> a.add(f.label()));
    }

    /** The labels of flags joined by {@code ;}, for a CSV cell. */
    static String labels(Set<EnergyFlag> flags) {
        return flags.stream().map(EnergyFlag::label).collect(Collectors.joining(";"));
    }

    /** Says on stderr what the baseline's flags mean, one line each. */
    static void warnFlags(CommandLine cl, Baseline b) {
        if (b.flags().contains(EnergyFlag.ENERGY_CONSTANT)) {
            CommandOutput.warn(cl, "flag energy_constant: " + b.energyName() + " is the same in every baseline period, so R² is"
                    + " undefined (written as null); check for estimated readings or a stuck meter");
        }
    }

    /**
     * One row per term and statistic: {@code name,value,std_error,t_stat,p_value}; the last row,
     * {@code flags}, holds the flag labels joined by {@code ;}.
     */
    static void baselineCsv(Writer w, Baseline b, Ashrae14Criteria criteria) throws IOException {
        w.write("name,value,std_error,t_stat,p_value\n");
        w.write("model," + b.model().label() + ",,,\n");
        w.write("n," + b.n() + ",,,\n");
        w.write("p," + b.p() + ",,,\n");
        for (Map.Entry<String, Double> e : b.coefficients().entrySet()) {
            String k = e.getKey();
            w.write(CommandOutput.cell(k) + "," + number(e.getValue()) + "," + number(b.standardErrors().get(k)) + ","
                    + number(b.tStats().get(k)) + "," + number(b.pValues().get(k)) + "\n");
        }
        w.write("r2," + number(b.fit().r2()) + ",,,\n");
        w.write("adj_r2," + number(b.fit().adjustedR2()) + ",,,\n");
        w.write("cv_rmse," + number(b.fit().cvRmse()) + ",,,\n");
        w.write("nmbe," + number(b.fit().nmbe()) + ",,,\n");
        w.write("flags," + labels(b.flags(criteria)) + ",,,\n");
    }

    private static String number(Double d) {
        return d == null ? "" : CommandOutput.number(d);
    }
}
