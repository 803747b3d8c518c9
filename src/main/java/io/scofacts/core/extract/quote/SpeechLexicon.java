package io.scofacts.core.extract.quote;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words around direct speech, read once: speech verbs, person titles, pronouns, the words
 * that may stand between a Chinese name and its verb, the words that end a body's name,
 * words that are never part of a person's name, and Chinese surnames.
 */
final class SpeechLexicon {

    static final String VERBS = "lexicon/speech-verbs.tsv";
    static final String TITLES = "lexicon/person-titles.tsv";
    static final String SPEAKER_WORDS = "lexicon/speaker-words.tsv";
    static final String SURNAMES = "lexicon/chinese-surnames.tsv";

    /** What a phrase in a Chinese speaker phrase is. */
    enum ChineseWord { VERB, NOT_VERB, TITLE, AFFILIATION_END, FRAME, LEAD, PRONOUN }

    private final Map<String, List<String>> byKindAndLanguage = new HashMap<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> compoundSurnames = new HashSet<>();
    private final Set<Character> transliterationChars = new HashSet<>();

    private SpeechLexicon() {
    }

    static SpeechLexicon load() {
        SpeechLexicon lexicon = new SpeechLexicon();
        for (String[] row : LexiconFile.read(VERBS)) {
            lexicon.add(row[2], row[0], row[1]);
        }
        for (String[] row : LexiconFile.read(TITLES)) {
            lexicon.add("title", row[1], row[0]);
        }
        for (String[] row : LexiconFile.read(SPEAKER_WORDS)) {
            lexicon.add(row[0], row[1], row[2]);
        }
        for (String chars : lexicon.words("transliteration", "zh")) {
            chars.chars().forEach(c -> lexicon.transliterationChars.add((char) c));
        }
        for (String[] row : LexiconFile.read(SURNAMES)) {
            ("compound".equals(row[1]) ? lexicon.compoundSurnames : lexicon.surnames).add(row[0]);
        }
        return lexicon;
    }

    /** The entries of a kind ("verb", "not-verb", "title", "pronoun", "frame", …) for a language. */
    List<String> words(String kind, String language) {
        return byKindAndLanguage.getOrDefault(kind + ":" + language, List.of());
    }

    /** Every Chinese word a speaker phrase is read with, by what it is. */
    PhraseTable<ChineseWord> chineseWords() {
        PhraseTable<ChineseWord> table = new PhraseTable<>();
        words("frame", "zh").forEach(w -> table.add(w, ChineseWord.FRAME));
        words("lead", "zh").forEach(w -> table.add(w, ChineseWord.LEAD));
        words("affiliation-end", "zh").forEach(w -> table.add(w, ChineseWord.AFFILIATION_END));
        words("title", "zh").forEach(w -> table.add(w, ChineseWord.TITLE));
        words("pronoun", "zh").forEach(w -> table.add(w, ChineseWord.PRONOUN));
        words("not-verb", "zh").forEach(w -> table.add(w, ChineseWord.NOT_VERB));
        words("verb", "zh").forEach(w -> table.add(w, ChineseWord.VERB));
        return table;
    }

    /** Whether {@code name} starts with a Chinese surname (a compound one needs a given name after it). */
    boolean startsWithSurname(String name) {
        if (name.length() >= 3 && compoundSurnames.contains(name.substring(0, 2))) {
            return true;
        }
        return !name.isEmpty() && surnames.contains(name.substring(0, 1));
    }

    boolean startsWithCompoundSurname(String name) {
        return name.length() >= 3 && compoundSurnames.contains(name.substring(0, 2));
    }

    /** Whether every char of {@code name} is one of those Chinese uses to transliterate foreign names. */
    boolean isTransliteration(String name) {
        return name.chars().allMatch(c -> transliterationChars.contains((char) c));
    }

    boolean isTransliteration(char c) {
        return transliterationChars.contains(c);
    }

    private void add(String kind, String language, String word) {
        String stored = "zh".equals(language) ? word : word.toLowerCase(Locale.ROOT);
        byKindAndLanguage.computeIfAbsent(kind + ":" + language, k -> new ArrayList<>()).add(stored);
    }
}
