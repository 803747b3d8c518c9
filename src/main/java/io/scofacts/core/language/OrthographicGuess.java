package io.scofacts.core.language;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names Russian or English from spelling alone when the text leaves no doubt, so that the
 * statistical model (about half a second to load, milliseconds per call) is consulted only
 * for the rarer languages. Russian: no letter of the other Cyrillic alphabets occurs (Kazakh
 * і ә қ ң, Ukrainian і ї є, Serbian ј …), Bulgarian's frequent ъ is rare, and either ы or э
 * are common or the text is long enough for the absence of the others to tell. English: "the",
 * "and" and "of" alone make up a large share of the words. Short texts are left to the model.
 */
final class OrthographicGuess {

    static final String LEXICON = "lexicon/language-orthography.tsv";

    private static final int MIN_LETTERS = 60;
    /** Enough Cyrillic letters that a Bulgarian text would show its ъ and a Kazakh one its own letters. */
    private static final int CONCLUSIVE_LETTERS = 150;
    private static final int MIN_WORDS = 20;

    private final Set<Integer> russianLetters = new HashSet<>();
    private final Set<Integer> nonRussianLetters = new HashSet<>();
    private final Set<Integer> rareRussianLetters = new HashSet<>();
    private final Set<String> englishWords = new HashSet<>();

    OrthographicGuess() {
        for (String[] row : LexiconFile.read(LEXICON)) {
            switch (row[0] + " " + row[1]) {
                case "letters ru" -> row[2].codePoints().forEach(russianLetters::add);
                case "foreign ru" -> row[2].codePoints().forEach(nonRussianLetters::add);
                case "rare ru" -> row[2].codePoints().forEach(rareRussianLetters::add);
                case "words en" -> englishWords.add(row[2]);
                default -> throw new IllegalStateException(LEXICON + ": unknown row " + String.join(" ", row));
            }
        }
    }

    /** "ru" or "en" when the spelling is conclusive, else null. */
    String guess(String text, boolean cyrillic) {
        return cyrillic ? russian(text) : english(text);
    }

    private String russian(String text) {
        int letters = 0;
        int typical = 0;
        int foreign = 0;
        int rare = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC || !Character.isLetter(c)) {
                continue;
            }
            letters++;
            int lower = Character.toLowerCase(c);
            if (russianLetters.contains(lower)) {
                typical++;
            } else if (nonRussianLetters.contains(lower)) {
                foreign++;
            } else if (rareRussianLetters.contains(lower)) {
                rare++;
            }
        }
        // ы and э are about 2 % of Russian letters; a stray foreign letter (a quoted Kazakh name) is tolerated
        boolean conclusive = letters >= MIN_LETTERS && foreign * 500 <= letters && rare * 400 <= letters
                && (typical * 200 >= letters || letters >= CONCLUSIVE_LETTERS);
        return conclusive ? "ru" : null;
    }

    private String english(String text) {
        int words = 0;
        int markers = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isLatinLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isLatinLetter(text.charAt(i))) {
                i++;
            }
            words++;
            if (i - start <= 3 && englishWords.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                markers++;
            }
        }
        // "the", "and" and "of" are about a tenth of English running text and absent elsewhere
        boolean conclusive = words >= MIN_WORDS && markers * 100 >= words * 5;
        return conclusive ? "en" : null;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
