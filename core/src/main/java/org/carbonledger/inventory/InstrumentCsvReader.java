package org.carbonledger.inventory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.internal.DecimalText;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitKind;
import org.carbonledger.quantity.UnitParser;

/**
 * Reads contractual instruments for the market-based scope 2 method from CSV.
 *
 * <p>Columns (names ignoring case): {@code id}, {@code type} ({@code certificate},
 * {@code contract} or {@code supplier}), {@code amount} and {@code unit} (the electricity
 * covered, such as {@code 500} {@code MWh}; both blank only for a supplier rate that covers all
 * the rest), {@code factor} and {@code factor_unit} (its emission rate in CO2e, such as {@code 0}
 * {@code kg/kWh} for renewable certificates or {@code 0.21} {@code kg/kWh} for a supplier's
 * disclosed mix) are required; {@code site}, {@code period}, {@code region}, {@code scheme},
 * {@code reference} are optional (blank site, period or region: any). Numbers are decimals as
 * {@link DecimalText} reads them: {@code Infinity}, {@code NaN} and a number too small to be told
 * from zero are refused. Order matters: instruments
 * are applied in file order. A bad row is an error naming file, row, column and value; the whole
 * file is refused, since a silently dropped certificate would overstate emissions.
 */
public final class InstrumentCsvReader {
    private InstrumentCsvReader() {
    }

    /**
     * Reads an instruments file.
     *
     * @param file the file
     * @return the instruments, in file order
     * @throws CsvFormatException if the file or any row is invalid
     */
    public static List<ContractualInstrument> read(Path file) {
        UnitParser units = UnitParser.standard();
        List<ContractualInstrument> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CsvReader csv = CsvReader.open(file)) {
            var h = csv.header();
            int id = h.require("id");
            int type = h.require("type");
            int amount = h.require("amount");
            int unit = h.require("unit");
            int factor = h.require("factor");
            int factorUnit = h.require("factor_unit");
            int site = h.find("site").orElse(-1);
            int period = h.find("period").orElse(-1);
            int region = h.find("region").orElse(-1);
            int scheme = h.find("scheme").orElse(-1);
            int reference = h.find("reference").orElse(-1);
            while (csv.next()) {
                long row = csv.row();
                if (csv.fault() != null) {
                    throw new CsvFormatException(csv.source(), row, "the row cannot be read: " + csv.fault()
                            + "; every instrument row must be readable, since a dropped certificate would overstate"
                            + " emissions");
                }
                String where = h.name(id);
                try {
                    String idText = csv.field(id).strip();
                    if (idText.isEmpty() || !ids.add(idText)) {
                        throw new IllegalArgumentException(idText.isEmpty() ? "id is blank" : "duplicate id");
                    }
                    where = h.name(type);
                    ContractualInstrument.Type t = ContractualInstrument.Type.parse(csv.field(type));
                    where = h.name(amount);
                    String amountText = csv.field(amount).strip();
                    double covered = Double.NaN;
                    if (!amountText.isEmpty() || !csv.field(unit).isBlank()) {
                        double a = DecimalText.parse(amountText);
                        if (a < 0) {
                            throw new IllegalArgumentException("amount must be zero or more");
                        }
                        where = h.name(unit);
                        ActivityUnit u = units.parse(csv.field(unit));
                        if (u.kind() != UnitKind.ENERGY) {
                            throw new IllegalArgumentException("the electricity covered is an energy (kWh, MWh ...), not "
                                    + u.kind().description());
                        }
                        covered = a * u.toCanonical();
                    }
                    where = h.name(factor);
                    double rate = DecimalText.parse(csv.field(factor).strip());
                    if (rate < 0) {
                        throw new IllegalArgumentException("factor must be zero or more");
                    }
                    where = h.name(factorUnit);
                    RateUnit ru = units.parseRate(csv.field(factorUnit));
                    if (ru.activity().kind() != UnitKind.ENERGY) {
                        throw new IllegalArgumentException("factor_unit is a mass of CO2e per energy, such as kg/kWh");
                    }
                    where = period >= 0 ? h.name(period) : where;
                    Period p = period >= 0 && !csv.field(period).isBlank() ? Period.parse(csv.field(period)) : null;
                    where = region >= 0 ? h.name(region) : where;
                    Region r = region >= 0 && !csv.field(region).isBlank() ? Region.parse(csv.field(region)) : null;
                    where = h.name(id);
                    out.add(new ContractualInstrument(idText, t, site >= 0 ? csv.field(site).strip() : "", p, r, covered,
                            ru.toCanonical(rate), scheme >= 0 ? csv.field(scheme).strip() : "",
                            reference >= 0 ? csv.field(reference).strip() : "", row));
                } catch (IllegalArgumentException e) {
                    int col = h.find(where).orElse(id);
                    throw new CsvFormatException(csv.source(), row, "column " + where + ", value '" + csv.field(col)
                            + "': " + e.getMessage());
                }
            }
        }
        return out;
    }
}
