package io.scofacts.core.extract.project;

import io.scofacts.core.lexicon.CharTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Words looked up by their first or last character, so "which word ends here" costs a few
 * comparisons however long the list: the name scans ask it at every character.
 */
final class WordSet {

    private final CharTable<List<String>> byFirst = new CharTable<>();
    private final CharTable<List<String>> byLast = new CharTable<>();

    WordSet(List<String> words) {
        for (String word : words) {
            if (!word.isEmpty()) {
                byFirst.computeIfAbsent(word.charAt(0), ArrayList::new).add(word);
                byLast.computeIfAbsent(word.charAt(word.length() - 1), ArrayList::new).add(word);
            }
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        byFirst.values().forEach(list -> list.sort(longestFirst));
        byLast.values().forEach(list -> list.sort(longestFirst));
    }

    /** The longest word that ends at {@code position}, else null. */
    String endingAt(String text, int position) {
        if (position <= 0 || position > text.length()) {
            return null;
        }
        List<String> candidates = byLast.get(text.charAt(position - 1));
        if (candidates != null) {
            for (String word : candidates) {
                if (position >= word.length() && text.startsWith(word, position - word.length())) {
                    return word;
                }
            }
        }
        return null;
    }

    /** The longest word that starts at {@code position}, else null. */
    String startingAt(String text, int position) {
        if (position < 0 || position >= text.length()) {
            return null;
        }
        List<String> candidates = byFirst.get(text.charAt(position));
        if (candidates != null) {
            for (String word : candidates) {
                if (text.startsWith(word, position)) {
                    return word;
                }
            }
        }
        return null;
    }
}
