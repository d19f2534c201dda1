package org.carbonledger.productivity;

import java.util.Objects;
import java.util.Optional;
import org.carbonledger.productivity.lp.LpStatus;

/**
 * The productivity change of one unit between two periods: the index and its decomposition
 * into efficiency change (EC, catching up with the frontier) and technical change (TC, the
 * frontier moving), index = EC × TC. Values above 1 mean growth.
 *
 * <p>When a distance function the index needs has no optimum (a cross-period problem may be
 * infeasible, most often under VRS), or is undefined (a directional distance β ≤ −1, a radial
 * score of 0), or the unit lacks one of the two periods, the values are NaN, {@link #status()}
 * is not {@link LpStatus#OPTIMAL} ({@link LpStatus#UNDEFINED} for the undefined cases) and
 * {@link #note()} names the distance that failed or the period that is missing: the result is
 * flagged, never silently missing.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProductivityChange {
    private final String dmu;
    private final String from;
    private final String to;
    private final Malmquist.Index kind;
    private final double index;
    private final double efficiencyChange;
    private final double technicalChange;
    private final LpStatus status;
    private final String note;

    ProductivityChange(String dmu, String from, String to, Malmquist.Index kind, double index,
            double efficiencyChange, double technicalChange, LpStatus status, String note) {
        this.dmu = Objects.requireNonNull(dmu, "dmu");
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.index = index;
        this.efficiencyChange = efficiencyChange;
        this.technicalChange = technicalChange;
        this.status = status;
        this.note = note;
    }

    /** @return the unit */
    public String dmu() {
        return dmu;
    }

    /** @return the first period */
    public String from() {
        return from;
    }

    /** @return the second period */
    public String to() {
        return to;
    }

    /** @return which index this is */
    public Malmquist.Index kind() {
        return kind;
    }

    /** @return the index (Malmquist, ML or GML); NaN unless optimal */
    public double index() {
        return index;
    }

    /** @return efficiency change; NaN unless optimal */
    public double efficiencyChange() {
        return efficiencyChange;
    }

    /** @return technical change = index / EC; NaN unless optimal */
    public double technicalChange() {
        return technicalChange;
    }

    /** @return optimal, or the status of the first distance function that failed */
    public LpStatus status() {
        return status;
    }

    /** @return whether every distance function was solved */
    public boolean isOptimal() {
        return status == LpStatus.OPTIMAL;
    }

    /** @return why the values are missing, if they are */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public String toString() {
        return kind.label() + "[" + dmu + " " + from + "~" + to + ": index=" + index + ", ec="
                + efficiencyChange + ", tc=" + technicalChange + ", " + status.label()
                + (note == null ? "" : " (" + note + ")") + "]";
    }
}
