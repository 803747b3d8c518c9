package io.scofacts.core.extract.date;

import io.scofacts.core.extract.date.DateExpression.RelativeDate;
import io.scofacts.core.extract.date.DateLexicon.RelativeWord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Relative dates of a language written with spaces between words (English, Russian):
 * "yesterday", "today", "last year", "вчера", "в этом году", and a weekday after its cue word
 * ("on Tuesday", "last Friday", "во вторник"). A weekday followed by a stated date
 * ("on Tuesday, July 8") is left to the stated date. "today's" and the like are adjectives
 * ("today's world"), not dates.
 */
final class SpelledRelativeDateFinder implements DateFinder {

    private static final String NO_LETTER_BEFORE = "(?<![\\p{L}\\d])";
    private static final String SPACE = "[ \\t]{1,2}";

    private final Map<String, RelativeWord> words = new LinkedHashMap<>();
    private final Map<String, RelativeWord> weekdayCues;
    private final Map<String, Integer> weekdays;
    private final Pattern wordPattern;
    private final Pattern weekdayPattern;
    private final ScanWindows.Trigger trigger;
    /** Reaches around a trigger word: "last " before a weekday, "в следующем году" after. */
    private static final int REACH_BEFORE = 8;
    private static final int REACH_AFTER = 24;

    /**
     * @param weekdaysCaseSensitive English weekday names are capitalised; Russian ones are not,
     *                              except at a sentence start
     */
    SpelledRelativeDateFinder(DateLexicon lexicon, String language, boolean weekdaysCaseSensitive) {
        words.putAll(lexicon.relativeWords(language, RelativeUnit.DAY));
        words.putAll(lexicon.relativeWords(language, RelativeUnit.YEAR));
        weekdayCues = lexicon.relativeWords(language, RelativeUnit.WEEKDAY);
        weekdays = lexicon.names("weekday", language);
        List<String> triggers = new ArrayList<>(words.keySet());
        triggers.addAll(weekdays.keySet());
        trigger = ScanWindows.wordStart(triggers);
        int insensitive = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        wordPattern = Pattern.compile(NO_LETTER_BEFORE + "(?<word>" + DateLexicon.alternation(words.keySet())
                + ")(?![\\p{L}\\d'’])", insensitive);
        String weekdayNames = DateLexicon.alternation(weekdays.keySet());
        String namedWeekday = weekdaysCaseSensitive ? weekdayNames : "(?iu:" + weekdayNames + ")";
        String monthNames = DateLexicon.alternation(lexicon.namesOrEmpty("month", language).keySet());
        String statedDateAfter = "(?!,?" + SPACE + "(?:\\d" + (monthNames.isEmpty() ? "" : "|" + monthNames) + "))";
        weekdayPattern = Pattern.compile(NO_LETTER_BEFORE + "(?<cue>(?iu:" + DateLexicon.alternation(weekdayCues.keySet())
                + "))" + SPACE + "(?<weekday>" + namedWeekday + ")(?![\\p{L}\\d])" + statedDateAfter);
    }

    @Override
    public void find(String view, String language, List<DateCandidate> out) {
        ScanWindows windows = ScanWindows.around(view, trigger, REACH_BEFORE, REACH_AFTER);
        windows.forEachMatch(wordPattern, view, m -> {
            RelativeWord word = DateLexicon.lookup(words, m.group("word"));
            out.add(new DateCandidate(m.start(), m.end(), new RelativeDate(word.unit(), word.offset(), 0, 0, 0)));
        });
        windows.forEachMatch(weekdayPattern, view, m -> {
            RelativeWord cue = DateLexicon.lookup(weekdayCues, m.group("cue"));
            int weekday = DateLexicon.lookup(weekdays, m.group("weekday"));
            // "on"/"во" only mark the weekday as a date; "last"/"next" are part of what it says.
            int start = cue.offset() == 0 ? m.start("weekday") : m.start();
            out.add(new DateCandidate(start, m.end(), new RelativeDate(RelativeUnit.WEEKDAY, cue.offset(), 0, 0, weekday)));
        });
    }
}
