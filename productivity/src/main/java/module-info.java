/**
 * Green total-factor productivity: DEA with undesirable outputs and Malmquist-type indices
 * ({@link org.carbonledger.productivity}), on a linear-programming solver whose every answer is
 * verified ({@link org.carbonledger.productivity.lp}).
 */
@SuppressWarnings("requires-automatic") // Commons Math 3 has no module descriptor; its name is its jar's (as Apache POI requires it)
module org.carbonledger.productivity {
    requires transitive org.carbonledger.core;
    requires commons.math3;

    exports org.carbonledger.productivity;
    exports org.carbonledger.productivity.lp;
}
