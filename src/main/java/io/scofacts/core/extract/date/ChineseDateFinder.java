package io.scofacts.core.extract.date;

import static io.scofacts.core.extract.date.ChineseDatePatterns.DAY_MARK;
import static io.scofacts.core.extract.date.ChineseDatePatterns.MONTH_AND_DAY;
import static io.scofacts.core.extract.date.ChineseDatePatterns.NUMERAL_CHARS;
import static io.scofacts.core.extract.date.ChineseDatePatterns.YEAR;
import static io.scofacts.core.extract.date.ChineseDatePatterns.number;

import io.scofacts.core.extract.date.DateExpression.CalendarDate;
import io.scofacts.core.extract.date.DateExpression.DayOfMonth;
import io.scofacts.core.extract.date.DateExpression.YearlessDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese calendar dates, simplified and traditional: "2025年7月10日", "二〇二五年七月十日",
 * "2025年7月", "2025年", "7月10日", "9月2日电", and bare days where Chinese news uses them
 * for a day of the current month ("新华社北京10日电", "10日上午", "7月10日至12日").
 * Durations ("3年", "5个月") never match: a year needs four digits, a month "月" right after
 * its number.
 */
final class ChineseDateFinder implements DateFinder {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2099;

    private static final Pattern WITH_YEAR = Pattern.compile(
            "(?<![" + NUMERAL_CHARS + "])" + YEAR + " ?年(?: ?" + MONTH_AND_DAY + ")?");
    private static final Pattern WITHOUT_YEAR = Pattern.compile(
            "(?<![" + NUMERAL_CHARS + "年])" + MONTH_AND_DAY);
    private static final Pattern RANGE_END_DAY = Pattern.compile(
            "(?<=" + DAY_MARK + " ?[至到\\-–—~] ?)(?<day>\\d{1,2}) ?" + DAY_MARK);
    /** A bare day opening a clause: "10日,论坛开幕". */
    private static final Pattern CLAUSE_OPENING_DAY = Pattern.compile(
            "(?<![^\\n。!?;,]) ?(?<day>\\d{1,2}) ?日(?=[,,])");

    /** Every phrase here contains one of these chars; the reaches cover "2 0 2 5 年 1 2 月 3 1 日". */
    private static final ScanWindows.Trigger TRIGGER = ScanWindows.anyOf("年月日号號");
    /** What a year, a month or a day opens with: a digit or a Chinese numeral. */
    private static final ScanWindows.Trigger NUMBER_OPENS = ScanWindows.anyOf("0123456789〇零一二三四五六七八九十");
    private static final ScanWindows.Trigger DIGIT_OPENS = ScanWindows.anyOf("0123456789");
    /** A clause's bare day may open with the space before its digits. */
    private static final ScanWindows.Trigger DIGIT_OR_SPACE_OPENS = ScanWindows.anyOf("0123456789 ");
    private static final int REACH_BEFORE = 12;
    private static final int REACH_AFTER = 24;

    private final Set<String> notYearBefore;
    private final Set<String> notYearAfter;
    private final Pattern dayBeforeCue;

    ChineseDateFinder(DateLexicon lexicon) {
        this.notYearBefore = lexicon.cues("not-year-before");
        this.notYearAfter = lexicon.cues("not-year-after");
        this.dayBeforeCue = Pattern.compile("(?<![" + NUMERAL_CHARS + "月年日号號])(?<day>\\d{1,2}) ?[日号號](?="
                + DateLexicon.alternation(lexicon.cues("day-only-after")) + ")");
    }

    @Override
    public void find(String view, String language, List<DateCandidate> out) {
        ScanWindows windows = ScanWindows.around(view, TRIGGER, REACH_BEFORE, REACH_AFTER);
        windows.forEachMatch(WITH_YEAR, view, NUMBER_OPENS, m -> {
            int year = number(m, "year");
            int month = number(m, "month");
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return;
            }
            if (m.group("month") == null) {
                if (isYearOnly(view, m.start(), m.end())) {
                    out.add(new DateCandidate(m.start(), m.end(), new CalendarDate(year, 0, 0)));
                }
            } else if (month >= 1 && month <= 12) {
                out.add(new DateCandidate(m.start(), m.end(), new CalendarDate(year, month, Math.max(number(m, "day"), 0))));
            }
        });
        windows.forEachMatch(WITHOUT_YEAR, view, NUMBER_OPENS, m -> {
            int month = number(m, "month");
            if (month >= 1 && month <= 12) {
                out.add(new DateCandidate(m.start(), m.end(), new YearlessDate(month, Math.max(number(m, "day"), 0))));
            }
        });
        windows.forEachMatch(RANGE_END_DAY, view, DIGIT_OPENS, m -> addDay(m, true, out));
        windows.forEachMatch(dayBeforeCue, view, DIGIT_OPENS, m -> addDay(m, false, out));
        windows.forEachMatch(CLAUSE_OPENING_DAY, view, DIGIT_OR_SPACE_OPENS, m -> addDay(m, false, out));
    }

    /** "2025年" alone is a year unless a word before or after makes it a length ("近2000年", "2000年历史"). */
    private boolean isYearOnly(String view, int start, int end) {
        if (start > 0 && notYearBefore.contains(String.valueOf(view.charAt(start - 1)))) {
            return false;
        }
        for (String after : notYearAfter) {
            if (view.startsWith(after, end)) {
                return false;
            }
        }
        return true;
    }

    private static void addDay(Matcher m, boolean rangeEnd, List<DateCandidate> out) {
        int day = Integer.parseInt(m.group("day"));
        if (day >= 1 && day <= 31) {
            out.add(new DateCandidate(m.start("day"), m.end(), new DayOfMonth(day, rangeEnd)));
        }
    }
}
