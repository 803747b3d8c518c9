package io.scofacts.core.extract.organization;

import io.scofacts.core.lexicon.CharTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A set of words indexed by first and by last character, so "which word starts here" and
 * "which word ends here" cost a handful of comparisons; the longest word wins.
 */
final class WordTable {

    private final CharTable<List<String>> byFirst = new CharTable<>();
    private final CharTable<List<String>> byLast = new CharTable<>();

    WordTable(Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String word : sorted) {
            byFirst.computeIfAbsent(word.charAt(0), ArrayList::new).add(word);
            byLast.computeIfAbsent(word.charAt(word.length() - 1), ArrayList::new).add(word);
        }
    }

    /** The longest word starting at {@code at} in {@code text}, else null. */
    String startingAt(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return null;
        }
        List<String> words = byFirst.get(text.charAt(at));
        if (words != null) {
            for (String word : words) {
                if (text.startsWith(word, at)) {
                    return word;
                }
            }
        }
        return null;
    }

    /** The longest word ending right before {@code end} in {@code text}, else null. */
    String endingAt(String text, int end) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        List<String> words = byLast.get(text.charAt(end - 1));
        if (words != null) {
            for (String word : words) {
                int start = end - word.length();
                if (start >= 0 && text.startsWith(word, start)) {
                    return word;
                }
            }
        }
        return null;
    }

    boolean contains(String word) {
        List<String> words = word.isEmpty() ? null : byFirst.get(word.charAt(0));
        return words != null && words.contains(word);
    }
}
