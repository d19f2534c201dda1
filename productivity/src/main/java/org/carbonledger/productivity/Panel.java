package org.carbonledger.productivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decision-making units over periods, with named inputs, desirable outputs and undesirable
 * outputs: the data of every DEA model and productivity index.
 *
 * <pre>{@code
 * Panel panel = Panel.builder()
 *         .inputs("labour", "capital", "energy")
 *         .goods("value_added")
 *         .bads("co2")
 *         .add("Plant A", "2023", new double[] {120, 5.2e6, 3.1e4}, new double[] {8.8e6},
 *                 new double[] {1.9e7})
 *         .build();
 * }</pre>
 *
 * <p>Period labels are read as time and ordered as time: years or period numbers ({@code 2023},
 * {@code 1}), quarters ({@code 2023-Q1}), months ({@code 2023-06}) or days ({@code 2023-06-30}),
 * one kind per panel; a label of another form ({@code FY23}) or of a second kind is refused. A
 * panel either has periods on every observation or on none. Immutable and thread-safe.
 */
public final class Panel {
    private final List<String> inputNames;
    private final List<String> goodNames;
    private final List<String> badNames;
    private final List<Observation> observations;
    private final List<String> periods;
    private final Map<String, List<Observation>> byPeriod;

    private Panel(Builder b) {
        this.inputNames = List.copyOf(b.inputs);
        this.goodNames = List.copyOf(b.goods);
        this.badNames = List.copyOf(b.bads);
        this.observations = List.copyOf(b.observations);
        List<String> ps = new ArrayList<>();
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : observations) {
            String p = o.periodOrNull() == null ? "" : o.periodOrNull();
            groups.computeIfAbsent(p, k -> new ArrayList<>()).add(o);
        }
        ps.addAll(groups.keySet());
        if (!groups.containsKey("")) {
            Map<String, PeriodLabel> parsed = new HashMap<>();
            for (String p : ps) {
                parsed.put(p, PeriodLabel.parse(p));
            }
            ps.sort(Comparator.comparing(parsed::get, PeriodLabel.IN_TIME));
        }
        Map<String, List<Observation>> sorted = new LinkedHashMap<>();
        for (String p : ps) {
            sorted.put(p, List.copyOf(groups.get(p)));
        }
        this.periods = List.copyOf(ps);
        this.byPeriod = Collections.unmodifiableMap(sorted);
    }

    /**
     * Starts an empty panel.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return input column names */
    public List<String> inputNames() {
        return inputNames;
    }

    /** @return desirable output column names */
    public List<String> goodNames() {
        return goodNames;
    }

    /** @return undesirable output column names (may be empty) */
    public List<String> badNames() {
        return badNames;
    }

    /** @return every observation, in the order added */
    public List<Observation> observations() {
        return observations;
    }

    /** @return whether observations carry periods */
    public boolean hasPeriods() {
        return !observations.isEmpty() && observations.get(0).periodOrNull() != null;
    }

    /** @return whether every observation carries input prices */
    public boolean hasPrices() {
        for (Observation o : observations) {
            if (o.p() == null) {
                return false;
            }
        }
        return !observations.isEmpty();
    }

    /**
     * The period labels in order; a cross-section has the single label {@code ""}.
     *
     * @return the periods
     */
    public List<String> periods() {
        return periods;
    }

    /**
     * The observations of one period.
     *
     * @param period a label from {@link #periods()}
     * @return its observations, in the order added
     * @throws IllegalArgumentException for an unknown period
     */
    public List<Observation> period(String period) {
        List<Observation> list = byPeriod.get(period);
        if (list == null) {
            throw new IllegalArgumentException("no period '" + period + "' in the panel; periods: "
                    + periods);
        }
        return list;
    }

    /** @return the number of observations */
    public int size() {
        return observations.size();
    }

    @Override
    public String toString() {
        return "Panel[" + observations.size() + " observations, " + periods.size()
                + " periods, inputs=" + inputNames + ", goods=" + goodNames + ", bads=" + badNames
                + "]";
    }

    /** A mutable builder of a {@link Panel}; not thread-safe. */
    public static final class Builder {
        private List<String> inputs = List.of();
        private List<String> goods = List.of();
        private List<String> bads = List.of();
        private final List<Observation> observations = new ArrayList<>();

        private Builder() {
        }

        /**
         * Names the inputs.
         *
         * @param names one name per input, at least one
         * @return this builder
         */
        public Builder inputs(String... names) {
            this.inputs = List.of(names);
            return this;
        }

        /**
         * Names the desirable outputs.
         *
         * @param names one name per good output, at least one
         * @return this builder
         */
        public Builder goods(String... names) {
            this.goods = List.of(names);
            return this;
        }

        /**
         * Names the undesirable outputs.
         *
         * @param names one name per bad output, possibly none
         * @return this builder
         */
        public Builder bads(String... names) {
            this.bads = List.of(names);
            return this;
        }

        /**
         * Adds an observation without prices.
         *
         * @param dmu the unit
         * @param period the period label, or null for a cross-section
         * @param inputs the inputs
         * @param goods the good outputs
         * @param bads the bad outputs (an empty array when there are none)
         * @return this builder
         */
        public Builder add(String dmu, String period, double[] inputs, double[] goods,
                double[] bads) {
            return add(Observation.of(dmu, period, inputs, goods, bads));
        }

        /**
         * Adds an observation.
         *
         * @param observation the observation
         * @return this builder
         */
        public Builder add(Observation observation) {
            observations.add(Objects.requireNonNull(observation, "observation"));
            return this;
        }

        /**
         * Builds the panel.
         *
         * @return the panel
         * @throws IllegalArgumentException if there is no input or no good output, an
         *     observation's lengths differ from the names, periods are given for some
         *     observations only, a period label is not a year, period number, quarter, month or
         *     day, labels mix those kinds or write one period two ways, or a unit appears twice
         *     in one period
         */
        public Panel build() {
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("a panel needs at least one input");
            }
            if (goods.isEmpty()) {
                throw new IllegalArgumentException("a panel needs at least one desirable output");
            }
            Set<String> seen = new HashSet<>();
            Boolean withPeriod = null;
            Map<String, PeriodLabel> labels = new LinkedHashMap<>();
            for (Observation o : observations) {
                if (o.x().length != inputs.size() || o.y().length != goods.size()
                        || o.b().length != bads.size()) {
                    throw new IllegalArgumentException("unit " + o.dmu() + " has "
                            + o.x().length + " inputs, " + o.y().length + " good and "
                            + o.b().length + " bad outputs; the panel has " + inputs.size() + ", "
                            + goods.size() + " and " + bads.size());
                }
                boolean hasPeriod = o.periodOrNull() != null;
                if (withPeriod == null) {
                    withPeriod = hasPeriod;
                } else if (withPeriod != hasPeriod) {
                    throw new IllegalArgumentException("unit " + o.dmu() + (hasPeriod
                            ? " has a period but earlier observations have none"
                            : " has no period but earlier observations have one"));
                }
                if (hasPeriod && !labels.containsKey(o.periodOrNull())) {
                    try {
                        PeriodLabel label = PeriodLabel.parse(o.periodOrNull());
                        for (PeriodLabel other : labels.values()) {
                            label.requireCompatible(other);
                        }
                        labels.put(o.periodOrNull(), label);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("unit " + o.dmu() + ": "
                                + e.getMessage(), e);
                    }
                }
                String key = o.dmu() + "\u0000" + (hasPeriod ? o.periodOrNull() : "");
                if (!seen.add(key)) {
                    throw new IllegalArgumentException("unit " + o.dmu() + " appears twice"
                            + (hasPeriod ? " in period " + o.periodOrNull() : ""));
                }
            }
            return new Panel(this);
        }
    }
}
