package io.scofacts.core.extract.date;

import io.scofacts.core.extract.date.DateExpression.CalendarDate;
import io.scofacts.core.extract.date.DateExpression.YearlessDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English calendar dates: "July 10, 2025", "Jul. 10", "10 July 2025", "the 10th of July",
 * "July 2025", "in July", "in 2025". Month names are matched capitalised only, so "may" the
 * verb is never May; a bare month or year needs a preposition before it ("in July",
 * "since 2019"), because a lone "March" or "2025" is too often something else.
 */
final class EnglishDateFinder implements DateFinder {

    private static final String NO_LETTER_BEFORE = "(?<![\\p{L}\\d])";
    private static final String NO_LETTER_AFTER = "(?![\\p{L}\\d])";
    private static final String SPACE = "[ \\t]{1,2}";
    /** After a preposition: a space, or nothing after a hyphen ("mid-July"). */
    private static final String PREPOSITION_GAP = "(?:(?<=-)|" + SPACE + ")";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?!\\d)";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?" + NO_LETTER_AFTER;

    private static final int REACH_BEFORE = 20;
    private static final int REACH_AFTER = 26;

    private final ScanWindows.Trigger trigger;
    private final Map<String, Integer> months;
    private final Pattern monthDay;
    private final Pattern dayMonth;
    private final Pattern monthYear;
    private final Pattern prepositionMonth;
    private final Pattern prepositionYear;

    EnglishDateFinder(DateLexicon lexicon) {
        months = new HashMap<>(lexicon.names("month", "en"));
        Map<String, Integer> abbreviations = lexicon.names("month-abbreviation", "en");
        months.putAll(abbreviations);
        trigger = ScanWindows.either(ScanWindows.wordStart(months.keySet()), ScanWindows.yearStart());
        String prepositions = "(?i:" + DateLexicon.alternation(lexicon.cues("en-date-preposition")) + ")";
        String month = "(?<month>" + DateLexicon.alternation(lexicon.names("month", "en").keySet()) + "|(?:"
                + DateLexicon.alternation(abbreviations.keySet()) + ")(?![\\p{L}])\\.?)(?![\\p{L}])";
        String optionalYear = "(?:,?" + SPACE + YEAR + ")?";
        monthDay = Pattern.compile(NO_LETTER_BEFORE + month + SPACE + DAY + optionalYear);
        dayMonth = Pattern.compile(NO_LETTER_BEFORE + DAY + SPACE + "(?:of" + SPACE + ")?" + month + optionalYear);
        monthYear = Pattern.compile(NO_LETTER_BEFORE + month + ",?" + SPACE + YEAR);
        prepositionMonth = Pattern.compile(NO_LETTER_BEFORE + prepositions + PREPOSITION_GAP + month);
        prepositionYear = Pattern.compile(NO_LETTER_BEFORE + prepositions + PREPOSITION_GAP + YEAR
                + "(?![.,]\\d|[ \\t]?(?:%|(?i:per ?cent)))");
    }

    @Override
    public void find(String view, String language, List<DateCandidate> out) {
        ScanWindows windows = ScanWindows.around(view, trigger, REACH_BEFORE, REACH_AFTER);
        windows.forEachMatch(monthDay, view, m -> addMonthDay(m, out));
        windows.forEachMatch(dayMonth, view, m -> addMonthDay(m, out));
        windows.forEachMatch(monthYear, view, m -> out.add(new DateCandidate(m.start(), m.end(),
                new CalendarDate(Integer.parseInt(m.group("year")), month(m), 0))));
        windows.forEachMatch(prepositionMonth, view,
                m -> out.add(new DateCandidate(m.start("month"), m.end(), new YearlessDate(month(m), 0))));
        windows.forEachMatch(prepositionYear, view, m -> out.add(new DateCandidate(m.start("year"), m.end("year"),
                new CalendarDate(Integer.parseInt(m.group("year")), 0, 0))));
    }

    private int month(Matcher m) {
        String name = m.group("month");
        return months.get(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
    }

    private void addMonthDay(Matcher m, List<DateCandidate> out) {
        int month = month(m);
        int day = Integer.parseInt(m.group("day"));
        if (day >= 1 && day <= 31) {
            DateExpression expression = m.group("year") == null ? new YearlessDate(month, day)
                    : new CalendarDate(Integer.parseInt(m.group("year")), month, day);
            out.add(new DateCandidate(m.start(), m.end(), expression));
        }
    }
}
