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
 * The place lexicons, read once: the gazetteer ({@link GazetteerSources}),
 * the administrative and zone suffixes, and the context words that tell a place from the
 * organisation, event or person name it may start.
 */
final class PlaceLexicon {

    static final String SUFFIXES = "lexicon/place-suffixes.tsv";
    static final String CONTEXT = "lexicon/place-context.tsv";
    static final String SURNAMES = "lexicon/chinese-surnames.tsv";
    static final String TRANSLITERATION = "lexicon/speaker-words.tsv";

    enum SuffixKind {
        LEVEL, UNIT, ZONE
    }

    /** The gazetteer's names (see {@link GazetteerSources}). */
    final List<GazetteerEntry> entries;
    /** The country of each Russian gazetteer name, by nominative. */
    final Map<String, String> russianCountries;
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
    final WordList placeCues;
    final WordList placeClosers;
    final WordList englishZoneSuffixes;
    final Set<String> englishOrganizationWords;
    final Set<String> englishOrganizationBefore;
    final Set<String> englishNotNames;
    final Set<Character> surnames = new HashSet<>();
    /** The characters of the standard Chinese transliteration of foreign names (the person lexicon's table). */
    final java.util.BitSet transliteration = new java.util.BitSet();

    PlaceLexicon() {
        for (String[] row : LexiconFile.read(SUFFIXES)) {
            SuffixKind kind = SuffixKind.valueOf(row[2].toUpperCase(Locale.ROOT));
            (row[0].equals("zh") ? chineseSuffixKinds : englishSuffixKinds).put(row[1], kind);
        }
        PackedGazetteer.Names names = PackedGazetteer.load(chineseSuffixKinds.keySet());
        entries = names.entries();
        russianCountries = names.russianCountries();
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
        placeCues = words(chineseContext, "place-cue");
        placeClosers = words(chineseContext, "place-closer");
        for (String[] row : LexiconFile.read(TRANSLITERATION)) {
            if (row[0].equals("transliteration")) {
                row[2].chars().forEach(transliteration::set);
            }
        }
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
