package org.carbonledger.activity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The reporting period of an activity: a year, a month, a day, or any interval of days or times
 * (a quarter, a week, a shift).
 *
 * <p>Written {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or an ISO 8601 interval of two
 * dates or two date-times, {@code 2025-01-01/2025-03-31} or {@code 2025-03-04T06:00/2025-03-04T14:00}
 * (a shift). Factor validity is by day, so an interval covers the days it touches: from its start's
 * day to its end's day, or to the day before when the end is midnight. {@link #parse} reads what
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
     * Makes the period of the days from {@code start} to {@code end}, written
     * {@code start/end} (or as the day, when they are the same).
     *
     * @param start the first day
     * @param end the last day (inclusive)
     * @return the period
     * @throws IllegalArgumentException if it ends before it starts
     */
    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end, start.equals(end) ? start.toString() : start + "/" + end);
    }

    /**
     * Reads a period.
     *
     * @param text {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or an interval {@code A/B} of two
     *     dates ({@code YYYY-MM-DD}) or two date-times ({@code YYYY-MM-DDThh:mm[:ss]})
     * @return the period
     * @throws IllegalArgumentException if not of those forms, not a real date, or an interval that
     *     ends before it starts
     */
    public static Period parse(String text) {
        String s = Objects.requireNonNull(text, "text").strip();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return interval(s, s.substring(0, slash), s.substring(slash + 1));
        }
        if (!FORM.matcher(s).matches()) {
            throw new IllegalArgumentException("period '" + s + "' is not YYYY, YYYY-MM, YYYY-MM-DD or an interval"
                    + " such as 2025-01-01/2025-03-31 or 2025-03-04T06:00/2025-03-04T14:00");
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

    private static Period interval(String s, String a, String b) {
        boolean times = a.contains("T");
        if (times != b.contains("T")) {
            throw new IllegalArgumentException("period '" + s + "': both ends must be dates or both date-times");
        }
        try {
            if (!times) {
                LocalDate from = LocalDate.parse(a);
                LocalDate to = LocalDate.parse(b);
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException("period '" + s + "' ends before it starts");
                }
                return new Period(from, to, s);
            }
            java.time.LocalDateTime from = java.time.LocalDateTime.parse(a);
            java.time.LocalDateTime to = java.time.LocalDateTime.parse(b);
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("period '" + s + "' does not end after it starts");
            }
            LocalDate last = to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? to.toLocalDate().minusDays(1)
                    : to.toLocalDate();
            return new Period(from.toLocalDate(), last, s);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period '" + s + "' is not an interval of two real dates or"
                    + " date-times (such as 2025-01-01/2025-03-31 or 2025-03-04T06:00/2025-03-04T14:00): "
                    + e.getMessage());
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
