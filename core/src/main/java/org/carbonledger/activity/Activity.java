package org.carbonledger.activity;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import javax.measure.Quantity;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.UnitParser;

/**
 * One activity record: an amount of something consumed, where, when and by what.
 *
 * <p>Build one with {@link #builder(ActivityId, double, ActivityUnit)} or
 * {@link #of(ActivityId, Quantity)}:
 * <pre>{@code
 * Activity gas = Activity.builder(ActivityId.of("fuel/natural_gas"), 1200, UnitParser.standard().parse("GJ"))
 *         .site("Leeds").process("boilers").period(Period.parse("2025")).build();
 * }</pre>
 * Optional fields are null when not given: the calculation then applies documented defaults
 * (sector {@code manufacturing}, the activity's usual scope, gross for Btu, mmBtu and therm and
 * otherwise the basis of the factor) and the trace says so. Immutable and thread-safe.
 *
 * @param id the record's own id, or "" (an MES reading id, a CSV {@code id} column)
 * @param activity what was consumed
 * @param amount how much, finite and not negative
 * @param unit the unit of {@code amount}
 * @param site the site, or ""
 * @param process the process, or ""
 * @param period the period, or null when not stated
 * @param region the region; {@link Region#GLOBAL} when not stated
 * @param sector the combustion sector, or null for the settings' default
 * @param scope the scope, or null for the activity's usual scope
 * @param basis the calorific basis of an energy amount, or null: then gross for Btu, mmBtu and therm
 *     (their convention), else the factor's
 * @param tags other columns, kept for reports
 */
public record Activity(String id, ActivityId activity, double amount, ActivityUnit unit, String site, String process,
        Period period, Region region, Sector sector, Scope scope, CalorificBasis basis, Map<String, String> tags) {

    // Validates the fields.
    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(tags, "tags");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be finite and not negative: " + amount);
        }
        tags = Collections.unmodifiableMap(tags instanceof Tags ? tags : new LinkedHashMap<>(tags));
    }

    /**
     * The tags of one CSV row, taken without a copy: column names shared by every row of a file,
     * this row's values. Building a LinkedHashMap per row and copying it here was a measurable
     * part of reading a CSV (IngestionBenchmark). Iterates in column order, as the copied map did;
     * equals, hashCode and toString are those of any map. Whoever makes one gives up the arrays:
     * they must not change afterwards. Package-private, so only {@link ActivityCsvReader} makes them.
     */
    static final class Tags extends AbstractMap<String, String> {
        private final String[] names;
        private final String[] values;

        /**
         * @param names distinct tag names, non-null
         * @param values the values, non-null, as many as names
         */
        Tags(String[] names, String[] values) {
            this.names = names;
            this.values = values;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public String get(Object key) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return names.length;
                }

                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                        }
                    };
                }
            };
        }
    }

    /**
     * Makes an activity from a JSR 385 quantity, with no other fields.
     *
     * @param activity what was consumed
     * @param amount how much, in a unit of energy, mass, volume or gas volume at reference conditions
     * @return the activity
     * @throws IllegalArgumentException if the unit is of no supported kind or the value is negative
     */
    public static Activity of(ActivityId activity, Quantity<?> amount) {
        Objects.requireNonNull(amount, "amount");
        ActivityUnit unit = ActivityUnit.of(amount.getUnit().toString(), amount.getUnit());
        return builder(activity, amount.getValue().doubleValue(), unit).build();
    }

    /**
     * Starts a builder.
     *
     * @param activity what was consumed
     * @param amount how much
     * @param unit in what unit; see {@link UnitParser}
     * @return the builder
     */
    public static Builder builder(ActivityId activity, double amount, ActivityUnit unit) {
        return new Builder(activity, amount, unit);
    }

    /** Builds {@link Activity} values; not thread-safe. */
    public static final class Builder {
        private final ActivityId activity;
        private final double amount;
        private final ActivityUnit unit;
        private String id = "";
        private String site = "";
        private String process = "";
        private Period period;
        private Region region = Region.GLOBAL;
        private Sector sector;
        private Scope scope;
        private CalorificBasis basis;
        private final Map<String, String> tags = new LinkedHashMap<>();

        private Builder(ActivityId activity, double amount, ActivityUnit unit) {
            this.activity = activity;
            this.amount = amount;
            this.unit = unit;
        }

        /**
         * @param value the record id
         * @return this
         */
        public Builder id(String value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * @param value the site
         * @return this
         */
        public Builder site(String value) {
            this.site = Objects.requireNonNull(value, "site");
            return this;
        }

        /**
         * @param value the process
         * @return this
         */
        public Builder process(String value) {
            this.process = Objects.requireNonNull(value, "process");
            return this;
        }

        /**
         * @param value the period, or null
         * @return this
         */
        public Builder period(Period value) {
            this.period = value;
            return this;
        }

        /**
         * @param value the region
         * @return this
         */
        public Builder region(Region value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        /**
         * @param value the sector, or null for the default
         * @return this
         */
        public Builder sector(Sector value) {
            this.sector = value;
            return this;
        }

        /**
         * @param value the scope, or null for the activity's usual scope
         * @return this
         */
        public Builder scope(Scope value) {
            this.scope = value;
            return this;
        }

        /**
         * @param value the calorific basis, or null
         * @return this
         */
        public Builder basis(CalorificBasis value) {
            this.basis = value;
            return this;
        }

        /**
         * @param name tag name
         * @param value tag value
         * @return this
         */
        public Builder tag(String name, String value) {
            tags.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the activity.
         *
         * @return the activity
         * @throws IllegalArgumentException if the amount is negative or not finite
         */
        public Activity build() {
            return new Activity(id, activity, amount, unit, site, process, period, region, sector, scope, basis, tags);
        }
    }
}
