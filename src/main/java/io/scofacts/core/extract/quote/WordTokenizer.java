package io.scofacts.core.extract.quote;

import io.scofacts.core.extract.quote.WordToken.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a bounded stretch of English or Russian text into {@link WordToken}s. */
final class WordTokenizer {

    private static final String PUNCTUATION = ",:;—–-()";
    private static final String BREAKS = ".!?\n“”«»„\"「」";

    /** Lower-case words whose dot is part of them ("dr" for "Dr."), from the title lexicon. */
    private final Set<String> abbreviations;

    WordTokenizer(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** The tokens of view chars {@code [from, to)}; a word cut by {@code from} is dropped. */
    List<WordToken> tokenize(String view, int from, int to) {
        List<WordToken> tokens = new ArrayList<>();
        int i = from;
        if (i > 0 && isWordChar(view.charAt(i - 1))) {
            while (i < to && isWordChar(view.charAt(i))) {
                i++;
            }
        }
        while (i < to) {
            char c = view.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < to && (isWordChar(view.charAt(i)) || isInnerJoiner(view, i, to))) {
                    i++;
                }
                if (i < to && view.charAt(i) == '.' && isAbbreviation(view, start, i)) {
                    i++;
                }
                tokens.add(new WordToken(start, i, Type.WORD, view.substring(start, i)));
            } else if (BREAKS.indexOf(c) >= 0) {
                tokens.add(new WordToken(i, i + 1, Type.BREAK, String.valueOf(c)));
                i++;
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                tokens.add(new WordToken(i, i + 1, Type.PUNCTUATION, String.valueOf(c)));
                i++;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !ChineseSpeakerName.isHan(c);
    }

    /** A hyphen or apostrophe between two letters: "Kassym-Jomart", "O'Neill", "People's". */
    private static boolean isInnerJoiner(String view, int i, int to) {
        char c = view.charAt(i);
        return (c == '-' || c == '\'' || c == '’') && i + 1 < to && isWordChar(view.charAt(i + 1))
                && i > 0 && isWordChar(view.charAt(i - 1));
    }

    /** "J." (an initial) or "Dr.", "Prof." (a title written with a dot): the dot ends no sentence. */
    private boolean isAbbreviation(String view, int start, int end) {
        return Character.isUpperCase(view.charAt(start))
                && (end - start == 1 || abbreviations.contains(view.substring(start, end).toLowerCase(Locale.ROOT)));
    }
}
