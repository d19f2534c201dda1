/**
 * Energy performance: regression and change-point baselines, their goodness of fit, energy
 * performance indicators, savings, CUSUM and savings uncertainty
 * ({@link org.carbonledger.energy}).
 */
@SuppressWarnings("requires-automatic") // Commons Math 3 has no module descriptor; its name is its jar's (as Apache POI requires it)
module org.carbonledger.energy {
    requires transitive org.carbonledger.core;
    requires commons.math3;

    exports org.carbonledger.energy;
}
