package org.carbonledger.productivity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.carbonledger.productivity.lp.LpStatus;

/**
 * The evaluation of one unit by one {@link DeaModel}: score, slacks, peers (the intensities λ
 * of the reference units), targets (the projection on the frontier), the model and convention
 * used, and the solver status.
 *
 * <p>Meaning of {@link #score()}: radial input θ ∈ [0, 1]; radial output 1/φ with φ ≥ 1 in
 * {@link #phi()}; SBM ρ ∈ [0, 1]; super-efficiency models may exceed 1; directional distance
 * 1/(1 + β) with β in {@link #beta()} (β is free: negative when the unit lies outside the
 * reference technology, as in cross-period problems, and the score then exceeds 1); cost
 * efficiency, with {@link #technicalEfficiency()} and {@link #allocativeEfficiency()}.
 *
 * A score is 0 only for a unit that makes none of its good outputs, where CRS lets the
 * frontier make nothing from nothing (its {@link #note()} says so); every other unit of the
 * reference set scores in (0, 1].
 *
 * <p>Statuses: {@link LpStatus#OPTIMAL} (the score is the exact optimum of the model's LP, to
 * double rounding), {@link LpStatus#INFEASIBLE} (no point of the reference technology serves:
 * super-efficiency under VRS, cross-period problems), {@link LpStatus#UNBOUNDED}, {@link
 * LpStatus#NOT_SOLVED} (a solver's iteration limit), {@link LpStatus#NUMERICAL_TROUBLE} (the
 * solver's answer failed verification and could not be repaired; also a score outside the
 * model's bounds from a plugged-in solver) and {@link LpStatus#UNDEFINED} (the measure is not
 * defined for this unit's data; {@link #note()} names the case). When the status is not
 * optimal the score is NaN and the maps are empty: a caller checks {@link #isOptimal()} first.
 * Immutable and thread-safe.
 */
public final class DeaResult {
    private final String dmu;
    private final String period;
    private final DeaModel model;
    private final LpStatus status;
    private final double score;
    private final OptionalDouble phi;
    private final OptionalDouble beta;
    private final OptionalDouble technical;
    private final OptionalDouble allocative;
    private final Map<String, Double> slacks;
    private final Map<String, Double> targets;
    private final Map<String, Double> peers;
    private final String note;

    private DeaResult(Builder b) {
        this.dmu = b.dmu;
        this.period = b.period;
        this.model = b.model;
        this.status = b.status;
        this.score = b.score;
        this.phi = b.phi;
        this.beta = b.beta;
        this.technical = b.technical;
        this.allocative = b.allocative;
        this.slacks = Collections.unmodifiableMap(new LinkedHashMap<>(b.slacks));
        this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(b.targets));
        this.peers = Collections.unmodifiableMap(new LinkedHashMap<>(b.peers));
        this.note = b.note;
    }

    static Builder builder(Observation unit, DeaModel model) {
        return new Builder(unit.dmu(), unit.periodOrNull(), model);
    }

    static DeaResult failed(Observation unit, DeaModel model, LpStatus status) {
        return failed(unit, model, status, null);
    }

    static DeaResult failed(Observation unit, DeaModel model, LpStatus status, String note) {
        Builder b = builder(unit, model);
        b.status = status;
        b.score = Double.NaN;
        b.note = note;
        return b.build();
    }

    /** This result with a note. */
    DeaResult withNote(String text) {
        Builder b = new Builder(dmu, period, model);
        b.status = status;
        b.score = score;
        b.phi = phi;
        b.beta = beta;
        b.technical = technical;
        b.allocative = allocative;
        b.slacks.putAll(slacks);
        b.targets.putAll(targets);
        b.peers.putAll(peers);
        b.note = text;
        return b.build();
    }

    /** @return the unit's name */
    public String dmu() {
        return dmu;
    }

    /** @return the unit's period, empty for a cross-section */
    public Optional<String> period() {
        return Optional.ofNullable(period);
    }

    /** @return the model that produced this result */
    public DeaModel model() {
        return model;
    }

    /** @return the solver status */
    public LpStatus status() {
        return status;
    }

    /** @return whether the status is optimal */
    public boolean isOptimal() {
        return status == LpStatus.OPTIMAL;
    }

    /**
     * Why the result is what it is, where the status and score alone do not say it: the case
     * behind {@link LpStatus#UNDEFINED} or {@link LpStatus#NUMERICAL_TROUBLE}, or a remark on an
     * optimal score (a unit without good output scores 0 under CRS).
     *
     * @return the note, if any
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @return the efficiency score (see the class comment); NaN exactly when not optimal */
    public double score() {
        return score;
    }

    /** @return φ ≥ 1 of an output-oriented radial model */
    public OptionalDouble phi() {
        return phi;
    }

    /** @return β of a directional distance model */
    public OptionalDouble beta() {
        return beta;
    }

    /** @return the radial input efficiency behind a cost efficiency */
    public OptionalDouble technicalEfficiency() {
        return technical;
    }

    /** @return allocative efficiency = cost efficiency / technical efficiency */
    public OptionalDouble allocativeEfficiency() {
        return allocative;
    }

    /** @return slack per data column (inputs, goods, bads), in the data's units */
    public Map<String, Double> slacks() {
        return slacks;
    }

    /**
     * The slack of one column.
     *
     * @param column a column name of the panel
     * @return its slack
     * @throws IllegalArgumentException for an unknown column or a failed result
     */
    public double slack(String column) {
        Double v = slacks.get(column);
        if (v == null) {
            throw new IllegalArgumentException("no slack for column '" + column + "'; columns: "
                    + slacks.keySet() + " (status " + status.label() + ")");
        }
        return v;
    }

    /** @return the projection on the frontier per data column */
    public Map<String, Double> targets() {
        return targets;
    }

    /** @return the reference units with positive intensity λ, by name */
    public Map<String, Double> peers() {
        return peers;
    }

    /**
     * The intensity λ of one reference unit.
     *
     * @param peer the unit's name (as in {@link #peers()})
     * @return λ, 0 if the unit is not a peer
     */
    public double lambda(String peer) {
        return peers.getOrDefault(peer, 0.0);
    }

    @Override
    public String toString() {
        return "DeaResult[" + dmu + (period == null ? "" : "|" + period) + ", " + model.describe()
                + ", " + status.label() + ", score=" + score + ", peers=" + peers
                + (note == null ? "" : ", note=" + note) + "]";
    }

    /** Collects the parts of a result; package-private. */
    static final class Builder {
        private final String dmu;
        private final String period;
        private final DeaModel model;
        private LpStatus status = LpStatus.OPTIMAL;
        private double score = Double.NaN;
        private OptionalDouble phi = OptionalDouble.empty();
        private OptionalDouble beta = OptionalDouble.empty();
        private OptionalDouble technical = OptionalDouble.empty();
        private OptionalDouble allocative = OptionalDouble.empty();
        private final Map<String, Double> slacks = new LinkedHashMap<>();
        private final Map<String, Double> targets = new LinkedHashMap<>();
        private final Map<String, Double> peers = new LinkedHashMap<>();
        private String note;

        private Builder(String dmu, String period, DeaModel model) {
            this.dmu = dmu;
            this.period = period;
            this.model = Objects.requireNonNull(model, "model");
        }

        Builder score(double v) {
            score = v;
            return this;
        }

        Builder phi(double v) {
            phi = OptionalDouble.of(v);
            return this;
        }

        Builder beta(double v) {
            beta = OptionalDouble.of(v);
            return this;
        }

        Builder technical(double v) {
            technical = OptionalDouble.of(v);
            return this;
        }

        Builder allocative(double v) {
            allocative = OptionalDouble.of(v);
            return this;
        }

        Builder slack(String column, double v) {
            slacks.put(column, v);
            return this;
        }

        Builder target(String column, double v) {
            targets.put(column, v);
            return this;
        }

        Builder peer(String name, double lambda) {
            peers.merge(name, lambda, Double::sum);
            return this;
        }

        Builder note(String text) {
            note = text;
            return this;
        }

        DeaResult build() {
            return new DeaResult(this);
        }
    }
}
