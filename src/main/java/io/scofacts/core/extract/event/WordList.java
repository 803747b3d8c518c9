package io.scofacts.core.extract.event;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A lexicon's words (optionally only the rows of one kind in column 2), longest first. */
public final class WordList {

    private final List<String> words;

    private WordList(List<String> words) {
        this.words = List.copyOf(words);
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
        for (String word : words) {
            if (position >= word.length() && text.startsWith(word, position - word.length())) {
                return word;
            }
        }
        return null;
    }

    /** The longest word that {@code text} has starting at {@code position}, else null. */
    public String startingAt(String text, int position) {
        for (String word : words) {
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
