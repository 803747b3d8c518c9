package io.scofacts.core.extract.date;

import io.scofacts.core.lexicon.CharTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words looked for at a position, ignoring case; a table on the first char keeps most positions to one lookup. */
final class KeywordSet {

    private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
    private final CharTable<List<String>> byFirstChar = new CharTable<>();

    KeywordSet(Iterable<String> words) {
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            char first = lower.charAt(0);
            for (char c : new char[] {first, Character.toUpperCase(first)}) {
                firstChars[c] = true;
                byFirstChar.computeIfAbsent(c, ArrayList::new).add(lower);
            }
        }
    }

    /** Whether one of the words starts at {@code p}. */
    boolean startsAt(String view, int p) {
        char c = view.charAt(p);
        if (!firstChars[c]) {
            return false;
        }
        for (String word : byFirstChar.get(c)) {
            if (view.regionMatches(true, p, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
