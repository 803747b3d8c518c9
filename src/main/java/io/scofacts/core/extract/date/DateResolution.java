package io.scofacts.core.extract.date;

import io.scofacts.core.extract.date.DateExpression.CalendarDate;
import io.scofacts.core.extract.date.DateExpression.DayOfMonth;
import io.scofacts.core.extract.date.DateExpression.RelativeDate;
import io.scofacts.core.extract.date.DateExpression.YearlessDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ties the date phrases of one article, in text order, to the calendar.
 *
 * <p>A month and day without a year takes its year, in this order of preference, from: the
 * start of a range it ends ("2024年12月30日至1月2日": the first such day on or after the
 * start); else the reference (publication) date, then it counts as relative; else the nearest
 * earlier date with a year anywhere in the text (a dateline), by {@link YearChoice}. Without
 * any of them the phrase is dropped rather than guessed. A bare day ("12日") takes the month
 * of a date shortly before it in the same sentence, else of the reference date. Relative
 * phrases need the reference date. A date derived from a relative one is relative too.
 */
final class DateResolution {

    /** How far back (in chars) a date still belongs to the same sentence as a yearless one. */
    private static final int SAME_SENTENCE_REACH = 40;
    /** The longest range connector with its spaces: " through ". */
    private static final int MAX_CONNECTOR = 10;
    private static final String SENTENCE_ENDS = "。!?;\n";

    private final String view;
    private final LocalDate reference;
    private final Set<String> rangeConnectors;
    private ResolvedDate lastWithYear;

    DateResolution(String view, LocalDate reference, Set<String> rangeConnectors) {
        this.view = view;
        this.reference = reference;
        this.rangeConnectors = rangeConnectors;
    }

    /** The candidates (non-overlapping, in text order) that resolve, in text order. */
    List<ResolvedDate> resolve(List<DateCandidate> candidates) {
        List<ResolvedDate> resolved = new ArrayList<>();
        for (DateCandidate candidate : candidates) {
            ResolvedDate date = resolve(candidate);
            if (date != null) {
                resolved.add(date);
                lastWithYear = date;
            }
        }
        return resolved;
    }

    private ResolvedDate resolve(DateCandidate candidate) {
        DateExpression expression = candidate.expression();
        if (expression instanceof CalendarDate calendar) {
            return calendar(candidate, calendar);
        }
        if (expression instanceof YearlessDate yearless) {
            return yearless(candidate, yearless);
        }
        if (expression instanceof DayOfMonth day) {
            return dayOfMonth(candidate, day);
        }
        return reference == null ? null : relative(candidate, (RelativeDate) expression);
    }

    private static ResolvedDate calendar(DateCandidate candidate, CalendarDate calendar) {
        Precision precision = calendar.month() == 0 ? Precision.YEAR : calendar.day() == 0 ? Precision.MONTH : Precision.DAY;
        LocalDate date = YearChoice.dateOrNull(calendar.year(), Math.max(calendar.month(), 1), Math.max(calendar.day(), 1));
        return date == null ? null : new ResolvedDate(candidate, date, precision, false);
    }

    private ResolvedDate yearless(DateCandidate candidate, YearlessDate yearless) {
        Precision precision = yearless.day() == 0 ? Precision.MONTH : Precision.DAY;
        ResolvedDate rangeStart = rangeStart(candidate);
        if (rangeStart != null) {
            return new ResolvedDate(candidate, onOrAfter(rangeStart, yearless), precision, rangeStart.relative())
                    .validOrNull();
        }
        if (reference != null) {
            LocalDate date = YearChoice.nearest(yearless.month(), yearless.day(), reference);
            return date == null ? null : new ResolvedDate(candidate, date, precision, true);
        }
        if (lastWithYear != null) {
            return new ResolvedDate(candidate, inYearOf(lastWithYear, yearless), precision, false).validOrNull();
        }
        return null;
    }

    /** The first date with the month and day on or after the start of the range. */
    private static LocalDate onOrAfter(ResolvedDate start, YearlessDate yearless) {
        int year = start.date().getYear();
        LocalDate date = YearChoice.dateOrNull(year, yearless.month(), Math.max(yearless.day(), 1));
        boolean before = date != null && start.precision() != Precision.YEAR && date.isBefore(start.date())
                && !(yearless.day() == 0 && date.getMonthValue() == start.date().getMonthValue());
        return before ? YearChoice.dateOrNull(year + 1, yearless.month(), Math.max(yearless.day(), 1)) : date;
    }

    private static LocalDate inYearOf(ResolvedDate anchor, YearlessDate yearless) {
        if (anchor.precision() == Precision.YEAR) {
            return YearChoice.dateOrNull(anchor.date().getYear(), yearless.month(), Math.max(yearless.day(), 1));
        }
        return YearChoice.nearest(yearless.month(), yearless.day(), anchor.date());
    }

    private ResolvedDate dayOfMonth(DateCandidate candidate, DayOfMonth day) {
        ResolvedDate sameSentence = sameSentenceAnchor(candidate);
        if (sameSentence != null && sameSentence.precision() != Precision.YEAR) {
            LocalDate anchor = sameSentence.date();
            return new ResolvedDate(candidate, YearChoice.dateOrNull(anchor.getYear(), anchor.getMonthValue(), day.day()),
                    Precision.DAY, sameSentence.relative()).validOrNull();
        }
        if (day.rangeEnd()) {
            return null;
        }
        if (reference != null) {
            // The day of the publication month, or of the month before when it is still to come.
            YearMonth month = YearMonth.from(reference);
            if (day.day() > reference.getDayOfMonth()) {
                month = month.minusMonths(1);
            }
            LocalDate date = month.isValidDay(day.day()) ? month.atDay(day.day()) : null;
            return date == null ? null : new ResolvedDate(candidate, date, Precision.DAY, true);
        }
        if (lastWithYear != null && lastWithYear.precision() != Precision.YEAR) {
            LocalDate anchor = lastWithYear.date();
            return new ResolvedDate(candidate, YearChoice.dateOrNull(anchor.getYear(), anchor.getMonthValue(), day.day()),
                    Precision.DAY, false).validOrNull();
        }
        return null;
    }

    private ResolvedDate relative(DateCandidate candidate, RelativeDate relative) {
        LocalDate date;
        Precision precision = Precision.DAY;
        switch (relative.unit()) {
            case DAY -> date = reference.plusDays(relative.offset());
            case WEEK -> date = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(relative.offset()).plusDays(relative.weekday() - 1L);
            case WEEKDAY -> date = reference.with(weekdayAdjuster(relative.offset(), DayOfWeek.of(relative.weekday())));
            case MONTH -> {
                YearMonth month = YearMonth.from(reference).plusMonths(relative.offset());
                precision = relative.day() == 0 ? Precision.MONTH : Precision.DAY;
                date = YearChoice.dateOrNull(month.getYear(), month.getMonthValue(), Math.max(relative.day(), 1));
            }
            case YEAR -> {
                int year = reference.getYear() + relative.offset();
                precision = relative.month() == 0 ? Precision.YEAR : relative.day() == 0 ? Precision.MONTH : Precision.DAY;
                date = YearChoice.dateOrNull(year, Math.max(relative.month(), 1), Math.max(relative.day(), 1));
            }
            default -> throw new IllegalStateException("unknown unit " + relative.unit());
        }
        return date == null ? null : new ResolvedDate(candidate, date, precision, true);
    }

    private static TemporalAdjuster weekdayAdjuster(int offset, DayOfWeek weekday) {
        if (offset < 0) {
            return TemporalAdjusters.previous(weekday);
        }
        return offset > 0 ? TemporalAdjusters.next(weekday) : TemporalAdjusters.previousOrSame(weekday);
    }

    /** The last resolved date when only a range connector ("至", "to", "по") stands between it and {@code candidate}. */
    private ResolvedDate rangeStart(DateCandidate candidate) {
        if (lastWithYear == null || candidate.start() < lastWithYear.candidate().end()
                || candidate.start() - lastWithYear.candidate().end() > MAX_CONNECTOR) {
            return null;
        }
        String between = view.substring(lastWithYear.candidate().end(), candidate.start()).strip();
        return rangeConnectors.contains(between.toLowerCase(Locale.ROOT)) ? lastWithYear : null;
    }

    /** The last resolved date with a year when it ends shortly before {@code candidate}, in the same sentence. */
    private ResolvedDate sameSentenceAnchor(DateCandidate candidate) {
        if (lastWithYear == null) {
            return null;
        }
        int from = lastWithYear.candidate().end();
        int to = candidate.start();
        if (to - from > SAME_SENTENCE_REACH || to < from) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (SENTENCE_ENDS.indexOf(view.charAt(i)) >= 0) {
                return null;
            }
        }
        return lastWithYear;
    }
}
