package org.carbonledger.inventory;

import java.util.Locale;
import java.util.Objects;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;

/**
 * A contractual instrument for the market-based scope 2 method (GHG Protocol Scope 2 Guidance,
 * 2015, ch. 6 and Table 6.3): an energy attribute certificate, a direct contract, or a supplier's
 * specific emission rate, with the electricity it covers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the instrument's id, unique in its file
 * @param type what kind of instrument
 * @param site the site it applies to, or "" for any site
 * @param period the period it applies to (its vintage), or null for any period
 * @param region the grid region it applies to, or null for any region
 * @param coveredGj the electricity it covers, in GJ, or {@code Double.NaN} for "all the matching
 *     consumption not covered otherwise" (a supplier rate)
 * @param co2eKgPerGj its emission rate, kg CO2e per GJ of electricity (0 for renewable certificates)
 * @param scheme the certificate scheme or contract, such as "REGO" or "PPA", or ""
 * @param reference where it is documented (certificate numbers, contract), or ""
 * @param row the row of the instruments file it was read from, or 0
 */
public record ContractualInstrument(String id, Type type, String site, Period period, Region region, double coveredGj,
        double co2eKgPerGj, String scheme, String reference, long row) {

    /** What kind of instrument, in the order of the Scope 2 Guidance's hierarchy. */
    public enum Type {
        /** Energy attribute certificate (REGO, GO, REC, I-REC ...). */
        CERTIFICATE,
        /** Direct contract with a generator, such as a power purchase agreement. */
        CONTRACT,
        /** A supplier's specific emission rate (its disclosed fuel mix). */
        SUPPLIER;

        /**
         * Reads a type.
         *
         * @param text certificate, contract or supplier, ignoring case
         * @return the type
         * @throws IllegalArgumentException if none of those
         */
        public static Type parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("instrument type '" + text.strip()
                        + "' is not certificate, contract or supplier");
            }
        }
    }

    // Validates the fields.
    public ContractualInstrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(reference, "reference");
        if (!(Double.isNaN(coveredGj) || (coveredGj >= 0 && Double.isFinite(coveredGj)))) {
            throw new IllegalArgumentException("covered energy must be zero or more: " + coveredGj);
        }
        if (!(co2eKgPerGj >= 0) || Double.isInfinite(co2eKgPerGj)) {
            throw new IllegalArgumentException("emission rate must be finite, zero or more: " + co2eKgPerGj);
        }
        if (Double.isNaN(coveredGj) && type != Type.SUPPLIER) {
            throw new IllegalArgumentException("a " + type.name().toLowerCase(Locale.ROOT)
                    + " must state the electricity it covers; only a supplier rate may cover all the rest");
        }
    }

    /** @return true if it covers all matching consumption not covered otherwise */
    public boolean coversRemainder() {
        return Double.isNaN(coveredGj);
    }

    /**
     * Tells whether this instrument can apply to consumption of a site, period and region.
     *
     * @param s the consumption's site
     * @param p the consumption's period, or null
     * @param r the consumption's region
     * @return true if site, period (the consumption's period lies within the instrument's) and region match
     */
    public boolean matches(String s, Period p, Region r) {
        return (site.isEmpty() || site.equals(s))
                && (period == null || (p != null && p.within(period.start(), period.end())))
                && (region == null || region.contains(r));
    }
}
