package io.scofacts.core.extract.place;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The place lexicons, read once: the gazetteer (Russian names expanded to their case forms),
 * the administrative and zone suffixes, and the context words that tell a place from the
 * organisation, event or person name it may start.
 */
final class PlaceLexicon {

    static final String GAZETTEER = "lexicon/place-gazetteer.tsv";
    static final String SUFFIXES = "lexicon/place-suffixes.tsv";
    static final String CONTEXT = "lexicon/place-context.tsv";
    static final String SURNAMES = "lexicon/chinese-surnames.tsv";

    enum SuffixKind {
        LEVEL, UNIT, ZONE
    }

    final List<GazetteerEntry> entries = new ArrayList<>();
    /** The country of each Russian gazetteer name, by nominative. */
    final Map<String, String> russianCountries = new HashMap<>();
    final Map<String, SuffixKind> chineseSuffixKinds = new HashMap<>();
    final WordList chineseSuffixes;
    final WordList zoneSuffixes;
    final Map<String, SuffixKind> englishSuffixKinds = new HashMap<>();
    final WordList englishSuffixes;
    final WordList organizationWords;
    final WordList organizationShort;
    final WordList stops;
    final WordList notSuffixes;
    final WordList personCues;
    final WordList generic;
    final WordList englishZoneSuffixes;
    final Set<String> englishOrganizationWords;
    final Set<String> englishOrganizationBefore;
    final Set<String> englishNotNames;
    final Set<Character> surnames = new HashSet<>();

    PlaceLexicon() {
        for (String[] row : LexiconFile.read(GAZETTEER)) {
            GazetteerEntry.Kind kind = GazetteerEntry.Kind.valueOf(row[3].toUpperCase(Locale.ROOT));
            String country = row[1].isEmpty() ? null : row[1];
            switch (row[2]) {
                case "zh" -> entries.add(new GazetteerEntry(row[0], country, kind, false, null));
                case "en" -> entries.add(new GazetteerEntry(ScanText.patternOf(row[0]), country, kind, true, null));
                case "ru" -> {
                    russianCountries.put(ScanText.patternOf(row[0]), country);
                    RussianPlaceForms.forms(row[0]).forEach(
                            form -> entries.add(new GazetteerEntry(ScanText.patternOf(form), country, kind, true, row[0])));
                }
                default -> throw new IllegalStateException("unknown language in " + GAZETTEER + ": " + row[2]);
            }
        }
        for (String[] row : LexiconFile.read(SUFFIXES)) {
            SuffixKind kind = SuffixKind.valueOf(row[2].toUpperCase(Locale.ROOT));
            (row[0].equals("zh") ? chineseSuffixKinds : englishSuffixKinds).put(row[1], kind);
        }
        chineseSuffixes = new WordList(chineseSuffixKinds.keySet());
        zoneSuffixes = new WordList(chineseSuffixKinds.entrySet().stream()
                .filter(e -> e.getValue() == SuffixKind.ZONE).map(Map.Entry::getKey).toList());
        englishSuffixes = new WordList(englishSuffixKinds.keySet());
        Map<String, List<String>> chineseContext = new HashMap<>();
        Map<String, Set<String>> englishContext = new HashMap<>();
        for (String[] row : LexiconFile.read(CONTEXT)) {
            if (row[0].equals("en")) {
                englishContext.computeIfAbsent(row[2], k -> new HashSet<>()).add(row[1]);
            } else {
                chineseContext.computeIfAbsent(row[2], k -> new ArrayList<>()).add(row[1]);
            }
        }
        englishOrganizationWords = englishContext.getOrDefault("organization", Set.of());
        englishOrganizationBefore = englishContext.getOrDefault("organization-before", Set.of());
        englishNotNames = englishContext.getOrDefault("not-name", Set.of());
        englishZoneSuffixes = new WordList(englishSuffixKinds.entrySet().stream()
                .filter(e -> e.getValue() == SuffixKind.ZONE).map(Map.Entry::getKey).toList());
        organizationWords = words(chineseContext, "organization");
        organizationShort = words(chineseContext, "organization-short");
        stops = words(chineseContext, "stop");
        notSuffixes = words(chineseContext, "not-suffix");
        personCues = words(chineseContext, "person-cue");
        generic = words(chineseContext, "generic");
        for (String[] row : LexiconFile.read(SURNAMES)) {
            if (row.length > 1 && row[1].equals("single") && row[0].length() == 1) {
                surnames.add(row[0].charAt(0));
            }
        }
    }

    private static WordList words(Map<String, List<String>> byKind, String kind) {
        List<String> words = byKind.get(kind);
        if (words == null) {
            throw new IllegalStateException(CONTEXT + " has no words of kind " + kind);
        }
        return new WordList(words);
    }
}
