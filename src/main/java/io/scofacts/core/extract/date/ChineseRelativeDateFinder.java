package io.scofacts.core.extract.date;

import static io.scofacts.core.extract.date.ChineseDatePatterns.DAY;
import static io.scofacts.core.extract.date.ChineseDatePatterns.DAY_MARK;
import static io.scofacts.core.extract.date.ChineseDatePatterns.MONTH_AND_DAY;
import static io.scofacts.core.extract.date.ChineseDatePatterns.number;

import io.scofacts.core.extract.date.DateExpression.RelativeDate;
import io.scofacts.core.extract.date.DateLexicon.RelativeWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese dates relative to publication: 今天/昨天/前天/明天, 今年/去年/明年 with an optional
 * month and day, 本月/上月 with an optional day, 上周二/本周五 and bare weekdays (周二, 星期二:
 * the most recent one on or before publication). Weekdays in ranges or repetitions
 * ("周一至周五", "每周二"), 今天 meaning "nowadays" ("在…的今天") and 去年 inside 过去年代
 * are not dates.
 */
final class ChineseRelativeDateFinder implements DateFinder {

    /** Before a bare weekday: a count ("一周") or a repetition ("每周"), not a day. */
    private static final String NOT_WEEKDAY_BEFORE = "每\\d一二三两兩四五六七八九十几幾数數半个個上下本这這";
    private static final String RANGE_MARKS = "至到\\-–—~、";

    private final Map<String, RelativeWord> dayWords;
    private final Map<String, RelativeWord> yearWords;
    private final Map<String, RelativeWord> monthWords;
    private final Map<String, RelativeWord> weekWords;
    private final Map<String, Integer> weekdays;
    private final Set<String> notTodayBefore;
    private final Set<String> notYearWordBefore;
    private final Pattern days;
    private final Pattern years;
    private final Pattern months;
    private final Pattern weeks;
    private final Pattern bareWeekdays;
    /**
     * Every phrase here starts with a relative word: the windows are cut around them, and the
     * patterns are tried only where one starts (look-behinds see past the window).
     */
    private final ScanWindows.Trigger trigger;
    private static final int REACH_BEFORE = 1;
    private static final int REACH_AFTER = 20;

    ChineseRelativeDateFinder(DateLexicon lexicon) {
        dayWords = lexicon.relativeWords("zh", RelativeUnit.DAY);
        yearWords = lexicon.relativeWords("zh", RelativeUnit.YEAR);
        monthWords = lexicon.relativeWords("zh", RelativeUnit.MONTH);
        weekWords = lexicon.relativeWords("zh", RelativeUnit.WEEK);
        weekdays = lexicon.names("weekday", "zh");
        notTodayBefore = lexicon.cues("not-today-before");
        notYearWordBefore = lexicon.cues("not-year-word-before");
        String weekday = "(?<weekday>" + DateLexicon.alternation(weekdays.keySet()) + ")";
        days = Pattern.compile("(?<word>" + DateLexicon.alternation(dayWords.keySet()) + ")");
        years = Pattern.compile("(?<word>" + DateLexicon.alternation(yearWords.keySet()) + ")(?: ?" + MONTH_AND_DAY + ")?");
        months = Pattern.compile("(?<word>" + DateLexicon.alternation(monthWords.keySet()) + ")(?: ?" + DAY + " ?"
                + DAY_MARK + ")?");
        weeks = Pattern.compile("(?<word>" + DateLexicon.alternation(weekWords.keySet()) + ")" + weekday);
        List<String> words = new ArrayList<>();
        for (RelativeUnit unit : RelativeUnit.values()) {
            words.addAll(lexicon.relativeWords("zh", unit).keySet());
        }
        trigger = ScanWindows.wordStart(words);
        bareWeekdays = Pattern.compile("(?<![" + NOT_WEEKDAY_BEFORE + RANGE_MARKS + "])(?<word>"
                + DateLexicon.alternation(lexicon.relativeWords("zh", RelativeUnit.WEEKDAY).keySet()) + ")" + weekday
                + "(?![" + RANGE_MARKS + "])");
    }

    @Override
    public void find(String view, String language, List<DateCandidate> out) {
        ScanWindows windows = ScanWindows.around(view, trigger, REACH_BEFORE, REACH_AFTER);
        windows.forEachMatch(days, view, trigger, m -> {
            if (!precededByAnyOf(view, m.start(), notTodayBefore)) {
                out.add(candidate(m, dayWords.get(m.group("word")), 0, 0, 0));
            }
        });
        windows.forEachMatch(years, view, trigger, m -> {
            int month = number(m, "month");
            if (month <= 12 && !precededByAnyOf(view, m.start(), notYearWordBefore)) {
                out.add(candidate(m, yearWords.get(m.group("word")), month, number(m, "day"), 0));
            }
        });
        windows.forEachMatch(months, view, trigger,
                m -> out.add(candidate(m, monthWords.get(m.group("word")), 0, number(m, "day"), 0)));
        windows.forEachMatch(weeks, view, trigger,
                m -> out.add(candidate(m, weekWords.get(m.group("word")), 0, 0, weekdays.get(m.group("weekday")))));
        windows.forEachMatch(bareWeekdays, view, trigger, m -> out.add(new DateCandidate(m.start(), m.end(),
                new RelativeDate(RelativeUnit.WEEKDAY, 0, 0, 0, weekdays.get(m.group("weekday"))))));
    }

    private static boolean precededByAnyOf(String view, int start, Set<String> chars) {
        return start > 0 && chars.contains(String.valueOf(view.charAt(start - 1)));
    }

    private static DateCandidate candidate(Matcher m, RelativeWord word, int month, int day, int weekday) {
        return new DateCandidate(m.start(), m.end(),
                new RelativeDate(word.unit(), word.offset(), Math.max(month, 0), Math.max(day, 0), weekday));
    }
}
