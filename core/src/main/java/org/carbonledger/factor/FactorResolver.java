package org.carbonledger.factor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.ghg.Gas;
import org.carbonledger.internal.NumberText;
import org.carbonledger.quantity.UnitKind;

/**
 * Applies a {@link FactorChain} to queries, as docs/design.md §4 says, and caches the outcomes.
 *
 * <p>For each table in chain order, the table can price the query if:
 * <ol>
 *   <li>it has factors for the activity, valid for the period (a factor's own validity, else the
 *       table's; with no period, any validity matches) and in the region or an ancestor;</li>
 *   <li>for every gas those factors cover, a factor applies to the sector (a sector-specific row,
 *       else a row for every sector) in the unit kind the amount can reach: its own kind, or one
 *       or two steps away through conversions the table publishes (a calorific value takes a mass
 *       to energy; a density, a volume to mass);</li>
 *   <li>for an energy amount, the calorific basis fits. The amount's basis is the stated one, else
 *       the one its unit carries by convention (Btu, mmBtu, therm: gross), else none. With a basis,
 *       factors on that basis price it; if the table's factors are on the other basis only, the
 *       amount is converted by the fuel's net and gross calorific values when a table of the chain
 *       publishes them ({@link NetGrossRatio}), else the table is passed over. With none, the
 *       factor's basis is taken, or the table's documented default when it publishes both.</li>
 * </ol>
 * The first table that can wins. Within it, for each gas, the most specific row wins (region
 * depth, then sector-specific over general); two rows equally specific are an
 * {@link AmbiguousFactorException}. If no table can, a {@link FactorNotFoundException} lists each
 * table and why not. Thread-safe; the cache holds at most {@link #CACHE_LIMIT} outcomes.
 */
public final class FactorResolver {
    /** The most outcomes the cache holds before it is cleared. */
    public static final int CACHE_LIMIT = 65_536;

    private final FactorChain chain;
    private final Function<ActivityId, Optional<NetGrossRatio>> ratios;
    /** The ids of the chain's tables: a conversion of basis uses calorific values of one of them only. */
    private final Set<String> inChain;
    private final Map<FactorQuery, Object> cache = new ConcurrentHashMap<>();

    /**
     * Creates a resolver that knows no net/gross ratio: an energy amount whose basis differs from
     * the only basis of its factors is not priced.
     *
     * @param chain the tables, first tried first
     */
    public FactorResolver(FactorChain chain) {
        this(chain, id -> Optional.empty());
    }

    /**
     * Creates a resolver that converts an energy amount to the basis of its factors where the
     * fuel's net and gross calorific values are published ({@link FactorRegistry#netGrossRatio}) by
     * a table in the chain: what a result uses comes from the tables it names.
     *
     * @param chain the tables, first tried first
     * @param ratios the net and gross calorific values of a fuel, if published
     */
    public FactorResolver(FactorChain chain, Function<ActivityId, Optional<NetGrossRatio>> ratios) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.ratios = Objects.requireNonNull(ratios, "ratios");
        Set<String> ids = new LinkedHashSet<>();
        chain.tables().forEach(t -> ids.add(t.info().id()));
        this.inChain = Set.copyOf(ids);
    }

    /** @return the chain */
    public FactorChain chain() {
        return chain;
    }

    /**
     * Resolves a query.
     *
     * @param query what to price
     * @return the factors and why they won
     * @throws FactorNotFoundException if no table can price it
     * @throws AmbiguousFactorException if the winning table has two equally good rows
     */
    public ResolvedFactor resolve(FactorQuery query) {
        Objects.requireNonNull(query, "query");
        Object cached = cache.get(query);
        if (cached == null) {
            try {
                cached = resolveUncached(query);
            } catch (FactorNotFoundException | AmbiguousFactorException e) {
                cached = e;
            }
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(query, cached);
        }
        if (cached instanceof RuntimeException e) {
            throw e;
        }
        return (ResolvedFactor) cached;
    }

    private ResolvedFactor resolveUncached(FactorQuery q) {
        List<String> passed = new ArrayList<>();
        int stage = 0;
        List<FactorTable> tables = chain.tables();
        for (int i = 0; i < tables.size(); i++) {
            FactorTable table = tables.get(i);
            Attempt a = attempt(table, q, ratios, inChain);
            if (a.result != null) {
                return resolved(q, table, a.result, a.result.why, passed);
            }
            if (a.stage == 1 && q.period() != null && !editions(table, q).isEmpty()) {
                return bySeries(q, i, passed);
            }
            stage = Math.max(stage, a.stage);
            passed.add(table.info().id() + ": " + a.whyNot);
        }
        throw new FactorNotFoundException(q, passed, STAGE_COLUMNS[stage]);
    }

    /** A gas a factor set must price: the gas, and for CO2 whether it is the biogenic CO2 of a blend. */
    private record GasSlot(Gas gas, boolean biogenic) implements Comparable<GasSlot> {
        boolean holds(EmissionFactor f) {
            return f.gas().equals(gas) && f.biogenicCo2() == biogenic;
        }

        @Override
        public int compareTo(GasSlot o) {
            int c = gas.compareTo(o.gas);
            return c != 0 ? c : Boolean.compare(biogenic, o.biogenic);
        }

        @Override
        public String toString() {
            return biogenic ? gas + " (biogenic)" : gas.id();
        }
    }

    private ResolvedFactor resolved(FactorQuery q, FactorTable table, Route r, String why, List<String> passed) {
        return new ResolvedFactor(q, table.info(), r.factors, r.conversions, r.basis, r.basisNote,
                "chain " + chain + ": " + why, passed, Set.of(), "");
    }

    /** An edition that prices a query on its last day (or first, when it has no end). */
    private record Edition(FactorTable table, LocalDate from, LocalDate to, Route route) {
        String describe() {
            return table.info().id() + " " + span(from, to);
        }
    }

    /**
     * Finds the validities at which a table prices a query, its period apart: one per distinct
     * validity of its factors for the activity, each tried on its last day. Empty when the table
     * does not cover the query's activity, region, sector and unit at any date.
     */
    private List<Edition> editions(FactorTable table, FactorQuery q) {
        TableInfo info = table.info();
        Set<List<LocalDate>> validities = new LinkedHashSet<>();
        for (EmissionFactor f : table.factors(q.activity())) {
            LocalDate from = f.validFrom() != null ? f.validFrom() : info.validFrom();
            LocalDate to = f.validTo() != null ? f.validTo() : info.validTo();
            validities.add(java.util.Arrays.asList(from, to));
        }
        List<Edition> out = new ArrayList<>();
        for (List<LocalDate> v : validities) {
            LocalDate day = v.get(1) != null ? v.get(1) : v.get(0);
            if (day == null) {
                continue; // valid at every date: the period cannot be what stopped it
            }
            Attempt a = attempt(table, q.withPeriod(Period.of(day, day)), ratios, inChain);
            if (a.result != null) {
                out.add(new Edition(table, v.get(0), v.get(1), a.result));
            }
        }
        return out;
    }

    /**
     * Prices a query whose period no factor of the table at {@code first} covers, although the
     * table covers its activity and region at other dates: the table's series answers, and no table
     * of another series does (a row never leaves its region's publisher because of its date). An
     * edition of the series valid for the period answers as usual; a period after every edition is
     * priced by the newest, flagged {@link FactorFlag#LATEST_EDITION}; a period before every
     * edition, or across two, is rejected naming the editions.
     */
    private ResolvedFactor bySeries(FactorQuery q, int first, List<String> passed) {
        List<FactorTable> tables = chain.tables();
        String series = tables.get(first).info().series();
        List<Edition> editions = new ArrayList<>();
        List<String> tried = new ArrayList<>(passed);
        for (int i = first; i < tables.size(); i++) {
            FactorTable t = tables.get(i);
            if (!t.info().series().equals(series)) {
                continue;
            }
            if (i > first) {
                Attempt a = attempt(t, q, ratios, inChain);
                if (a.result != null) {
                    return resolved(q, t, a.result, a.result.why + "; the edition of series " + series
                            + " valid for " + q.period(), tried);
                }
            }
            tried.add(t.info().id() + ": no factor for " + q.activity() + " valid for period " + q.period());
            editions.addAll(editions(t, q));
        }
        for (int i = 0; i < first; i++) {
            if (tables.get(i).info().series().equals(series)) {
                editions.addAll(editions(tables.get(i), q));
            }
        }
        Edition newest = null;
        LocalDate oldestFrom = LocalDate.MAX;
        for (Edition e : editions) {
            if (e.to != null && (newest == null || e.to.isAfter(newest.to))) {
                newest = e;
            }
            LocalDate from = e.from == null ? LocalDate.MIN : e.from;
            oldestFrom = from.isBefore(oldestFrom) ? from : oldestFrom;
        }
        boolean openEnded = editions.stream().anyMatch(e -> e.to == null);
        List<String> names = editions.stream().sorted(Comparator.comparing((Edition e) -> e.to == null ? LocalDate.MAX
                : e.to)).map(Edition::describe).distinct().toList();
        if (newest != null && !openEnded && q.period().start().isAfter(newest.to)) {
            String note = "period " + q.period() + " is after every edition of series " + series + " in the chain ("
                    + String.join(", ", names) + "): priced by the newest, " + newest.describe()
                    + " (the publisher has no factors for that date yet)";
            Route r = newest.route;
            return new ResolvedFactor(q, newest.table.info(), r.factors, r.conversions, r.basis, r.basisNote,
                    "chain " + chain + ": " + r.why.replace(" valid for " + newest.to, "") + "; " + note
                    + " (latest_edition)", tried, Set.of(FactorFlag.LATEST_EDITION), note);
        }
        String why = q.period().end().isBefore(oldestFrom)
                ? "period " + q.period() + " is before every edition of series " + series + " in the chain: "
                        + String.join(", ", names) + "; a record is not priced by another publisher's factors because"
                        + " of its date: give a table of that date (--table-file) or correct the period"
                : "period " + q.period() + " is not within one edition of series " + series + " ("
                        + String.join(", ", names) + "); split the record at the editions' boundaries";
        tried.add(series + ": " + why);
        throw new FactorNotFoundException(q, tried, "period");
    }

    private record Route(List<EmissionFactor> factors, List<Conversion> conversions, CalorificBasis basis,
            String basisNote, String why) {
    }

    private record Attempt(Route result, String whyNot, int stage) {
        static Attempt no(int stage, String why) {
            return new Attempt(null, why, stage);
        }
    }

    /** How far a table got, to name the column at fault: the furthest stage any table reached. */
    private static final String[] STAGE_COLUMNS = {"activity", "period", "region", "sector", "basis", "unit"};

    private static Attempt attempt(FactorTable table, FactorQuery q, Function<ActivityId, Optional<NetGrossRatio>> ratios,
            Set<String> inChain) {
        TableInfo info = table.info();
        List<EmissionFactor> all = table.factors(q.activity());
        if (all.isEmpty()) {
            return Attempt.no(0, "has no factor for " + q.activity());
        }
        List<EmissionFactor> valid = new ArrayList<>();
        for (EmissionFactor f : all) {
            if (validFor(f.validFrom(), f.validTo(), info, q)) {
                valid.add(f);
            }
        }
        if (valid.isEmpty()) {
            return Attempt.no(1, "no factor for " + q.activity() + " valid for period " + q.period()
                    + " (the table covers " + validity(info) + ")");
        }
        List<Region> lineage = table.lineage(q.region());
        if (q.region().depth() == 2) {
            Optional<Set<Region>> known = table.subRegionsOf(q.region().parent());
            if (known.isPresent() && !known.get().contains(q.region())) {
                return Attempt.no(2, "region " + q.region() + " is not one of the " + known.get().size()
                        + " sub-regions of " + q.region().parent() + " (" + known.get().stream().map(Region::id)
                        .sorted().collect(java.util.stream.Collectors.joining(", ")) + "); a record in an unknown"
                        + " sub-region is not priced at the country's average");
            }
        }
        List<EmissionFactor> inRegion = new ArrayList<>();
        for (EmissionFactor f : valid) {
            if (lineage.contains(f.region())) {
                inRegion.add(f);
            }
        }
        if (inRegion.isEmpty()) {
            Set<String> regions = new LinkedHashSet<>();
            valid.forEach(f -> regions.add(f.region().id()));
            return Attempt.no(2, "no factor for " + q.activity() + " in region " + q.region()
                    + (q.region().isGlobal() ? " (no region stated matches only global rows)" : " or its ancestors")
                    + "; its regions are " + String.join(", ", regions));
        }
        // one factor per gas, biogenic CO2 (the outside-of-scopes CO2 of a blend) a gas of its own
        Set<GasSlot> gases = new LinkedHashSet<>();
        inRegion.stream().map(f -> new GasSlot(f.gas(), f.biogenicCo2())).sorted().forEach(gases::add);

        // Kinds the amount can reach, with the conversions that reach them (0, 1 or 2 steps).
        Map<UnitKind, List<Conversion>> reach = new LinkedHashMap<>();
        reach.put(q.amountKind(), List.of());
        List<Conversion> convs = new ArrayList<>();
        for (Conversion c : table.conversions(q.activity())) {
            if (lineage.contains(c.region()) && validFor(c.validFrom(), c.validTo(), info, q)) {
                convs.add(c);
            }
        }
        for (int step = 0; step < 2; step++) {
            for (var e : new ArrayList<>(reach.entrySet())) {
                Conversion best = bestConversion(convs, e.getKey(), q, lineage);
                if (best != null && !reach.containsKey(best.unit().mass().kind())) {
                    List<Conversion> path = new ArrayList<>(e.getValue());
                    path.add(best);
                    reach.put(best.unit().mass().kind(), path);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int problemStage = 0;
        for (var e : reach.entrySet()) {
            UnitKind kind = e.getKey();
            List<EmissionFactor> ofKind = new ArrayList<>();
            for (EmissionFactor f : inRegion) {
                if (f.activityKind() == kind) {
                    ofKind.add(f);
                }
            }
            if (ofKind.isEmpty()) {
                continue;
            }
            // Calorific basis.
            CalorificBasis basis = null;
            Conversion basisConversion = null;
            String basisNote = "";
            if (kind == UnitKind.ENERGY) {
                Set<CalorificBasis> published = new LinkedHashSet<>();
                ofKind.forEach(f -> published.add(f.basis()));
                CalorificBasis convBasis = e.getValue().isEmpty() ? null : e.getValue().get(e.getValue().size() - 1).basis();
                CalorificBasis amountBasis = q.basis() != null ? q.basis() : q.unitBasis();
                if (convBasis != null) {
                    basis = convBasis;
                    basisNote = "factors on " + convBasis + " basis, matching the " + convBasis + " calorific value";
                } else if (q.amountKind() == UnitKind.ENERGY && amountBasis != null) {
                    String stated = "amount on " + amountBasis + " basis, " + (q.basis() != null ? "as stated"
                            : "as its unit (Btu, mmBtu, therm) is by convention");
                    Set<CalorificBasis> onABasis = new LinkedHashSet<>(published);
                    onABasis.remove(null);
                    if (onABasis.isEmpty()) {
                        // factors of no basis price energy of either: a stated basis is kept, a unit's convention is moot
                        if (q.basis() != null) {
                            basis = q.basis();
                            basisNote = stated;
                        }
                    } else if (onABasis.contains(amountBasis)) {
                        basis = amountBasis;
                        basisNote = stated;
                    } else {
                        Optional<NetGrossRatio> values = ratios.apply(q.activity());
                        Optional<NetGrossRatio> ratio = values.filter(r -> inChain.contains(r.source().tableId()));
                        if (ratio.isEmpty()) {
                            problems.add("the amount is on " + amountBasis + " basis"
                                    + (q.basis() != null ? "" : " (its unit's convention; state the basis if it is "
                                    + amountBasis.other() + ")") + " but its factors for " + q.activity() + " are on "
                                    + join(onABasis) + " basis only, and " + (values.isPresent()
                                    ? "the net and gross calorific values of " + q.activity() + " that convert it are "
                                    + values.get().source().tableId() + "'s, which is not in the chain"
                                    : "no net and gross calorific values of " + q.activity() + " are published to"
                                    + " convert it"));
                            problemStage = Math.max(problemStage, 4);
                            continue;
                        }
                        basis = onABasis.iterator().next();
                        Conversion change = ratio.get().toward(basis);
                        basisConversion = change;
                        basisNote = stated + "; converted to the " + basis + " basis of its factors by "
                                + NumberText.of(change.value()) + " (" + change.source().tableId() + ": "
                                + change.source().reference() + ")";
                    }
                } else {
                    published.remove(null);
                    if (published.size() == 1) {
                        basis = published.iterator().next();
                        basisNote = "no basis stated: amount taken on the " + basis + " basis of the factor";
                    } else if (published.size() > 1) {
                        basis = info.defaultBasis();
                        if (basis == null) {
                            problems.add("it publishes factors on both net and gross basis and has no default;"
                                    + " state the basis of the amount");
                            problemStage = Math.max(problemStage, 4);
                            continue;
                        }
                        basisNote = "no basis stated: amount taken on the " + basis + " basis, the table's documented"
                                + " default";
                    }
                }
                if (q.basis() != null && q.amountKind() != UnitKind.ENERGY) {
                    basisNote += (basisNote.isEmpty() ? "" : "; ") + "stated basis " + q.basis() + " does not apply to an"
                            + " amount of " + q.amountKind().description();
                }
            }
            List<EmissionFactor> chosen = new ArrayList<>();
            String missing = null;
            for (GasSlot g : gases) {
                EmissionFactor best = null;
                int bestRank = -1;
                EmissionFactor tie = null;
                for (EmissionFactor f : ofKind) {
                    if (!g.holds(f) || (f.sector() != null && f.sector() != q.sector())) {
                        continue;
                    }
                    if (basis != null && f.basis() != null && f.basis() != basis) {
                        continue;
                    }
                    int rank = (lineage.size() - lineage.indexOf(f.region())) * 2 + (f.sector() != null ? 1 : 0);
                    if (rank > bestRank) {
                        best = f;
                        bestRank = rank;
                        tie = null;
                    } else if (rank == bestRank) {
                        tie = f;
                    }
                }
                if (best == null && g.biogenic()) {
                    // the outside-of-scopes CO2 of a blend is a memo item: a unit it is not published for
                    // prices the fossil part alone, and the trace says so
                    basisNote += (basisNote.isEmpty() ? "" : "; ") + "no biogenic CO2 is published per unit of "
                            + kind.description() + (basis != null ? " on " + basis + " basis" : "")
                            + ", so none is reported for this amount";
                    continue;
                }
                if (best == null) {
                    missing = g.toString();
                    break;
                }
                if (tie != null) {
                    throw new AmbiguousFactorException("table " + info.id() + " has two equally specific " + g
                            + " factors for " + q + ": " + describe(best) + " and " + describe(tie)
                            + "; state a period or region that tells them apart, or fix the table");
                }
                chosen.add(best);
            }
            if (missing != null) {
                problems.add("no " + missing + " factor for sector " + q.sector() + " per unit of "
                        + kind.description() + (basis != null ? " on " + basis + " basis" : "")
                        + " (it has " + missing + " for other sectors or units only; a factor missing one of its gases"
                        + " is never used with a zero)");
                problemStage = Math.max(problemStage, 3);
                continue;
            }
            String why = "first table in the chain with factors for "
                    + q.activity() + " in region " + (chosen.get(0).region().isGlobal() ? "global"
                            : chosen.get(0).region().id()) + (q.period() != null ? " valid for " + q.period() : "")
                    + "; most specific row per gas"
                    + (q.period() == null ? "; no period stated: rows of every validity match, so this edition ("
                    + info.edition() + ", " + validity(info) + ") answers as the first in the chain" : "");
            List<Conversion> conversions = e.getValue();
            if (basisConversion != null) {
                conversions = new ArrayList<>(conversions);
                conversions.add(basisConversion);
            }
            return new Attempt(new Route(chosen, List.copyOf(conversions), basis, basisNote, why), null, 6);
        }
        if (!problems.isEmpty()) {
            return Attempt.no(problemStage, String.join("; ", problems));
        }
        Set<String> kinds = new LinkedHashSet<>();
        inRegion.forEach(f -> kinds.add(f.activityKind().description() + " (" + f.unit() + ")"));
        Set<String> convKinds = new LinkedHashSet<>();
        convs.forEach(c -> convKinds.add(c.unit().toString()));
        String hint = q.amountKind() == UnitKind.VOLUME ? "; an amount of volume needs a density or a per-volume factor"
                : q.amountKind() == UnitKind.STANDARD_VOLUME ? "; a gas volume at reference conditions needs a per-Nm3"
                + " or per-scf factor or a calorific value per volume" : "";
        return Attempt.no(5, q.activity() + " is priced per " + String.join(", ", kinds)
                + (convKinds.isEmpty() ? "" : " and converts with " + String.join(", ", convKinds))
                + ", not per unit of " + q.amountKind().description() + hint);
    }

    private static Conversion bestConversion(List<Conversion> convs, UnitKind from, FactorQuery q,
            List<Region> lineage) {
        Conversion best = null;
        for (Conversion c : convs) {
            if (c.unit().activity().kind() != from) {
                continue;
            }
            if (best == null || lineage.indexOf(c.region()) < lineage.indexOf(best.region())) {
                best = c;
            } else if (c.region().equals(best.region())
                    && c.unit().mass().kind() == best.unit().mass().kind()) {
                throw new AmbiguousFactorException("table " + c.source().tableId() + " has two equally specific"
                        + " conversions for " + q + ": " + c.unit() + " " + c.value() + " (" + c.source().reference()
                        + ") and " + best.unit() + " " + best.value() + " (" + best.source().reference() + ")");
            }
        }
        return best;
    }

    private static boolean validFor(java.time.LocalDate from, java.time.LocalDate to, TableInfo info, FactorQuery q) {
        if (q.period() == null) {
            return true;
        }
        return q.period().within(from != null ? from : info.validFrom(), to != null ? to : info.validTo());
    }

    /** Writes a validity as people read it: "2024" for a calendar year, "2024 to 2025" for whole years. */
    private static String span(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.getDayOfYear() == 1 && to.getMonthValue() == 12
                && to.getDayOfMonth() == 31) {
            return from.getYear() == to.getYear() ? String.valueOf(from.getYear())
                    : from.getYear() + " to " + to.getYear();
        }
        return (from == null ? "any start" : from.toString()) + " to " + (to == null ? "no end" : to.toString());
    }

    private static String validity(TableInfo info) {
        return (info.validFrom() == null ? "any start" : info.validFrom().toString()) + " to "
                + (info.validTo() == null ? "no end" : info.validTo().toString());
    }

    private static String join(Set<CalorificBasis> bases) {
        List<String> out = new ArrayList<>();
        bases.stream().sorted(Comparator.nullsLast(Comparator.naturalOrder()))
                .forEach(b -> out.add(b == null ? "unstated" : b.code()));
        return String.join(" and ", out);
    }

    private static String describe(EmissionFactor f) {
        return f.value() + " " + f.unit() + " (region " + f.region() + ", sector "
                + (f.sector() == null ? "any" : f.sector()) + ", " + f.source().reference() + ")";
    }
}
