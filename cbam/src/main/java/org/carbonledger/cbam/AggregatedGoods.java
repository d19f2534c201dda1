package org.carbonledger.cbam;

import java.util.Optional;

/**
 * The aggregated goods categories of CBAM production processes (Implementing Regulation (EU)
 * 2025/2547, Annex II, Section 2, Table 1), named as in the Commission's communication template
 * v2.1.1 (sheet {@code Parameters_Constants}, {@code A89:A106}), with the sector that sets its
 * default-value mark-up and whether indirect emissions count in its embedded emissions
 * (Regulation (EU) 2023/956, Annex II; the template's column {@code C89:C106}).
 *
 * <p>Every category's functional unit is the tonne of good, except electricity (MWh).
 */
public enum AggregatedGoods {
    /** Cement. */
    CEMENT("Cement", Sector.CEMENT, true),
    /** Cement clinker. */
    CEMENT_CLINKER("Cement clinker", Sector.CEMENT, true),
    /** Calcined clays. */
    CALCINED_CLAYS("Calcined clays", Sector.CEMENT, true),
    /** Aluminous cement. */
    ALUMINOUS_CEMENT("Aluminous cement", Sector.CEMENT, true),
    /** Iron or steel products. */
    IRON_OR_STEEL_PRODUCTS("Iron or steel products", Sector.IRON_AND_STEEL, false),
    /** Crude steel. */
    CRUDE_STEEL("Crude steel", Sector.IRON_AND_STEEL, false),
    /** Direct reduced iron. */
    DIRECT_REDUCED_IRON("Direct reduced iron", Sector.IRON_AND_STEEL, false),
    /** Pig iron. */
    PIG_IRON("Pig iron", Sector.IRON_AND_STEEL, false),
    /** Ferro-alloys FeMn, FeCr, FeNi. */
    ALLOYS("Alloys (FeMn, FeCr, FeNi)", Sector.IRON_AND_STEEL, false),
    /** Sintered ore. */
    SINTERED_ORE("Sintered Ore", Sector.IRON_AND_STEEL, true),
    /** Hydrogen. */
    HYDROGEN("Hydrogen", Sector.HYDROGEN, false),
    /** Ammonia. */
    AMMONIA("Ammonia", Sector.FERTILISERS, false),
    /** Nitric acid. */
    NITRIC_ACID("Nitric acid", Sector.FERTILISERS, true),
    /** Urea. */
    UREA("Urea", Sector.FERTILISERS, true),
    /** Mixed fertilisers. */
    MIXED_FERTILISERS("Mixed fertilisers", Sector.FERTILISERS, true),
    /** Aluminium products. */
    ALUMINIUM_PRODUCTS("Aluminium products", Sector.ALUMINIUM, false),
    /** Unwrought aluminium. */
    UNWROUGHT_ALUMINIUM("Unwrought aluminium", Sector.ALUMINIUM, false),
    /** Electricity exported to the EU. */
    ELECTRICITY("Electricity (export to EU)", Sector.ELECTRICITY, false);

    /** The sectors of Annex I to Regulation (EU) 2023/956, which set the default-value mark-up. */
    public enum Sector {
        /** Cement. */
        CEMENT("Cement"),
        /** Fertilisers. */
        FERTILISERS("Fertilisers"),
        /** Iron and steel. */
        IRON_AND_STEEL("Iron and steel"),
        /** Aluminium. */
        ALUMINIUM("Aluminium"),
        /** Hydrogen. */
        HYDROGEN("Hydrogen"),
        /** Electricity. */
        ELECTRICITY("Electricity");

        private final String label;

        Sector(String label) {
            this.label = label;
        }

        /** @return the name as published in Annex I of Implementing Regulation (EU) 2025/2621 */
        public String label() {
            return label;
        }

        /**
         * Finds a sector by its published name, ignoring case.
         *
         * @param text the name, such as "Iron and steel"
         * @return the sector, or empty if none has that name
         */
        public static Optional<Sector> find(String text) {
            for (Sector s : values()) {
                if (s.label.equalsIgnoreCase(text.strip())) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    private final String label;
    private final Sector sector;
    private final boolean indirectRelevant;

    AggregatedGoods(String label, Sector sector, boolean indirectRelevant) {
        this.label = label;
        this.sector = sector;
        this.indirectRelevant = indirectRelevant;
    }

    /** @return the name as in the communication template */
    public String label() {
        return label;
    }

    /** @return the sector */
    public Sector sector() {
        return sector;
    }

    /** @return true if the template counts indirect emissions for this category (its column C89:C106) */
    public boolean indirectRelevant() {
        return indirectRelevant;
    }

    /** @return the functional unit: "MWh" for electricity, "t" otherwise */
    public String unit() {
        return this == ELECTRICITY ? "MWh" : "t";
    }

    /**
     * Finds a category by its template name or constant name, ignoring case and surrounding spaces
     * (the template's own "Calcined clays " ends with a space).
     *
     * @param text the name, such as "Crude steel" or "CRUDE_STEEL"
     * @return the category, or empty if none has that name
     */
    public static Optional<AggregatedGoods> find(String text) {
        String t = text.strip();
        for (AggregatedGoods g : values()) {
            if (g.label.equalsIgnoreCase(t) || g.name().equalsIgnoreCase(t.replace(' ', '_'))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** @return the accepted names, for error messages */
    static String acceptedNames() {
        StringBuilder b = new StringBuilder();
        for (AggregatedGoods g : values()) {
            b.append(b.length() == 0 ? "" : ", ").append('"').append(g.label).append('"');
        }
        return b.toString();
    }
}
