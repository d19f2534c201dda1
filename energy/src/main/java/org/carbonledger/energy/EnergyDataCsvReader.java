package org.carbonledger.energy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;

/**
 * Reads energy data for a baseline or reporting period from a CSV: one row per period, a
 * {@code period} column ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; optional, rows are
 * then labelled by row number and not checked for gaps), the energy column and the variable
 * columns the caller names. Other columns are ignored.
 *
 * <p>Strict: a blank, non-numeric, NaN or infinite value, a decimal comma, a negative energy
 * value, a repeated, unordered or missing period is an {@link InvalidEnergyDataException} naming
 * the file, row (header = 1), column and value; a whole data set is never fitted with a row
 * silently left out. A bad file (missing, empty, missing or duplicate column, other delimiter) is a
 * {@link CsvFormatException}. No other exception escapes (EnergyDataCsvReaderFuzzTest). Stateless.
 */
public final class EnergyDataCsvReader {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    private EnergyDataCsvReader() {
    }

    /**
     * Reads a file.
     *
     * @param file the CSV
     * @param energyColumn the energy column
     * @param variables the variable columns, in model order
     * @return the data, variables named as the caller named them
     * @throws CsvFormatException if the file cannot be read or lacks a column
     * @throws InvalidEnergyDataException for a bad value or period
     */
    public static EnergyData read(Path file, String energyColumn, List<String> variables) {
        Objects.requireNonNull(file, "file");
        try (CsvReader csv = CsvReader.open(file)) {
            return read(csv, energyColumn, variables);
        }
    }

    /**
     * Reads from an open CSV reader.
     *
     * @param csv positioned after the header
     * @param energyColumn the energy column
     * @param variables the variable columns, in model order
     * @return the data
     * @throws CsvFormatException if a column is missing
     * @throws InvalidEnergyDataException for a bad value or period
     */
    public static EnergyData read(CsvReader csv, String energyColumn, List<String> variables) {
        Objects.requireNonNull(energyColumn, "energyColumn");
        Objects.requireNonNull(variables, "variables");
        var h = csv.header();
        int energyCol = h.require(energyColumn);
        int[] varCols = new int[variables.size()];
        for (int j = 0; j < varCols.length; j++) {
            varCols[j] = h.require(variables.get(j));
        }
        OptionalInt periodCol = h.find("period");
        List<String> periods = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        while (csv.next()) {
            if (csv.isBlank() && h.size() > 1) {
                throw new InvalidEnergyDataException(csv.source(), csv.row(), null, null,
                        "the row is empty; remove it or fill it in");
            }
            String period;
            if (periodCol.isPresent()) {
                period = csv.field(periodCol.getAsInt()).strip();
                if (period.isEmpty()) {
                    throw new InvalidEnergyDataException(csv.source(), csv.row(), h.name(periodCol.getAsInt()), period,
                            "period is blank; give YYYY, YYYY-MM or YYYY-MM-DD");
                }
                try {
                    period = org.carbonledger.activity.Period.parse(period).text();
                } catch (IllegalArgumentException e) {
                    throw new InvalidEnergyDataException(csv.source(), csv.row(), h.name(periodCol.getAsInt()), period,
                            e.getMessage());
                }
            } else {
                period = "row " + csv.row();
            }
            double[] v = new double[1 + varCols.length];
            v[0] = number(csv, energyCol);
            if (v[0] < 0) {
                throw new InvalidEnergyDataException(csv.source(), csv.row(), h.name(energyCol),
                        csv.field(energyCol).strip(), EnergyData.NEGATIVE_ENERGY);
            }
            for (int j = 0; j < varCols.length; j++) {
                v[j + 1] = number(csv, varCols[j]);
            }
            periods.add(period);
            rows.add(v);
        }
        double[] energy = new double[rows.size()];
        Map<String, double[]> vars = new LinkedHashMap<>();
        for (int j = 0; j < varCols.length; j++) {
            vars.put(variables.get(j), new double[rows.size()]);
        }
        for (int i = 0; i < rows.size(); i++) {
            energy[i] = rows.get(i)[0];
            for (int j = 0; j < varCols.length; j++) {
                vars.get(variables.get(j))[i] = rows.get(i)[j + 1];
            }
        }
        try {
            return EnergyData.of(csv.source(), periods, energyColumn, energy, vars);
        } catch (InvalidEnergyDataException e) {
            if (e.value() != null && "period".equals(e.column())) {
                int i = periods.indexOf(e.value());
                if (i >= 0) {
                    int first = periods.indexOf(e.value());
                    int last = periods.lastIndexOf(e.value());
                    long row = (last != first ? last : i) + 2L;
                    String reason = e.getMessage().substring(e.getMessage().indexOf(": ", e.getMessage()
                            .indexOf("value '")) + 2);
                    throw new InvalidEnergyDataException(csv.source(), row, h.name(periodCol.getAsInt()), e.value(),
                            reason);
                }
            }
            throw e;
        }
    }

    private static double number(CsvReader csv, int col) {
        String text = csv.field(col).strip();
        String name = csv.header().name(col);
        if (text.isEmpty()) {
            throw new InvalidEnergyDataException(csv.source(), csv.row(), name, text,
                    "the value is blank; every period needs a number (a missing reading is not a zero)");
        }
        if (DECIMAL_COMMA.matcher(text).matches()) {
            throw new InvalidEnergyDataException(csv.source(), csv.row(), name, text,
                    "decimal comma; write it with '.' (" + text.replace(',', '.') + ")");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new InvalidEnergyDataException(csv.source(), csv.row(), name, text,
                    "not a number; give a decimal such as 1250.5 ('.' as separator, no units)");
        }
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            throw new InvalidEnergyDataException(csv.source(), csv.row(), name, text, "too large to represent");
        }
        return v + 0.0;
    }
}
