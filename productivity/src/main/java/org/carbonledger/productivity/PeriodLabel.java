package org.carbonledger.productivity;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A panel's period label read as a point in time, so that periods sort as time and not as text
 * ({@code FY23} would sort after {@code 2024}, {@code 2023-06} among the years).
 *
 * <p>Accepted forms, one granularity per panel: a number ({@code 2023}, or a period number
 * {@code 1}, {@code 2}, ...: years and numbered periods alike, ordered by value), a quarter
 * {@code YYYY-Qn}, a month {@code YYYY-MM}, a day {@code YYYY-MM-DD} (ISO 8601 calendar dates, as
 * the activities CSV's {@code period}). Anything else is refused rather than guessed at: a
 * fiscal-year label such as {@code FY23} does not say in which calendar year it starts.
 *
 * <p>Immutable and thread-safe.
 */
final class PeriodLabel {
    /** Which calendar unit a label counts in. */
    enum Granularity {
        NUMBER("a year or period number"),
        QUARTER("a quarter"),
        MONTH("a month"),
        DAY("a day");

        private final String description;

        Granularity(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** The forms a label may take, for messages. */
    static final String ACCEPTED = "a year or period number (2023, or 1, 2, 3), a quarter"
            + " (2023-Q1), a month (2023-06) or a day (2023-06-30), one kind per panel";

    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Orders labels of one granularity in time. */
    static final Comparator<PeriodLabel> IN_TIME = Comparator.comparingLong(p -> p.key);

    private final String text;
    private final Granularity granularity;
    private final long key;

    private PeriodLabel(String text, Granularity granularity, long key) {
        this.text = text;
        this.granularity = granularity;
        this.key = key;
    }

    /**
     * Reads a label.
     *
     * @param text the label as written
     * @return the period
     * @throws IllegalArgumentException naming the label and the accepted forms
     */
    static PeriodLabel parse(String text) {
        if (NUMBER.matcher(text).matches()) {
            return new PeriodLabel(text, Granularity.NUMBER, new BigInteger(text).longValueExact());
        }
        Matcher q = QUARTER.matcher(text);
        if (q.matches()) {
            return new PeriodLabel(text, Granularity.QUARTER,
                    Long.parseLong(q.group(1)) * 4 + Long.parseLong(q.group(2)) - 1);
        }
        Matcher m = MONTH.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return new PeriodLabel(text, Granularity.MONTH,
                        Long.parseLong(m.group(1)) * 12 + month - 1);
            }
        }
        if (DAY.matcher(text).matches()) {
            try {
                return new PeriodLabel(text, Granularity.DAY, LocalDate.parse(text).toEpochDay());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("period '" + text + "' is not a calendar date;"
                        + " expected " + ACCEPTED);
            }
        }
        throw new IllegalArgumentException("period '" + text + "' is not a period label; expected "
                + ACCEPTED + (text.toUpperCase(java.util.Locale.ROOT).startsWith("FY")
                        ? "; a fiscal year does not say when it starts, so write it as the"
                                + " calendar year you mean" : ""));
    }

    /**
     * Checks that this label and another are of one granularity and, if they are the same
     * period, written the same way.
     *
     * @param other a label of the same panel
     * @throws IllegalArgumentException naming both labels
     */
    void requireCompatible(PeriodLabel other) {
        if (granularity != other.granularity) {
            throw new IllegalArgumentException("period '" + text + "' is "
                    + granularity.description() + " but period '" + other.text + "' is "
                    + other.granularity.description() + "; a panel's periods must all be of one"
                    + " kind: " + ACCEPTED);
        }
        if (key == other.key && !text.equals(other.text)) {
            throw new IllegalArgumentException("periods '" + text + "' and '" + other.text
                    + "' are the same period written two ways; write it one way");
        }
    }

    /** @return the label as written */
    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
