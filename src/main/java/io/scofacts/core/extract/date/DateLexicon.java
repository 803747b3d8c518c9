package io.scofacts.core.extract.date;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of dates: month and weekday names, relative date words and the cues around dates,
 * read once from {@code lexicon/date-*.tsv}.
 */
final class DateLexicon {

    static final String NAMES = "lexicon/date-names.tsv";
    static final String RELATIVE_WORDS = "lexicon/date-relative-words.tsv";
    static final String CUES = "lexicon/date-cues.tsv";

    /** One relative date word of a language. */
    record RelativeWord(String phrase, RelativeUnit unit, int offset) {
    }

    private final Map<String, Map<String, Integer>> names = new HashMap<>();
    private final Map<String, List<RelativeWord>> relativeWords = new HashMap<>();
    private final Map<String, Set<String>> cues = new HashMap<>();

    private DateLexicon() {
    }

    static DateLexicon load() {
        DateLexicon lexicon = new DateLexicon();
        for (String[] row : LexiconFile.read(NAMES)) {
            lexicon.names.computeIfAbsent(key(row[0], row[1]), k -> new LinkedHashMap<>())
                    .put(row[2], Integer.parseInt(row[3]));
        }
        for (String[] row : LexiconFile.read(RELATIVE_WORDS)) {
            lexicon.relativeWords.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new RelativeWord(row[1], RelativeUnit.parse(row[2]), Integer.parseInt(row[3])));
        }
        for (String[] row : LexiconFile.read(CUES)) {
            lexicon.cues.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(row[1]);
        }
        return lexicon;
    }

    /** Form → number for a kind of name ("month", "weekday", "month-genitive", …) in a language. */
    Map<String, Integer> names(String kind, String language) {
        Map<String, Integer> found = names.get(key(kind, language));
        if (found == null) {
            throw new IllegalStateException(NAMES + " has no " + kind + " names for " + language);
        }
        return found;
    }

    /** Like {@link #names}, but empty when the language has no names of that kind. */
    Map<String, Integer> namesOrEmpty(String kind, String language) {
        return names.getOrDefault(key(kind, language), Map.of());
    }

    /** The relative words of a language with the given unit, phrase → word (phrases lower case for en/ru). */
    Map<String, RelativeWord> relativeWords(String language, RelativeUnit unit) {
        Map<String, RelativeWord> byPhrase = new LinkedHashMap<>();
        for (RelativeWord word : relativeWords.getOrDefault(language, List.of())) {
            if (word.unit() == unit) {
                byPhrase.put(word.phrase(), word);
            }
        }
        return byPhrase;
    }

    Set<String> cues(String kind) {
        Set<String> found = cues.get(kind);
        if (found == null) {
            throw new IllegalStateException(CUES + " has no " + kind + " entries");
        }
        return found;
    }

    /**
     * A regex alternation of the literal words, longest first so that a longer word wins over its
     * prefix ("上个月" over "上"). Literal alternatives cannot backtrack catastrophically.
     */
    static String alternation(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Looks a matched word up case-insensitively (for en/ru words matched with CASE_INSENSITIVE). */
    static <T> T lookup(Map<String, T> byWord, String matched) {
        T exact = byWord.get(matched);
        if (exact != null) {
            return exact;
        }
        String lower = matched.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, T> entry : byWord.entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String key(String kind, String language) {
        return kind + ":" + language;
    }
}
