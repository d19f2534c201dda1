package org.carbonledger.cbam;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.carbonledger.activity.Scope;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.intensity.ProductionRecord;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.Calculation;
import org.carbonledger.inventory.RecordOutcome;

/**
 * An installation built from a Carbon Ledger inventory: each CBAM production process is a
 * (site, process) of the ledger, its priced records are its source streams, and the production
 * data give its activity level.
 *
 * <ul>
 *   <li>Every scope 1 record of the process (combustion, process emissions, whatever the ledger
 *       prices) is a source stream; their sum is DirEm* (IR (EU) 2025/2547 Annex II, point B,
 *       Equation 4). The stream's emissions are the record's CO2e as the inventory computed it
 *       (its trace is carried whole); biogenic CO2, which the inventory reports apart, is not
 *       counted, as Annex II, point B.3.3 zero-rates biomass meeting its criteria.
 *   <li>A scope 2 record of electricity ({@code electricity/...}) is electricity consumed
 *       (Equation 56): the record's energy in MWh and the factor the ledger applied. CBAM asks for
 *       the factor of Annex II, point D: load it as a table of your own if the ledger's grid factor
 *       is not it.
 *   <li>A scope 2 record of heat or steam ({@code heat/...}, {@code steam/...}) is measurable heat
 *       imported (Annex III, point A.3, Equation 52): Q in TJ and EFheat as the ledger priced it
 *       (its CO2e per TJ), which the direct emissions include as EmH,imp.
 *   <li>AL is the sum of the production records of the same site and process, in tonnes.
 * </ul>
 * Heat exported, waste gases and precursors are not modelled on this path: a process that has them
 * needs the communication template. A scope 3 record in a CBAM process, a scope 2 record of another
 * activity, or a production quantity that is not a mass, is an error.
 *
 * <p>Stateless and thread-safe.
 */
public final class LedgerInstallation {

    private LedgerInstallation() {
    }

    /**
     * A good the installation sells: one row of the installation file.
     *
     * @param site the ledger's site
     * @param process the ledger's process, which is the CBAM production process
     * @param goods its aggregated goods category
     * @param cnCode its CN code (or TARIC code), digits only
     * @param product the product name, or ""
     * @param source the file and row it was read from
     */
    public record Good(String site, String process, AggregatedGoods goods, String cnCode, String product,
            String source) {
        // Validates the fields.
        public Good {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(process, "process");
            Objects.requireNonNull(goods, "goods");
            Objects.requireNonNull(cnCode, "cnCode");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Reads an installation file: CSV, header row, columns in any order, names case-insensitive:
     * {@code site}, {@code process}, {@code aggregated_good} (a category name of the template,
     * such as "Cement clinker"), {@code cn_code} (CN or TARIC code, spaces allowed), and optional
     * {@code product}. One row per good sold; the goods of one process share one category.
     *
     * @param file the file
     * @return the goods, in file order
     * @throws InvalidCbamInputException naming the file, row, column and value of a bad row
     */
    public static List<Good> readGoods(Path file) {
        List<Good> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(file)) {
            int site = csv.header().require("site");
            int process = csv.header().require("process");
            int goods = csv.header().require("aggregated_good");
            int cn = csv.header().require("cn_code");
            OptionalInt product = csv.header().find("product");
            Map<String, AggregatedGoods> categories = new LinkedHashMap<>();
            while (csv.next()) {
                if (csv.isBlank()) {
                    continue;
                }
                String where = file + ", row " + csv.row();
                String p = csv.field(process).strip();
                if (p.isEmpty()) {
                    throw new InvalidCbamInputException(where + ", column process", "the process is blank; name the"
                            + " ledger's process that makes the good");
                }
                String g = csv.field(goods);
                AggregatedGoods category = AggregatedGoods.find(g).orElseThrow(() -> new InvalidCbamInputException(
                        where + ", column aggregated_good", "\"" + g + "\" is not an aggregated goods category;"
                                + " accepted: " + AggregatedGoods.acceptedNames()));
                String code = csv.field(cn).replace(" ", "");
                if (!CnCodes.isCbamGood(code)) {
                    throw new InvalidCbamInputException(where + ", column cn_code", "\"" + csv.field(cn)
                            + "\" is not a CN code of a good in Annex I to Regulation (EU) 2023/956");
                }
                String s = csv.field(site).strip();
                AggregatedGoods before = categories.putIfAbsent(s + "\u0000" + p, category);
                if (before != null && before != category) {
                    throw new InvalidCbamInputException(where + ", column aggregated_good", "process \"" + p
                            + "\" was given as \"" + before.label() + "\" on an earlier row; a production process has"
                            + " one aggregated goods category");
                }
                out.add(new Good(s, p, category, code, product.isPresent() ? csv.field(product.getAsInt()).strip()
                        : "", where));
            }
        } catch (CsvFormatException e) {
            throw new InvalidCbamInputException(file.toString(), e.getMessage());
        }
        if (out.isEmpty()) {
            throw new InvalidCbamInputException(file.toString(), "no goods: give one row per good sold");
        }
        return out;
    }

    /**
     * Builds the installation.
     *
     * @param name the installation's name
     * @param goods the goods sold, with their processes
     * @param records the inventory's records ({@code InventoryResult.records()}, kept by the run)
     * @param production the production records
     * @return the installation, one production process per (site, process) of the goods
     * @throws InvalidCbamInputException if a process has a scope 3 record, or a production record
     *     that is not a mass
     */
    public static Installation build(String name, List<Good> goods, List<RecordOutcome> records,
            List<ProductionRecord> production) {
        Map<String, Good> processes = new LinkedHashMap<>();
        for (Good g : goods) {
            processes.putIfAbsent(key(g.site(), g.process()), g);
        }
        List<ProductionProcess> built = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        for (Good g : processes.values()) {
            built.add(process(g, records, production));
        }
        for (Good g : goods) {
            products.add(new Product(processName(g), g.cnCode(), "", g.product(), g.source()));
        }
        return new Installation(name, "", "", built, List.of(), products);
    }

    private static String key(String site, String process) {
        return site.strip().toLowerCase(Locale.ROOT) + "\u0000" + process.strip().toLowerCase(Locale.ROOT);
    }

    private static String processName(Good g) {
        return g.site().isEmpty() ? g.process() : g.site() + " / " + g.process();
    }

    private static ProductionProcess process(Good g, List<RecordOutcome> records, List<ProductionRecord> production) {
        String name = processName(g);
        String k = key(g.site(), g.process());
        List<SourceStream> streams = new ArrayList<>();
        BigDecimal mwh = BigDecimal.ZERO;
        BigDecimal elCo2e = BigDecimal.ZERO;
        List<TracedValue> elTerms = new ArrayList<>();
        BigDecimal tj = BigDecimal.ZERO;
        BigDecimal heatCo2e = BigDecimal.ZERO;
        List<TracedValue> heatTerms = new ArrayList<>();
        for (RecordOutcome o : records) {
            if (!o.isPriced()) {
                continue;
            }
            ActivityResult r = o.result();
            if (!key(r.activity().site(), r.activity().process()).equals(k)) {
                continue;
            }
            String where = "ledger row " + o.row() + " (" + r.activity().activity() + ")";
            BigDecimal t = BigDecimal.valueOf(r.co2eKg()).movePointLeft(3);
            TracedValue kg = TracedValue.input(BigDecimal.valueOf(r.co2eKg()), "kg CO2e", "CO2e of " + where,
                    where + ": " + String.join("; ", r.trace()));
            if (r.scope() == Scope.SCOPE_1) {
                streams.add(new SourceStream(where, SourceStream.Method.LEDGER, TracedValue.computed(t, "t CO2e",
                        "Em " + where, "CO2e kg / 1000", "Carbon Ledger inventory record (IR (EU) 2025/2547 Annex II,"
                                + " point B)", List.of(kg))));
            } else if (r.scope() == Scope.SCOPE_2) {
                Calculation c = r.calculation();
                String id = r.activity().activity().id();
                boolean heat = id.startsWith("heat/") || id.startsWith("steam/");
                if (!heat && !id.startsWith("electricity/")) {
                    throw new InvalidCbamInputException(where, "a scope 2 record of a CBAM process is electricity"
                            + " (electricity/...) or measurable heat imported (heat/..., steam/...), not " + id
                            + ": give the record its usual scope, or move it to another process");
                }
                if (!c.canonicalUnit().equals("GJ")) {
                    throw new InvalidCbamInputException(where, "an " + (heat ? "imported heat" : "electricity") + " record"
                            + " of a CBAM process must be an amount of energy (kWh, MWh, GJ), not " + c.unit());
                }
                if (heat) {
                    tj = tj.add(BigDecimal.valueOf(c.canonicalAmount()).movePointLeft(3));
                    heatCo2e = heatCo2e.add(t);
                    heatTerms.add(kg);
                } else {
                    BigDecimal m = BigDecimal.valueOf(c.canonicalAmount()).divide(new BigDecimal("3.6"), TracedValue.MATH);
                    mwh = mwh.add(m);
                    elCo2e = elCo2e.add(t);
                    elTerms.add(kg);
                }
            } else {
                throw new InvalidCbamInputException(where, "a scope " + r.scope().code() + " record in the CBAM production"
                        + " process \"" + name + "\"; CBAM counts direct (scope 1) and electricity (scope 2)"
                        + " emissions only: move the record to another process");
            }
        }
        BigDecimal al = BigDecimal.ZERO;
        List<TracedValue> alTerms = new ArrayList<>();
        for (ProductionRecord p : production) {
            if (!key(p.site(), p.process()).equals(k)) {
                continue;
            }
            String where = "production row " + p.row();
            if (!p.unit().reportUnit().equals("t")) {
                throw new InvalidCbamInputException(where, "the output of a CBAM process is counted in tonnes (IR (EU)"
                        + " 2025/2547 Annex II, point F); " + p.unit().symbol() + " is not a mass");
            }
            BigDecimal q = BigDecimal.valueOf(p.reportQuantity());
            al = al.add(q);
            alTerms.add(TracedValue.input(q, "t", "output " + p.product(), where));
        }
        ProductionProcess.Builder b = ProductionProcess.builder(name, g.goods()).sourceStreams(streams)
                .activityLevel(TracedValue.computed(al, g.goods().unit(), "AL of " + name, "Σ production records",
                        "IR (EU) 2025/2547 Annex II, point F", alTerms).withSource("production of " + name));
        if (tj.signum() > 0) {
            TracedValue imported = TracedValue.input(tj, "TJ", "measurable heat imported", "ledger scope 2 heat and"
                    + " steam records of " + name);
            TracedValue factor = TracedValue.computed(heatCo2e.divide(tj, TracedValue.MATH), "t CO2/TJ",
                    "EFheat as the ledger priced it", "Σ CO2e t / Σ TJ of the scope 2 heat and steam records",
                    "Carbon Ledger inventory (IR (EU) 2025/2547 Annex III, point A.3, Equation 52)", heatTerms);
            b.heat(new ProductionProcess.Heat(imported, factor, ProductionProcess.zero("TJ", "no heat exported"),
                    ProductionProcess.zero("t CO2/TJ", "no heat exported")));
        }
        if (mwh.signum() > 0) {
            TracedValue consumed = TracedValue.input(mwh, "MWh", "electricity consumed", "ledger scope 2 records of "
                    + name);
            TracedValue factor = TracedValue.computed(elCo2e.divide(mwh, TracedValue.MATH), "t CO2/MWh",
                    "EFel as the ledger priced it", "Σ CO2e t / Σ MWh of the scope 2 records",
                    "Carbon Ledger inventory; CBAM asks for IR (EU) 2025/2547 Annex II, point D", elTerms);
            b.electricity(new ProductionProcess.Electricity(consumed, factor, "ledger",
                    ProductionProcess.zero("MWh", "no electricity exported"),
                    ProductionProcess.zero("t CO2/MWh", "no electricity exported")));
        }
        return b.build();
    }
}
