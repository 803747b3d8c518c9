package io.scofacts.core.extract.date;

import io.scofacts.core.extract.date.DateExpression.CalendarDate;
import io.scofacts.core.extract.date.DateExpression.YearlessDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Russian calendar dates: "10 июля 2025 года", "10 июля", "июль 2025 года", "в июле 2025 г.",
 * "в 2025 году", "в июле". Case-insensitive, so a capitalised month at a sentence start counts.
 */
final class RussianDateFinder implements DateFinder {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NO_LETTER_BEFORE = "(?<![\\p{L}\\d])";
    private static final String NO_LETTER_AFTER = "(?![\\p{L}\\d])";
    private static final String SPACE = "[ \\t]{1,2}";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?!\\d)";
    private static final String YEAR_WORD = "(?:года|году|год|г\\.?)" + NO_LETTER_AFTER;

    private static final int REACH_BEFORE = 20;
    private static final int REACH_AFTER = 26;

    private final ScanWindows.Trigger trigger;
    private final Map<String, Integer> genitive;
    private final Map<String, Integer> anyForm = new LinkedHashMap<>();
    private final Map<String, Integer> prepositional;
    private final Pattern dayMonth;
    private final Pattern monthYear;
    private final Pattern year;
    private final Pattern inMonth;

    RussianDateFinder(DateLexicon lexicon) {
        genitive = lexicon.names("month-genitive", "ru");
        prepositional = lexicon.names("month-prepositional", "ru");
        anyForm.putAll(genitive);
        anyForm.putAll(lexicon.names("month-nominative", "ru"));
        anyForm.putAll(prepositional);
        trigger = ScanWindows.either(ScanWindows.wordStart(anyForm.keySet()), ScanWindows.yearStart());
        dayMonth = Pattern.compile(NO_LETTER_BEFORE + "(?<day>\\d{1,2})(?:-?го)?" + SPACE + "(?<month>"
                + DateLexicon.alternation(genitive.keySet()) + ")" + NO_LETTER_AFTER + "(?:" + SPACE + YEAR + "(?:"
                + "[ \\t]?" + YEAR_WORD + ")?)?", FLAGS);
        monthYear = Pattern.compile(NO_LETTER_BEFORE + "(?<month>" + DateLexicon.alternation(anyForm.keySet()) + ")"
                + SPACE + YEAR + "(?:[ \\t]?" + YEAR_WORD + ")?", FLAGS);
        year = Pattern.compile(NO_LETTER_BEFORE + YEAR + "[ \\t]?" + YEAR_WORD, FLAGS);
        inMonth = Pattern.compile(NO_LETTER_BEFORE + "во?" + SPACE + "(?<month>"
                + DateLexicon.alternation(prepositional.keySet()) + ")" + NO_LETTER_AFTER, FLAGS);
    }

    @Override
    public void find(String view, String language, List<DateCandidate> out) {
        ScanWindows windows = ScanWindows.around(view, trigger, REACH_BEFORE, REACH_AFTER);
        windows.forEachMatch(dayMonth, view, m -> {
            int day = Integer.parseInt(m.group("day"));
            int month = DateLexicon.lookup(genitive, m.group("month"));
            if (day >= 1 && day <= 31) {
                DateExpression expression = m.group("year") == null ? new YearlessDate(month, day)
                        : new CalendarDate(Integer.parseInt(m.group("year")), month, day);
                out.add(new DateCandidate(m.start(), m.end(), expression));
            }
        });
        windows.forEachMatch(monthYear, view, m -> out.add(new DateCandidate(m.start(), m.end(),
                new CalendarDate(Integer.parseInt(m.group("year")), DateLexicon.lookup(anyForm, m.group("month")), 0))));
        windows.forEachMatch(year, view, m -> out.add(new DateCandidate(m.start(), m.end(),
                new CalendarDate(Integer.parseInt(m.group("year")), 0, 0))));
        windows.forEachMatch(inMonth, view, m -> out.add(new DateCandidate(m.start("month"), m.end(),
                new YearlessDate(DateLexicon.lookup(prepositional, m.group("month")), 0))));
    }
}
