package io.scofacts.core.extract.person;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a person's name is recognised by, read once: titles (shared with the quote
 * recogniser, plus this package's role words), speech verbs and frame words, surnames,
 * transliteration characters, organisation endings, stop words and name openers.
 */
final class PersonLexicon {

    final WordTable chineseTitles = new WordTable();
    final WordTable postNameTitles = new WordTable();
    final WordTable chineseVerbs = new WordTable();
    final WordTable frames = new WordTable();
    final WordTable neighbours = new WordTable();
    /** English nationality adjectives and their countries' codes ("Chinese" → CN), as written. */
    final java.util.Map<String, String> nationalities = new java.util.HashMap<>();
    /** Words that open a speaker phrase before the name ("据", "正如"): a title phrase never reaches across them. */
    final WordTable leads = new WordTable();
    final WordTable organizationEndings = new WordTable();
    final WordTable nameStops = new WordTable();
    /** English and Russian titles and leads, lower case, as word sequences joined by one space. */
    final Set<String> wordTitles = new HashSet<>();
    final Set<String> wordVerbs = new HashSet<>();
    final Set<String> wordLeads = new HashSet<>();
    final Set<String> notNames = new HashSet<>();
    /** Courtesy words before a name, lower-cased: "mr", "dr". */
    final Set<String> honorifics = new HashSet<>();
    private final BitSet surnames = new BitSet();
    private final WordTable compoundSurnames = new WordTable();
    private final BitSet transliteration = new BitSet();
    private final BitSet nonNameChars = new BitSet();

    PersonLexicon() {
        for (String[] row : LexiconFile.read("lexicon/person-titles.tsv")) {
            addTitle(row[0], row[1]);
        }
        for (String[] row : LexiconFile.read("lexicon/person-role-words.tsv")) {
            addTitle(row[0], row[1]);
        }
        LexiconFile.read("lexicon/person-post-titles.tsv").forEach(row -> postNameTitles.add(row[0]));
        for (String[] row : LexiconFile.read("lexicon/speech-verbs.tsv")) {
            if ("zh".equals(row[0])) {
                chineseVerbs.add(row[1], row[2]);
            } else if ("verb".equals(row[2])) {
                wordVerbs.add(row[1].toLowerCase(Locale.ROOT));
            }
        }
        for (String[] row : LexiconFile.read("lexicon/speaker-words.tsv")) {
            switch (row[0]) {
                case "frame" -> frames.add(row[2]);
                case "lead" -> leads.add(row[2]);
                case "not-name" -> notNames.add(row[2].toLowerCase(Locale.ROOT));
                case "honorific" -> honorifics.add(row[2].toLowerCase(Locale.ROOT));
                case "transliteration" -> row[2].chars().forEach(c -> transliteration.set(c));
                default -> { }
            }
        }
        for (String[] row : LexiconFile.read("lexicon/chinese-surnames.tsv")) {
            if ("compound".equals(row[1])) {
                compoundSurnames.add(row[0]);
            } else {
                surnames.set(row[0].charAt(0));
            }
        }
        LexiconFile.read("lexicon/person-extra-surnames.tsv").forEach(row -> surnames.set(row[0].charAt(0)));
        LexiconFile.read("lexicon/person-name-neighbours.tsv").forEach(row -> neighbours.add(row[0]));
        LexiconFile.read("lexicon/en-nationality-adjectives.tsv").forEach(row -> nationalities.put(row[0], row[1]));
        LexiconFile.read("lexicon/person-organization-endings.tsv").forEach(row -> organizationEndings.add(row[0], row[1]));
        LexiconFile.read("lexicon/person-name-stops.tsv").forEach(row -> nameStops.add(row[0]));
        LexiconFile.read("lexicon/person-non-name-chars.tsv").forEach(row -> row[0].chars().forEach(c -> nonNameChars.set(c)));
        LexiconFile.read("lexicon/person-lead-words.tsv").forEach(row -> wordLeads.add(row[0].toLowerCase(Locale.ROOT)));
    }

    private void addTitle(String title, String language) {
        if ("zh".equals(language)) {
            chineseTitles.add(title);
        } else {
            wordTitles.add(title.toLowerCase(Locale.ROOT));
        }
    }

    /** The length of the surname {@code text} starts with at {@code at} (2 for a compound one), or 0. */
    int surnameAt(CharSequence text, int at) {
        if (compoundSurnames.longestAt(text, at, at + 2) == 2) {
            return 2;
        }
        return at < text.length() && surnames.get(text.charAt(at)) ? 1 : 0;
    }

    boolean isTransliteration(char c) {
        return transliteration.get(c);
    }

    /** Whether {@code c} may stand in a Chinese given name (function words and body suffixes may not). */
    boolean mayBeGivenName(char c) {
        return ChineseNameFinder.isHan(c) && !nonNameChars.get(c);
    }
}
