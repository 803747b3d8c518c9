package io.scofacts.core.extract.place;

import io.scofacts.core.lexicon.CharTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small set of words, asked which of them starts (or ends) at a position of a text. */
final class WordList {

    private final CharTable<String[]> byFirstChar = new CharTable<>();
    private final CharTable<String[]> byLastChar = new CharTable<>();

    WordList(Collection<String> words) {
        Map<Character, List<String>> first = new HashMap<>();
        Map<Character, List<String>> last = new HashMap<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                first.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
                last.computeIfAbsent(word.charAt(word.length() - 1), c -> new ArrayList<>()).add(word);
            }
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        first.forEach((c, list) -> byFirstChar.put(c, list.stream().sorted(longestFirst).toArray(String[]::new)));
        last.forEach((c, list) -> byLastChar.put(c, list.stream().sorted(longestFirst).toArray(String[]::new)));
    }

    /** The longest word starting at {@code at}, or null. */
    String longestAt(char[] text, int at) {
        if (at >= text.length) {
            return null;
        }
        String[] candidates = byFirstChar.get(text[at]);
        if (candidates != null) {
            for (String word : candidates) {
                if (regionMatches(text, at, word)) {
                    return word;
                }
            }
        }
        return null;
    }

    boolean startsAt(char[] text, int at) {
        return longestAt(text, at) != null;
    }

    /** The longest word ending just before {@code end}, or null. */
    String longestEndingAt(char[] text, int end) {
        if (end <= 0) {
            return null;
        }
        String[] candidates = byLastChar.get(text[end - 1]);
        if (candidates != null) {
            for (String word : candidates) {
                if (end - word.length() >= 0 && regionMatches(text, end - word.length(), word)) {
                    return word;
                }
            }
        }
        return null;
    }

    boolean contains(String word) {
        String[] candidates = word.isEmpty() ? null : byFirstChar.get(word.charAt(0));
        if (candidates != null) {
            for (String candidate : candidates) {
                if (candidate.equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionMatches(char[] text, int at, String word) {
        if (at + word.length() > text.length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
