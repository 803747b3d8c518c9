package io.scofacts.core.extract.project;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The project lexicons, read once: head nouns, name boundaries, evidence verbs, generic words, case categories. */
final class ProjectLexicon {

    /**
     * What a head noun says of the words before it. LINK: a railway, cable, pipeline or corridor
     * between places, named by the countries it joins alone ("中吉乌铁路", "China-Kyrgyzstan cable").
     */
    enum Kind { PROJECT, FACILITY, AMBIGUOUS, LINK }

    record Head(String word, String language, Kind kind, boolean alsoVerb) {
    }

    final List<Head> heads = new ArrayList<>();
    /** Longest first, so "以及" is tried before "及". */
    final List<String> stops;
    final List<String> verbsBefore = new ArrayList<>();
    /** Verbs that are part of a name when they stand right before its head noun (体系建设项目). */
    final List<String> compoundVerbs = new ArrayList<>();
    final List<String> verbsAfter = new ArrayList<>();
    final List<String> adverbs = new ArrayList<>();
    final List<String> englishVerbs = new ArrayList<>();
    final List<String> russianVerbs = new ArrayList<>();
    final java.util.Set<String> englishLinks = new java.util.HashSet<>();
    /** Nouns of action that open "Construction of the X railway" and are no part of the name. */
    final java.util.Set<String> englishActions = new java.util.HashSet<>();
    final java.util.Set<String> englishStops = new java.util.HashSet<>();
    final List<String> genericWords;
    final List<String> headBlockers = new ArrayList<>();
    /** Blockers that apply to one head only: head → words. */
    final Map<String, List<String>> headOnlyBlockers = new HashMap<>();
    final List<String> caseNouns = new ArrayList<>();
    /** Category wording → the category it stands for; longest wording first in {@link #categoryWordings}. */
    final Map<String, String> categories = new HashMap<>();
    final List<String> categoryWordings;

    final WordSet stopsSet;
    final WordSet verbsBeforeSet;
    final WordSet verbsAfterSet;
    final WordSet adverbsSet;
    final WordSet caseNounsSet;
    final WordSet headBlockersSet;
    final WordSet genericSet;

    ProjectLexicon() {
        for (String[] row : LexiconFile.read("lexicon/project-heads.tsv")) {
            heads.add(new Head(row[0], row[1], Kind.valueOf(row[2].toUpperCase(java.util.Locale.ROOT)),
                    row.length > 3 && "also-verb".equals(row[3])));
        }
        heads.sort(Comparator.comparingInt((Head h) -> h.word().length()).reversed());
        for (String[] row : LexiconFile.read("lexicon/project-verbs.tsv")) {
            switch (row[1]) {
                case "before" -> verbsBefore.add(row[0]);
                case "after" -> verbsAfter.add(row[0]);
                case "compound" -> compoundVerbs.add(row[0]);
                default -> adverbs.add(row[0]);
            }
        }
        for (String[] row : LexiconFile.read("lexicon/project-foreign-cues.tsv")) {
            switch (row[2]) {
                case "verb" -> ("ru".equals(row[1]) ? russianVerbs : englishVerbs).add(row[0]);
                case "link" -> englishLinks.add(row[0]);
                case "action" -> englishActions.add(row[0]);
                default -> englishStops.add(row[0]);
            }
        }
        List<String> stopWords = new ArrayList<>();
        LexiconFile.read("lexicon/project-name-stops.tsv").forEach(row -> stopWords.add(row[0]));
        for (String verb : verbsBefore) {
            if (!stopWords.contains(verb)) {
                stopWords.add(verb);
            }
        }
        stops = longestFirst(stopWords);
        List<String> generic = new ArrayList<>();
        LexiconFile.read("lexicon/project-generic-words.tsv").forEach(row -> generic.add(row[0]));
        genericWords = longestFirst(generic);
        for (String[] row : LexiconFile.read("lexicon/project-head-blockers.tsv")) {
            if (row.length > 1 && !row[1].isEmpty()) {
                headOnlyBlockers.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[0]);
            } else {
                headBlockers.add(row[0]);
            }
        }
        LexiconFile.read("lexicon/project-case-nouns.tsv").forEach(row -> caseNouns.add(row[0]));
        for (String[] row : LexiconFile.read("lexicon/project-case-categories.tsv")) {
            categories.put(row[0], row.length > 1 && !row[1].isEmpty() ? row[1] : row[0]);
        }
        categoryWordings = longestFirst(new ArrayList<>(categories.keySet()));
        stopsSet = new WordSet(stops);
        verbsBeforeSet = new WordSet(verbsBefore);
        verbsAfterSet = new WordSet(verbsAfter);
        adverbsSet = new WordSet(adverbs);
        caseNounsSet = new WordSet(caseNouns);
        headBlockersSet = new WordSet(headBlockers);
        genericSet = new WordSet(genericWords);
    }

    private static List<String> longestFirst(List<String> words) {
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }

    static boolean endsWithAny(String text, int position, List<String> words) {
        return endingWord(text, position, words) != null;
    }

    /** The word of {@code words} that ends at {@code position}, else null. */
    static String endingWord(String text, int position, List<String> words) {
        for (String word : words) {
            if (position >= word.length() && text.startsWith(word, position - word.length())) {
                return word;
            }
        }
        return null;
    }

    static String startingWord(String text, int position, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, position)) {
                return word;
            }
        }
        return null;
    }

    /** True when {@code modifier} is nothing but generic words (or empty): "数字", "这些合作". */
    boolean isGeneric(String modifier) {
        return isGeneric(modifier, List.of());
    }

    /** As {@link #isGeneric(String)}, with the given names (countries in the name) counting as generic too. */
    boolean isGeneric(String modifier, List<String> alsoGeneric) {
        int i = 0;
        while (i < modifier.length()) {
            String word = genericSet.startingAt(modifier, i);
            if (word == null) {
                word = startingWord(modifier, i, alsoGeneric);
            }
            if (word == null) {
                char c = modifier.charAt(i);
                if (Character.isDigit(c) || "“”\"'‘’「」《》、 ".indexOf(c) >= 0) {
                    i++;
                    continue;
                }
                return false;
            }
            i += word.length();
        }
        return true;
    }
}
