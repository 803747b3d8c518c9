package io.scofacts.core.extract.date;

/**
 * What a date phrase says before it is tied to a calendar: a full or partial calendar date,
 * a month and day without a year, a bare day of a month, or a date relative to publication.
 * A zero month or day means the phrase does not state it.
 */
sealed interface DateExpression {

    /** "2025年7月10日", "July 2025", "2025年": the year is stated; month and day may be 0. */
    record CalendarDate(int year, int month, int day) implements DateExpression {
    }

    /** "7月10日", "July 10", "в июле": the year is left to context; day may be 0. */
    record YearlessDate(int month, int day) implements DateExpression {
    }

    /**
     * "10日电", "10日上午", or the end of a range ("7月10日至12日"): only a day of a month
     * the context supplies.
     */
    record DayOfMonth(int day, boolean rangeEnd) implements DateExpression {
    }

    /** "昨天", "今年6月", "上周二", "on Tuesday": resolved against the publication date. */
    record RelativeDate(RelativeUnit unit, int offset, int month, int day, int weekday) implements DateExpression {
    }
}
