package org.carbonledger.activity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The reporting period of an activity: a year, a month or a day.
 *
 * <p>Written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; {@link #parse} reads what
 * {@link #toString} writes. Immutable and thread-safe.
 *
 * @param start the first day
 * @param end the last day (inclusive)
 * @param text the period as written, such as "2025-03"
 */
public record Period(LocalDate start, LocalDate end, String text) implements Comparable<Period> {
    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    // Validates the fields.
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(text, "text");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + text);
        }
    }

    /**
     * Reads a period.
     *
     * @param text {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @return the period
     * @throws IllegalArgumentException if not of those forms or not a real date
     */
    public static Period parse(String text) {
        String s = Objects.requireNonNull(text, "text").strip();
        if (!FORM.matcher(s).matches()) {
            throw new IllegalArgumentException("period '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int year = Integer.parseInt(s.substring(0, 4));
            if (s.length() == 4) {
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), s);
            }
            int month = Integer.parseInt(s.substring(5, 7));
            if (s.length() == 7) {
                YearMonth ym = YearMonth.of(year, month);
                return new Period(ym.atDay(1), ym.atEndOfMonth(), s);
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(s.substring(8, 10)));
            return new Period(day, day, s);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period '" + s + "' is not a real date: " + e.getMessage());
        }
    }

    /**
     * Tells whether this period lies wholly within an interval.
     *
     * @param from the first valid day, or null for no start
     * @param to the last valid day, or null for no end
     * @return true if every day of this period is within [from, to]
     */
    public boolean within(LocalDate from, LocalDate to) {
        return (from == null || !start.isBefore(from)) && (to == null || !end.isAfter(to));
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @Override
    public String toString() {
        return text;
    }
}
