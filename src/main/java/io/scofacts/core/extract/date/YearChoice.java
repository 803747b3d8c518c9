package io.scofacts.core.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The year of a month and day written without one ("7月10日", "July 10"): of the years just
 * before, at and after a reference date, the one that puts the date nearest to it (earlier
 * year on a tie). A story published on 2025-01-05 that mentions "12月28日" means 2024-12-28;
 * one published on 2025-12-20 that announces something for "1月5日" means 2026-01-05; any
 * date within about half a year of the reference keeps the reference's year.
 */
final class YearChoice {

    private YearChoice() {
    }

    /** The nearest valid date, or null when the month and day exist in none of the years (2月30日). */
    static LocalDate nearest(int month, int day, LocalDate reference) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate date = dateOrNull(year, month, Math.max(day, 1));
            if (date == null) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(reference, date));
            if (distance < bestDistance) {
                best = date;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The date, or null when the calendar has no such day. */
    static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
