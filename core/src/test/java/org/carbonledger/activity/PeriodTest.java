package org.carbonledger.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Periods of any length: years, months, days, and intervals of days or of times (a shift). */
class PeriodTest {
    @Test
    void parse_aYearMonthOrDay() {
        assertEquals(LocalDate.of(2025, 12, 31), Period.parse("2025").end());
        assertEquals(LocalDate.of(2024, 2, 29), Period.parse("2024-02").end());
        assertEquals(LocalDate.of(2025, 3, 4), Period.parse("2025-03-04").start());
    }

    @Test
    void parse_anIntervalOfDays() {
        Period q1 = Period.parse("2025-01-01/2025-03-31");
        assertEquals(LocalDate.of(2025, 1, 1), q1.start());
        assertEquals(LocalDate.of(2025, 3, 31), q1.end());
        assertEquals("2025-01-01/2025-03-31", q1.toString());
        assertTrue(q1.within(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void parse_aShift_coversTheDaysItTouches() {
        Period morning = Period.parse("2025-03-04T06:00/2025-03-04T14:00");
        assertEquals(LocalDate.of(2025, 3, 4), morning.start());
        assertEquals(LocalDate.of(2025, 3, 4), morning.end());
        Period night = Period.parse("2025-03-04T22:00/2025-03-05T06:00");
        assertEquals(LocalDate.of(2025, 3, 5), night.end());
        Period toMidnight = Period.parse("2025-03-04T14:00/2025-03-05T00:00");
        assertEquals(LocalDate.of(2025, 3, 4), toMidnight.end(), "an end at midnight is the day before's end");
        Period acrossNewYear = Period.parse("2025-12-31T22:00/2026-01-01T06:00");
        assertTrue(!acrossNewYear.within(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                "a shift across the new year is not within one year's validity");
    }

    @Test
    void parse_refusesIntervalsThatEndBeforeTheyStartOrMixDatesAndTimes() {
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-03-31/2025-01-01"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-03-04T14:00/2025-03-04T06:00"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-03-04/2025-03-05T06:00"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-02-30/2025-03-01"));
    }

    @Test
    void of_writesADayAsTheDayAndAnIntervalWithASlash() {
        assertEquals("2025-03-04", Period.of(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4)).text());
        assertEquals("2025-03-04/2025-03-10", Period.of(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 10)).text());
    }
}
