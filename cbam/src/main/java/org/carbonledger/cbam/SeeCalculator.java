package org.carbonledger.cbam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the specific embedded emissions (SEE) of an installation's goods by Implementing
 * Regulation (EU) 2025/2547, Annex III:
 * <ul>
 *   <li>AttrEm,dir = DirEm* + EmH,imp − EmH,exp + WGcorr,imp − WGcorr,exp − Emel,prod (point A.3,
 *       Equation 55; set to zero where negative, as the equation's note says, and the trace says
 *       so), with EmH = Q × EFheat (Equation 52), WGcorr,imp = WG × EFNG (Equation 53),
 *       WGcorr,exp = WG × EFNG × Corrη (Equation 54);
 *   <li>AttrEm,indir = Emel,cons = electricity consumed × EFel (Equation 56);
 *   <li>SEE = AttrEm / AL + Σ (Mi / AL) × SEEi (Equations 57 to 63), direct and indirect apart,
 *       recursively through the precursors made in the installation (point B: "this method is
 *       used recursively to all precursors which are complex goods").
 * </ul>
 * This is the calculation of the Commission's communication template v2.1.1, whose hidden
 * {@code InputOutput} sheet solves the same system as a Leontief inverse; computed in the order of
 * the supply chain, the results agree with its cached results to better than 1e-12 relative.
 *
 * <p>Stateless and thread-safe.
 */
public final class SeeCalculator {

    /** EFNG, the standard emission factor of natural gas (IR (EU) 2025/2547 Annex II, point G, Table 1; IPCC 2006 GL). */
    public static final TracedValue EF_NATURAL_GAS = TracedValue.constant("56.1", "t CO2/TJ", "EFNG",
            "IR (EU) 2025/2547 Annex II, point G, Table 1 (natural gas 56,1 t CO2/TJ, IPCC 2006 GL)");
    /** Corrη, the efficiency correction of exported waste gases (IR (EU) 2025/2547 Annex III, point A.2.3). */
    public static final TracedValue CORR_ETA = TracedValue.constant("0.667", "-", "Corrη",
            "IR (EU) 2025/2547 Annex III, point A.2.3 (standard value Corrη = 0,667)");

    private static final String EQ55 = "IR (EU) 2025/2547 Annex III, point A.3, Equation 55";

    private SeeCalculator() {
    }

    /**
     * Computes the SEE of every process and product of an installation.
     *
     * @param installation the installation
     * @return the result
     * @throws InvalidCbamInputException if a process has no output (AL not above zero), a process
     *     consumes a precursor that is neither a process nor a purchased precursor, the precursors
     *     form a loop, two processes or precursors share a name, or a product names no process
     */
    public static CbamResult calculate(Installation installation) {
        Map<String, ProductionProcess> processes = new LinkedHashMap<>();
        Map<String, PurchasedPrecursor> purchased = new LinkedHashMap<>();
        for (ProductionProcess p : installation.processes()) {
            if (processes.put(p.name(), p) != null) {
                throw new InvalidCbamInputException(p.activityLevel().source(),
                        "two production processes are named \"" + p.name() + "\"; each needs its own name");
            }
            if (p.activityLevel().value().signum() <= 0) {
                throw new InvalidCbamInputException(p.activityLevel().source(), "production process \"" + p.name()
                        + "\" has no output (total production " + p.activityLevel().value().toPlainString()
                        + " " + p.activityLevel().unit() + "); SEE = AttrEm / AL needs a production above zero");
            }
        }
        for (PurchasedPrecursor pp : installation.purchased()) {
            if (processes.containsKey(pp.name()) || purchased.put(pp.name(), pp) != null) {
                throw new InvalidCbamInputException(pp.seeDirect().source(), "the purchased precursor \"" + pp.name()
                        + "\" has the name of another process or precursor; each needs its own name");
            }
        }
        Solver solver = new Solver(processes, purchased);
        List<ProcessResult> results = new ArrayList<>();
        for (ProductionProcess p : processes.values()) {
            results.add(solver.solve(p, new ArrayList<>()));
        }
        List<CbamResult.ProductResult> products = new ArrayList<>();
        for (Product product : installation.products()) {
            if (!processes.containsKey(product.process())) {
                throw new InvalidCbamInputException(product.source(), "the product names the production process \""
                        + product.process() + "\", which the installation does not have; accepted: "
                        + String.join(", ", processes.keySet()));
            }
            products.add(new CbamResult.ProductResult(product, solver.done.get(product.process())));
        }
        return new CbamResult(installation, results, products);
    }

    /** Solves the processes in supply-chain order, remembering each result. */
    private static final class Solver {
        private final Map<String, ProductionProcess> processes;
        private final Map<String, PurchasedPrecursor> purchased;
        private final Map<String, ProcessResult> done = new HashMap<>();
        /** Per process: the quantity of each purchased precursor embedded per functional unit (the inverse's row). */
        private final Map<String, Map<String, BigDecimal>> embedded = new HashMap<>();
        private final Set<String> active = new HashSet<>();

        Solver(Map<String, ProductionProcess> processes, Map<String, PurchasedPrecursor> purchased) {
            this.processes = processes;
            this.purchased = purchased;
        }

        ProcessResult solve(ProductionProcess p, List<String> path) {
            ProcessResult known = done.get(p.name());
            if (known != null) {
                return known;
            }
            path.add(p.name());
            active.add(p.name());
            TracedValue al = p.activityLevel();
            String unit = "t CO2e/" + p.goods().unit();
            TracedValue attrDir = attributedDirect(p);
            TracedValue attrIndir = attributedIndirect(p);

            List<TracedValue> dirTerms = new ArrayList<>(List.of(attrDir, al));
            List<TracedValue> indTerms = new ArrayList<>(List.of(attrIndir, al));
            BigDecimal dirEmbedded = attrDir.value();
            BigDecimal indEmbedded = attrIndir.value();
            BigDecimal elEmbedded = p.electricity().consumed().value();
            List<TracedValue> elTerms = new ArrayList<>(List.of(p.electricity().consumed(), al));
            Map<String, BigDecimal> chain = new LinkedHashMap<>();
            for (ProductionProcess.PrecursorInput in : p.precursors()) {
                TracedValue seeDir;
                TracedValue seeInd;
                BigDecimal share = in.quantity().value().divide(al.value(), TracedValue.MATH);
                ProductionProcess upstream = processes.get(in.from());
                if (upstream != null) {
                    if (active.contains(upstream.name())) {
                        List<String> loop = new ArrayList<>(path.subList(path.indexOf(upstream.name()), path.size()));
                        loop.add(upstream.name());
                        throw new InvalidCbamInputException(in.quantity().source(), "precursor loop: "
                                + String.join(" → ", loop) + "; the SEE of a process cannot depend on itself"
                                + " (IR (EU) 2025/2547 Annex III, point B computes precursors first)");
                    }
                    ProcessResult r = solve(upstream, path);
                    seeDir = r.seeDirect();
                    seeInd = r.seeIndirect();
                    elEmbedded = elEmbedded.add(in.quantity().value().multiply(r.embeddedElectricity().value()));
                    elTerms.add(in.quantity());
                    elTerms.add(r.embeddedElectricity());
                    embedded.get(upstream.name()).forEach((k, v) -> chain.merge(k, share.multiply(v), BigDecimal::add));
                } else {
                    PurchasedPrecursor pp = purchased.get(in.from());
                    if (pp == null) {
                        throw new InvalidCbamInputException(in.quantity().source(), "process \"" + p.name()
                                + "\" consumes \"" + in.from() + "\", which is neither a production process nor a"
                                + " purchased precursor of the installation");
                    }
                    seeDir = pp.seeDirect();
                    seeInd = pp.seeIndirect();
                    elEmbedded = elEmbedded.add(in.quantity().value().multiply(pp.electricity().value()));
                    elTerms.add(in.quantity());
                    elTerms.add(pp.electricity());
                    chain.merge(pp.name(), share, BigDecimal::add);
                }
                dirEmbedded = dirEmbedded.add(in.quantity().value().multiply(seeDir.value()));
                indEmbedded = indEmbedded.add(in.quantity().value().multiply(seeInd.value()));
                dirTerms.add(in.quantity());
                dirTerms.add(seeDir);
                indTerms.add(in.quantity());
                indTerms.add(seeInd);
            }
            boolean complex = !p.precursors().isEmpty();
            String ref = complex ? "IR (EU) 2025/2547 Annex III, point B, Equations 59 to 63"
                    : "IR (EU) 2025/2547 Annex III, point A.3, Equations 57 and 58";
            String eqDir = complex ? "(AttrEm,dir + Σ Mi × SEEi,dir) / AL" : "AttrEm,dir / AL";
            String eqInd = complex ? "(AttrEm,indir + Σ Mi × SEEi,indir) / AL" : "AttrEm,indir / AL";
            TracedValue seeDir = TracedValue.computed(dirEmbedded.divide(al.value(), TracedValue.MATH), unit,
                    "SEE,dir of " + p.name(), eqDir, ref, dirTerms);
            TracedValue seeInd = TracedValue.computed(indEmbedded.divide(al.value(), TracedValue.MATH), unit,
                    "SEE,indir of " + p.name(), eqInd, ref, indTerms);
            TracedValue total = TracedValue.computed(seeDir.value().add(seeInd.value()), unit, "SEE of " + p.name(),
                    "SEE,dir + SEE,indir", "IR (EU) 2025/2547 Annex III, point B", List.of(seeDir, seeInd));
            TracedValue electricity = TracedValue.computed(elEmbedded.divide(al.value(), TracedValue.MATH),
                    "MWh/" + p.goods().unit(), "embedded electricity of " + p.name(),
                    "(electricity consumed + Σ Mi × embedded electricity of i) / AL",
                    "IR (EU) 2025/2547 Annex IV (communication: embedded electricity); template InputOutput column AO",
                    elTerms);
            ProcessResult result = new ProcessResult(p, attrDir, attrIndir, seeDir, seeInd, total,
                    shareFromDefaults(seeDir, chain), electricity);
            embedded.put(p.name(), chain);
            done.put(p.name(), result);
            active.remove(p.name());
            path.remove(path.size() - 1);
            return result;
        }

        /** The share of SEE,dir from purchased precursors whose SEE,dir is a default value. */
        private TracedValue shareFromDefaults(TracedValue seeDir, Map<String, BigDecimal> chain) {
            BigDecimal fromDefaults = BigDecimal.ZERO;
            List<TracedValue> terms = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> e : chain.entrySet()) {
                PurchasedPrecursor pp = purchased.get(e.getKey());
                if (pp.directBasis() == PurchasedPrecursor.Basis.DEFAULT) {
                    BigDecimal part = e.getValue().multiply(pp.seeDirect().value());
                    fromDefaults = fromDefaults.add(part);
                    terms.add(TracedValue.computed(part, seeDir.unit(), "embedded default of " + pp.name(),
                            "mi,chain × SEEi,dir (default)", "IR (EU) 2025/2547 Annex III, point B, Equation 62",
                            List.of(TracedValue.computed(e.getValue(), "-", "mi,chain of " + pp.name(),
                                    "Σ along the supply chain of Mi / AL", "IR (EU) 2025/2547 Annex III, point B,"
                                            + " Equation 61", List.of()), pp.seeDirect())));
                }
            }
            terms.add(seeDir);
            if (seeDir.value().signum() == 0) {
                return TracedValue.computed(BigDecimal.ZERO, "-", "share of SEE,dir from default values",
                        "0 because SEE,dir = 0", "communication template v2.1.1, Summary_Processes column AG", terms);
            }
            return TracedValue.computed(fromDefaults.divide(seeDir.value(), TracedValue.MATH), "-",
                    "share of SEE,dir from default values", "Σ (mi,chain × SEEi,dir of defaults) / SEE,dir",
                    "communication template v2.1.1, Summary_Processes column AG", terms);
        }
    }

    /** AttrEm,dir by Equation 55. */
    static TracedValue attributedDirect(ProductionProcess p) {
        ProductionProcess.Heat h = p.heat();
        TracedValue heatImp = product(h.imported(), h.importFactor(), "t CO2", "EmH,imp", "Qimp × EFheat",
                "IR (EU) 2025/2547 Annex III, point A.3, Equation 52");
        TracedValue heatExp = product(h.exported(), h.exportFactor(), "t CO2", "EmH,exp", "Qexp × EFheat",
                "IR (EU) 2025/2547 Annex III, point A.3, Equation 52");
        TracedValue wgImp = product(p.wasteGases().imported(), EF_NATURAL_GAS, "t CO2", "WGcorr,imp",
                "VWG × NCVWG × EFNG", "IR (EU) 2025/2547 Annex III, point A.2.3, Equation 53");
        TracedValue wgExp = TracedValue.computed(p.wasteGases().exported().value().multiply(EF_NATURAL_GAS.value())
                .multiply(CORR_ETA.value()), "t CO2", "WGcorr,exp", "VWG,exp × NCVWG × EFNG × Corrη",
                "IR (EU) 2025/2547 Annex III, point A.2.3, Equation 54",
                List.of(p.wasteGases().exported(), EF_NATURAL_GAS, CORR_ETA));
        TracedValue elProd = product(p.electricity().exported(), p.electricity().exportFactor(), "t CO2",
                "Emel,prod", "electricity exported × EFel", "IR (EU) 2025/2547 Annex III, point A.3 (Emel,prod);"
                        + " Annex II, point D");
        BigDecimal v = p.directEmissions().value().add(heatImp.value()).subtract(heatExp.value()).add(wgImp.value())
                .subtract(wgExp.value()).subtract(elProd.value());
        List<TracedValue> terms = List.of(p.directEmissions(), heatImp, heatExp, wgImp, wgExp, elProd);
        String eq = "DirEm* + EmH,imp − EmH,exp + WGcorr,imp − WGcorr,exp − Emel,prod";
        if (v.signum() < 0) {
            return TracedValue.computed(BigDecimal.ZERO, "t CO2e", "AttrEm,dir of " + p.name(),
                    eq + " = " + v.toPlainString() + " < 0, set to zero as Equation 55 requires", EQ55, terms);
        }
        return TracedValue.computed(v, "t CO2e", "AttrEm,dir of " + p.name(), eq, EQ55, terms);
    }

    /** AttrEm,indir by Equation 56. */
    static TracedValue attributedIndirect(ProductionProcess p) {
        TracedValue el = product(p.electricity().consumed(), p.electricity().factor(), "t CO2", "Emel,cons",
                "electricity consumed × EFel", "IR (EU) 2025/2547 Annex II, point D");
        return TracedValue.computed(el.value(), "t CO2e", "AttrEm,indir of " + p.name(), "Emel,cons",
                "IR (EU) 2025/2547 Annex III, point A.3, Equation 56", List.of(el));
    }

    private static TracedValue product(TracedValue a, TracedValue b, String unit, String label, String eq, String ref) {
        return TracedValue.computed(a.value().multiply(b.value()), unit, label, eq, ref, List.of(a, b));
    }
}
