package io.scofacts.core.extract.person;

import java.util.HashMap;
import java.util.Map;

/**
 * A set of words for longest-match lookup at or before a position of a text (a char trie, so
 * a lookup costs at most the longest word's length, whatever the table's size).
 */
final class WordTable {

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        String value;
    }

    private final Node root = new Node();
    private int longest;

    /** Adds a word; {@code value} is what a match reports (e.g. "strong" for an ending). */
    void add(String word, String value) {
        if (word.isEmpty()) {
            return;
        }
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.next.computeIfAbsent(word.charAt(i), c -> new Node());
        }
        node.value = value;
        longest = Math.max(longest, word.length());
    }

    void add(String word) {
        add(word, "");
    }

    /** The length of the longest word starting at {@code start} and ending by {@code limit}, or 0. */
    int longestAt(CharSequence text, int start, int limit) {
        Node node = root;
        int best = 0;
        int end = Math.min(limit, text.length());
        for (int i = start; i < end && i - start < longest; i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = i + 1 - start;
            }
        }
        return best;
    }

    /** The length of the longest word ending exactly at {@code end} and starting at or after {@code floor}, or 0. */
    int longestEndingAt(CharSequence text, int end, int floor) {
        int best = 0;
        for (int start = end - 1; start >= Math.max(0, floor) && end - start <= longest; start--) {
            if (longestAt(text, start, end) == end - start) {
                best = end - start;
            }
        }
        return best;
    }

    /** The value of the word {@code text[start, end)}, or null when it is not in the table. */
    String valueOf(CharSequence text, int start, int end) {
        Node node = root;
        for (int i = start; i < end; i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                return null;
            }
        }
        return node.value;
    }
}
