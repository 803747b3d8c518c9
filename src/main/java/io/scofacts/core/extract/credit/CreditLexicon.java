package io.scofacts.core.extract.credit;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words credits are written with: the markers of each credit role, the news agencies that
 * file datelined stories and the endings of a medium's name, each as a regular-expression
 * alternation, longest first.
 */
final class CreditLexicon {

    /** What a credit marker introduces. */
    enum Role { SOURCE, REPORTER, PHOTO, EDITOR, META }

    private final Map<Role, List<String>> markers = new EnumMap<>(Role.class);
    private final List<String> agencies = new ArrayList<>();
    private final List<String> mediaSuffixes = new ArrayList<>();
    private final java.util.Set<String> surnames = new java.util.HashSet<>();

    CreditLexicon() {
        for (Role role : Role.values()) {
            markers.put(role, new ArrayList<>());
        }
        for (String[] row : LexiconFile.read("lexicon/credit-markers.tsv")) {
            markers.get(Role.valueOf(row[1].toUpperCase(java.util.Locale.ROOT))).add(row[0]);
        }
        LexiconFile.read("lexicon/news-agencies.tsv").forEach(row -> agencies.add(row[0]));
        LexiconFile.read("lexicon/credit-media-suffixes.tsv").forEach(row -> mediaSuffixes.add(row[0]));
        LexiconFile.read("lexicon/chinese-surnames.tsv").forEach(row -> surnames.add(row[0]));
    }

    /** Whether a Chinese name in a byline reads as a person's: a surname first, or transliteration dots. */
    boolean isPersonName(String name) {
        return name.indexOf('·') > 0 || surnames.contains(name.substring(0, 1))
                || name.length() > 2 && surnames.contains(name.substring(0, 2));
    }

    /** The markers of the given roles as one alternation. */
    String markers(Role... roles) {
        List<String> words = new ArrayList<>();
        for (Role role : roles) {
            words.addAll(markers.get(role));
        }
        return alternation(words);
    }

    Role roleOf(String marker) {
        for (Map.Entry<Role, List<String>> entry : markers.entrySet()) {
            if (entry.getValue().contains(marker)) {
                return entry.getKey();
            }
        }
        return Role.META;
    }

    String agencies() {
        return alternation(agencies);
    }

    String mediaSuffixes() {
        return alternation(mediaSuffixes);
    }

    boolean isAgency(String name) {
        return agencies.contains(name);
    }

    /** Whether a name ends like a medium's ("新疆日报", "建设网") or is a known agency. */
    boolean looksLikeMedium(String name) {
        return isAgency(name) || mediaSuffixes.stream().anyMatch(s -> name.length() > s.length() && name.endsWith(s));
    }

    private static String alternation(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
