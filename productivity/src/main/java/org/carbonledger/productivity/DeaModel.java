package org.carbonledger.productivity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A data envelopment model: its kind, returns to scale, orientation, bad-output convention,
 * direction (for directional distance) and whether it measures super-efficiency.
 *
 * <pre>{@code
 * DeaModel ccr  = DeaModel.radial(Orientation.INPUT, ReturnsToScale.CRS);
 * DeaModel sbm  = DeaModel.sbm(Orientation.NONE, ReturnsToScale.VRS);
 * DeaModel ddf  = DeaModel.directional(Direction.OUTPUT, BadOutputConvention.WEAK_DISPOSABILITY,
 *                                      ReturnsToScale.CRS);
 * DeaModel ap   = ccr.withSuperEfficiency();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DeaModel {

    /** The family of a model. */
    public enum Kind {
        /**
         * Radial (Farrell) efficiency in envelopment form: CCR (Charnes, Cooper &amp; Rhodes 1978)
         * under CRS, BCC (Banker, Charnes &amp; Cooper 1984) under VRS, each followed by a second
         * phase that maximises the sum of slacks at the optimal score.
         */
        RADIAL,
        /**
         * Slacks-based measure (Tone 2001), with undesirable outputs through their slacks (Tone
         * 2004): ρ = (1 − (1/m) Σ s⁻ᵢ/xᵢ₀) / (1 + (1/(s₁+s₂)) (Σ sᵍᵣ/yᵍᵣ₀ + Σ sᵇᵣ/bᵣ₀)).
         */
        SBM,
        /**
         * Directional distance function with bad outputs (Chung, Färe &amp; Grosskopf 1997):
         * max β such that (x0 − β·gx, y0 + β·gy, b0 − β·gb) is in the technology.
         */
        DIRECTIONAL,
        /**
         * Cost efficiency from input prices (Färe, Grosskopf &amp; Lovell 1985): the least cost
         * of the unit's outputs over its observed cost; allocative = cost / technical.
         */
        COST;

        /**
         * The command-line name: {@code radial}, {@code sbm}, {@code ddf}, {@code cost}.
         *
         * @return the label
         */
        public String label() {
            return this == DIRECTIONAL ? "ddf" : name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;
    private final ReturnsToScale rts;
    private final Orientation orientation;
    private final BadOutputConvention convention;
    private final Direction direction;
    private final boolean superEfficiency;

    private DeaModel(Kind kind, ReturnsToScale rts, Orientation orientation,
            BadOutputConvention convention, Direction direction, boolean superEfficiency) {
        this.kind = kind;
        this.rts = rts;
        this.orientation = orientation;
        this.convention = convention;
        this.direction = direction;
        this.superEfficiency = superEfficiency;
    }

    /**
     * A radial model (CCR under CRS, BCC under VRS). Bad outputs, if the data has any, need
     * {@link #withBadOutputs}: input-like contracts them with the inputs (input orientation)
     * or holds them (output orientation); weak holds them by an equality.
     *
     * @param orientation input or output
     * @param rts returns to scale
     * @return the model
     * @throws IllegalArgumentException for {@link Orientation#NONE}
     */
    public static DeaModel radial(Orientation orientation, ReturnsToScale rts) {
        Objects.requireNonNull(orientation, "orientation");
        if (orientation == Orientation.NONE) {
            throw new IllegalArgumentException(
                    "a radial model is input or output oriented; use sbm for a non-oriented model");
        }
        return new DeaModel(Kind.RADIAL, Objects.requireNonNull(rts, "rts"), orientation, null,
                null, false);
    }

    /**
     * A slacks-based measure (Tone 2001; with bad outputs, Tone 2004).
     *
     * @param orientation input, output or none
     * @param rts returns to scale
     * @return the model
     */
    public static DeaModel sbm(Orientation orientation, ReturnsToScale rts) {
        return new DeaModel(Kind.SBM, Objects.requireNonNull(rts, "rts"),
                Objects.requireNonNull(orientation, "orientation"), null, null, false);
    }

    /**
     * A directional distance function with bad outputs.
     *
     * @param direction the direction vector
     * @param convention how bad outputs enter the technology
     * @param rts returns to scale
     * @return the model
     */
    public static DeaModel directional(Direction direction, BadOutputConvention convention,
            ReturnsToScale rts) {
        return new DeaModel(Kind.DIRECTIONAL, Objects.requireNonNull(rts, "rts"), Orientation.NONE,
                Objects.requireNonNull(convention, "convention"),
                Objects.requireNonNull(direction, "direction"), false);
    }

    /**
     * Cost and allocative efficiency; needs a price for every input.
     *
     * @param rts returns to scale
     * @return the model
     */
    public static DeaModel cost(ReturnsToScale rts) {
        return new DeaModel(Kind.COST, Objects.requireNonNull(rts, "rts"), Orientation.INPUT, null,
                null, false);
    }

    /**
     * This model measuring super-efficiency: the evaluated unit leaves its own reference set
     * (Andersen &amp; Petersen 1993 for radial models; super-SBM, Tone 2002, applied to the units
     * that are SBM-efficient, the others keeping their SBM score).
     *
     * @return the super-efficiency model
     * @throws IllegalArgumentException for directional and cost models
     */
    public DeaModel withSuperEfficiency() {
        if (kind != Kind.RADIAL && kind != Kind.SBM) {
            throw new IllegalArgumentException("super-efficiency is defined for radial and sbm "
                    + "models, not for " + kind.label());
        }
        return new DeaModel(kind, rts, orientation, convention, direction, true);
    }

    /**
     * This model with a bad-output convention (radial, directional and cost models; SBM treats
     * bad outputs through their slacks and takes none).
     *
     * @param badOutputs the convention
     * @return the model
     */
    public DeaModel withBadOutputs(BadOutputConvention badOutputs) {
        Objects.requireNonNull(badOutputs, "badOutputs");
        if (kind == Kind.SBM) {
            throw new IllegalArgumentException("sbm treats bad outputs through their slacks "
                    + "(Tone 2004) and takes no bad-output convention");
        }
        return new DeaModel(kind, rts, orientation, badOutputs, direction, superEfficiency);
    }

    /**
     * This model with other returns to scale.
     *
     * @param returnsToScale CRS or VRS
     * @return the model
     */
    public DeaModel withReturnsToScale(ReturnsToScale returnsToScale) {
        return new DeaModel(kind, Objects.requireNonNull(returnsToScale, "returnsToScale"),
                orientation, convention, direction, superEfficiency);
    }

    /** @return the family */
    public Kind kind() {
        return kind;
    }

    /** @return returns to scale */
    public ReturnsToScale returnsToScale() {
        return rts;
    }

    /** @return the orientation ({@code NONE} for directional models) */
    public Orientation orientation() {
        return orientation;
    }

    /** @return the bad-output convention, if the model takes one */
    public Optional<BadOutputConvention> badOutputs() {
        return Optional.ofNullable(convention);
    }

    /** @return the direction of a directional model */
    public Optional<Direction> direction() {
        return Optional.ofNullable(direction);
    }

    /** @return whether the model measures super-efficiency */
    public boolean isSuperEfficiency() {
        return superEfficiency;
    }

    /**
     * A one-line description for reports, such as {@code radial input crs},
     * {@code sbm none vrs, bad outputs by slacks (Tone 2004)} or
     * {@code ddf g=output crs, bad outputs weak}.
     *
     * @return the description
     */
    public String describe() {
        StringBuilder s = new StringBuilder(kind.label());
        if (superEfficiency) {
            s.append(" super");
        }
        if (kind == Kind.DIRECTIONAL) {
            s.append(" g=").append(direction.label());
        } else if (kind != Kind.COST) {
            s.append(' ').append(orientation.label());
        }
        s.append(' ').append(rts.label());
        if (kind == Kind.SBM) {
            s.append(", bad outputs by slacks (Tone 2004)");
        } else if (convention != null) {
            s.append(", bad outputs ").append(convention.label());
            if (convention == BadOutputConvention.WEAK_DISPOSABILITY && rts == ReturnsToScale.VRS) {
                s.append(" (sum of lambda = 1 added to the equality model, not Kuosmanen 2005)");
            }
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DeaModel d)) {
            return false;
        }
        return kind == d.kind && rts == d.rts && orientation == d.orientation
                && convention == d.convention && direction == d.direction
                && superEfficiency == d.superEfficiency;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rts, orientation, convention, direction, superEfficiency);
    }

    @Override
    public String toString() {
        return "DeaModel[" + describe() + "]";
    }
}
