package io.scofacts.core.extract.date;

import io.scofacts.core.extract.date.DateExpression.CalendarDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All-digit dates: year first ("2025-07-16", "2025/7/16", "2025.07.16") and year last
 * ("10.07.2025", "16/07/2025", "7/16/2025").
 *
 * <p>Order rule for year-last dates: with "." or "-" the day comes first in every language
 * (no one writes month-first with dots); with "/" the month comes first in English texts
 * (US usage, the common one in English wire copy) and the day first elsewhere (Russian,
 * European, Chinese usage); when the preferred reading is impossible (a first number above
 * 12) the other one is taken.
 *
 * <p>A digit or separator right before or after the match means a longer number (a phone
 * number, an id, a version), which is not a date.
 */
final class NumericDateFinder implements DateFinder {

    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String NOT_BEFORE = "(?<![\\d./\\-])";
    private static final String NOT_AFTER = "(?!\\d|[./\\-]\\d)";
    private static final Pattern YEAR_FIRST = Pattern.compile(
            NOT_BEFORE + YEAR + "(?<sep>[-/.])(?<a>\\d{1,2})\\k<sep>(?<b>\\d{1,2})" + NOT_AFTER);
    private static final Pattern YEAR_LAST = Pattern.compile(
            NOT_BEFORE + "(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>" + YEAR + NOT_AFTER);

    /** A separator between two digits: every date here has two. */
    private static final ScanWindows.Trigger TRIGGER = (view, p) -> p > 0 && p + 1 < view.length()
            && "-/.".indexOf(view.charAt(p)) >= 0 && Character.isDigit(view.charAt(p - 1))
            && Character.isDigit(view.charAt(p + 1));
    private static final int REACH = 12;

    @Override
    public void find(String view, String language, List<DateCandidate> out) {
        ScanWindows windows = ScanWindows.around(view, TRIGGER, REACH, REACH);
        windows.forEachMatch(YEAR_FIRST, view,
                m -> add(m, Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")), out));
        windows.forEachMatch(YEAR_LAST, view, m -> {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            boolean monthFirst = "/".equals(m.group("sep")) && "en".equals(language) ? a <= 12 : b > 12;
            add(m, monthFirst ? a : b, monthFirst ? b : a, out);
        });
    }

    private static void add(Matcher m, int month, int day, List<DateCandidate> out) {
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            out.add(new DateCandidate(m.start(), m.end(),
                    new CalendarDate(Integer.parseInt(m.group("year")), month, day)));
        }
    }
}
