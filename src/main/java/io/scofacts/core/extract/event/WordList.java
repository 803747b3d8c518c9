package io.scofacts.core.extract.event;

import io.scofacts.core.lexicon.CharTable;
import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A lexicon's words (optionally only the rows of one kind in column 2), longest first. */
public final class WordList {

    private final List<String> words;
    /** The words by their last and by their first char, longest first, so lookups try only a few. */
    private final CharTable<List<String>> byLast = new CharTable<>();
    private final CharTable<List<String>> byFirst = new CharTable<>();

    private WordList(List<String> words) {
        this.words = List.copyOf(words);
        for (String word : this.words) {
            byLast.computeIfAbsent(word.charAt(word.length() - 1), ArrayList::new).add(word);
            byFirst.computeIfAbsent(word.charAt(0), ArrayList::new).add(word);
        }
    }

    public static WordList read(String resource) {
        return read(resource, null);
    }

    public static WordList read(String resource, String kind) {
        List<String> words = new ArrayList<>();
        for (String[] row : LexiconFile.read(resource)) {
            if (kind == null || (row.length > 1 && kind.equals(row[1]))) {
                words.add(row[0]);
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        return new WordList(words);
    }

    public List<String> words() {
        return words;
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    /** The longest word that {@code text} has ending at {@code position}, else null. */
    public String endingAt(String text, int position) {
        if (position <= 0 || position > text.length()) {
            return null;
        }
        for (String word : byLast.getOrDefault(text.charAt(position - 1), List.of())) {
            if (position >= word.length() && text.startsWith(word, position - word.length())) {
                return word;
            }
        }
        return null;
    }

    /** The longest word that {@code text} has starting at {@code position}, else null. */
    public String startingAt(String text, int position) {
        if (position < 0 || position >= text.length()) {
            return null;
        }
        for (String word : byFirst.getOrDefault(text.charAt(position), List.of())) {
            if (text.startsWith(word, position)) {
                return word;
            }
        }
        return null;
    }

    /** Whether any word occurs inside {@code text[start, end)}. */
    public boolean occursIn(String text, int start, int end) {
        String region = text.substring(start, end);
        for (String word : words) {
            if (region.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
