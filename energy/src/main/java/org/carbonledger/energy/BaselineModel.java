package org.carbonledger.energy;

import java.util.Locale;

/**
 * The form of an energy baseline.
 *
 * <ul>
 * <li>{@link #OLS}: E = β₀ + Σ βⱼ xⱼ, ordinary least squares on relevant variables (ISO 50006:2014
 * Annex C; ASHRAE Guideline 14 multivariate regression).
 * <li>{@link #THREE_P_HEATING}: E = β₀ + βₕ (τₕ − T)⁺ (+ Σ βⱼ xⱼ), a three-parameter heating
 * change-point model (Kissock, Haberl and Claridge 2003, ASHRAE RP-1050).
 * <li>{@link #THREE_P_COOLING}: E = β₀ + β꜀ (T − τ꜀)⁺ (+ Σ βⱼ xⱼ), its cooling counterpart.
 * <li>{@link #FIVE_P}: E = β₀ + βₕ (τₕ − T)⁺ + β꜀ (T − τ꜀)⁺ with τₕ ≤ τ꜀, the five-parameter model.
 * </ul>
 * Balance points τ are fitted by search (CalTRACK methods 2.0 §3.2 and §3.4: a grid search over
 * candidate balance points, keeping the fit with the least squared error whose slopes are
 * positive) and count as parameters in p.
 */
public enum BaselineModel {
    /** Ordinary least squares. */
    OLS("ols", 0),
    /** Three-parameter heating change-point model. */
    THREE_P_HEATING("3p-heating", 2),
    /** Three-parameter cooling change-point model. */
    THREE_P_COOLING("3p-cooling", 2),
    /** Five-parameter heating and cooling change-point model. */
    FIVE_P("5p", 4);

    private final String label;
    private final int changePointParameters;

    BaselineModel(String label, int changePointParameters) {
        this.label = label;
        this.changePointParameters = changePointParameters;
    }

    /** @return the label used on the command line and in results, such as "3p-heating" */
    public String label() {
        return label;
    }

    /** @return the parameters the temperature terms add to p (slopes and balance points) */
    public int changePointParameters() {
        return changePointParameters;
    }

    /** @return true if the model has a heating term */
    public boolean heats() {
        return this == THREE_P_HEATING || this == FIVE_P;
    }

    /** @return true if the model has a cooling term */
    public boolean cools() {
        return this == THREE_P_COOLING || this == FIVE_P;
    }

    /**
     * Reads a label.
     *
     * @param text {@code ols}, {@code 3p-heating}, {@code 3p-cooling} or {@code 5p}
     * @return the model
     * @throws IllegalArgumentException naming the accepted labels
     */
    public static BaselineModel parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (BaselineModel m : values()) {
            if (m.label.equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown baseline model '" + text + "'; use ols, 3p-heating, 3p-cooling or 5p");
    }
}
