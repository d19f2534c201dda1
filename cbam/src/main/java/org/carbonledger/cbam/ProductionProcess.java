package org.carbonledger.cbam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A production process of an installation, with the system boundary of one aggregated goods
 * category (Implementing Regulation (EU) 2025/2547, Annex II, Section 2), and the inputs of the
 * attribution of its emissions (Annex III, point A.3, Equations 55 and 56): its directly
 * attributable emissions, measurable heat and waste gases crossing its boundary, electricity
 * consumed and exported, and the precursors it consumes, with its activity level.
 *
 * <p>Build one with {@link #builder(String, AggregatedGoods)}. Immutable and thread-safe.
 *
 * @param name the process name, unique within the installation
 * @param goods the aggregated goods category it produces
 * @param activityLevel AL: the quantity produced in the reporting period, in functional units
 *     (Annex II, point F)
 * @param directEmissions DirEm*: the directly attributable emissions, t CO2e
 * @param heat measurable heat imported and exported
 * @param wasteGases waste gases imported and exported
 * @param electricity electricity consumed and exported
 * @param precursors the precursors consumed (Annex III, point B, Mi)
 * @param sourceStreams the source streams DirEm* was computed from, when known (empty when it was
 *     given as one figure, as in the template)
 */
public record ProductionProcess(String name, AggregatedGoods goods, TracedValue activityLevel,
        TracedValue directEmissions, Heat heat, WasteGases wasteGases, Electricity electricity,
        List<PrecursorInput> precursors, List<SourceStream> sourceStreams) {

    // Validates the fields and copies the lists.
    public ProductionProcess {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(activityLevel, "activityLevel");
        Objects.requireNonNull(directEmissions, "directEmissions");
        Objects.requireNonNull(heat, "heat");
        Objects.requireNonNull(wasteGases, "wasteGases");
        Objects.requireNonNull(electricity, "electricity");
        precursors = List.copyOf(precursors);
        sourceStreams = List.copyOf(sourceStreams);
    }

    /**
     * Measurable heat crossing the process boundary (Annex III, point A.3, Equation 52).
     *
     * @param imported Qimp, TJ
     * @param importFactor EFheat of the imported heat, t CO2/TJ
     * @param exported Qexp, TJ
     * @param exportFactor EFheat of the exported heat, t CO2/TJ
     */
    public record Heat(TracedValue imported, TracedValue importFactor, TracedValue exported,
            TracedValue exportFactor) {
        // Validates the fields.
        public Heat {
            Objects.requireNonNull(imported, "imported");
            Objects.requireNonNull(importFactor, "importFactor");
            Objects.requireNonNull(exported, "exported");
            Objects.requireNonNull(exportFactor, "exportFactor");
        }

        /** @return no heat crossing the boundary */
        public static Heat none() {
            TracedValue z = zero("TJ", "no measurable heat");
            TracedValue f = zero("t CO2/TJ", "no measurable heat");
            return new Heat(z, f, z, f);
        }
    }

    /**
     * Waste gases crossing the process boundary (Annex III, point A.2.3, Equations 53 and 54), as
     * energy content V × NCV.
     *
     * @param imported VWG × NCVWG of waste gases imported, TJ
     * @param exported VWG,exp × NCVWG of waste gases exported, TJ
     */
    public record WasteGases(TracedValue imported, TracedValue exported) {
        // Validates the fields.
        public WasteGases {
            Objects.requireNonNull(imported, "imported");
            Objects.requireNonNull(exported, "exported");
        }

        /** @return no waste gases crossing the boundary */
        public static WasteGases none() {
            TracedValue z = zero("TJ", "no waste gases");
            return new WasteGases(z, z);
        }
    }

    /**
     * Electricity consumed (Annex III, point A.3, Equation 56) and exported (Emel,prod of Equation
     * 55, as the communication template counts it: electricity exported from the process).
     *
     * @param consumed electricity consumed, MWh
     * @param factor the emission factor of the consumed electricity, t CO2/MWh (Annex II, point D)
     * @param factorSource the source of that factor as stated, such as "D.4.1" or "Mix"
     * @param exported electricity exported, MWh
     * @param exportFactor the emission factor of the exported electricity, t CO2/MWh
     */
    public record Electricity(TracedValue consumed, TracedValue factor, String factorSource, TracedValue exported,
            TracedValue exportFactor) {
        // Validates the fields.
        public Electricity {
            Objects.requireNonNull(consumed, "consumed");
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(factorSource, "factorSource");
            Objects.requireNonNull(exported, "exported");
            Objects.requireNonNull(exportFactor, "exportFactor");
        }

        /** @return no electricity */
        public static Electricity none() {
            TracedValue z = zero("MWh", "no electricity");
            TracedValue f = zero("t CO2/MWh", "no electricity");
            return new Electricity(z, f, "", z, f);
        }
    }

    /**
     * A precursor consumed by the process: the output of another process of the installation, or
     * a purchased precursor, by name.
     *
     * @param from the name of the producing process or purchased precursor
     * @param quantity Mi, in functional units of the precursor
     */
    public record PrecursorInput(String from, TracedValue quantity) {
        // Validates the fields.
        public PrecursorInput {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    static TracedValue zero(String unit, String label) {
        return TracedValue.input(BigDecimal.ZERO, unit, label, "not given");
    }

    /**
     * Starts a builder.
     *
     * @param name the process name
     * @param goods its aggregated goods category
     * @return a builder with no heat, waste gases, electricity or precursors
     */
    public static Builder builder(String name, AggregatedGoods goods) {
        return new Builder(name, goods);
    }

    /** Builds a {@link ProductionProcess}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final AggregatedGoods goods;
        private TracedValue activityLevel;
        private TracedValue directEmissions;
        private Heat heat = Heat.none();
        private WasteGases wasteGases = WasteGases.none();
        private Electricity electricity = Electricity.none();
        private final List<PrecursorInput> precursors = new ArrayList<>();
        private final List<SourceStream> sourceStreams = new ArrayList<>();

        private Builder(String name, AggregatedGoods goods) {
            this.name = Objects.requireNonNull(name, "name");
            this.goods = Objects.requireNonNull(goods, "goods");
        }

        /**
         * @param value AL, in functional units
         * @return this builder
         */
        public Builder activityLevel(TracedValue value) {
            activityLevel = value;
            return this;
        }

        /**
         * @param value DirEm*, t CO2e
         * @return this builder
         */
        public Builder directEmissions(TracedValue value) {
            directEmissions = value;
            return this;
        }

        /**
         * Sets DirEm* as the sum of source streams' emissions (Annex II, point B).
         *
         * @param streams the source streams
         * @return this builder
         */
        public Builder sourceStreams(List<SourceStream> streams) {
            sourceStreams.clear();
            sourceStreams.addAll(streams);
            List<TracedValue> terms = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (SourceStream s : streams) {
                terms.add(s.emissions());
                sum = sum.add(s.emissions().value());
            }
            directEmissions = TracedValue.computed(sum, "t CO2e", "DirEm*", "Σ Em of the source streams",
                    "IR (EU) 2025/2547 Annex II, point B (Em = AD × EF × OF or the method stated per stream)", terms);
            return this;
        }

        /**
         * @param value measurable heat
         * @return this builder
         */
        public Builder heat(Heat value) {
            heat = value;
            return this;
        }

        /**
         * @param value waste gases
         * @return this builder
         */
        public Builder wasteGases(WasteGases value) {
            wasteGases = value;
            return this;
        }

        /**
         * @param value electricity
         * @return this builder
         */
        public Builder electricity(Electricity value) {
            electricity = value;
            return this;
        }

        /**
         * Adds a precursor input.
         *
         * @param from the producing process or purchased precursor
         * @param quantity Mi
         * @return this builder
         */
        public Builder precursor(String from, TracedValue quantity) {
            precursors.add(new PrecursorInput(from, quantity));
            return this;
        }

        /**
         * @return the process
         * @throws NullPointerException if the activity level or the direct emissions are not set
         */
        public ProductionProcess build() {
            return new ProductionProcess(name, goods, activityLevel, directEmissions, heat, wasteGases, electricity,
                    precursors, sourceStreams);
        }
    }
}
