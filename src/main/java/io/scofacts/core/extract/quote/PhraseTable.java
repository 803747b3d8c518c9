package io.scofacts.core.extract.quote;

import java.util.HashMap;
import java.util.Map;

/**
 * A set of phrases, each with a kind, for longest-match lookup at a position of a text
 * (a char trie: the cost of a lookup is bounded by the longest phrase, not by the table size).
 */
final class PhraseTable<K> {

    /** A phrase found in a text: its kind and its length in chars. */
    record Match<K>(K kind, int length) {
    }

    private static final class Node<K> {
        final Map<Character, Node<K>> next = new HashMap<>();
        K kind;
    }

    private final Node<K> root = new Node<>();
    private int longest;

    void add(String phrase, K kind) {
        Node<K> node = root;
        for (int i = 0; i < phrase.length(); i++) {
            node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
        }
        node.kind = kind;
        longest = Math.max(longest, phrase.length());
    }

    /** The longest phrase starting at {@code start} and ending at or before {@code limit}, or null. */
    Match<K> longestAt(CharSequence text, int start, int limit) {
        Node<K> node = root;
        Match<K> best = null;
        for (int i = start; i < limit && i - start < longest; i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.kind != null) {
                best = new Match<>(node.kind, i + 1 - start);
            }
        }
        return best;
    }

    /** The longest phrase ending exactly at {@code end} and starting at or after {@code floor}, or null. */
    Match<K> longestEndingAt(CharSequence text, int end, int floor) {
        Match<K> best = null;
        for (int start = end - 1; start >= floor && end - start <= longest; start--) {
            Match<K> match = longestAt(text, start, end);
            if (match != null && match.length() == end - start) {
                best = match;
            }
        }
        return best;
    }
}
