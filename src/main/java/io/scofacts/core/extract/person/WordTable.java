package io.scofacts.core.extract.person;

import java.util.BitSet;
import java.util.Arrays;

/**
 * A set of words for longest-match lookup at or before a position of a text (a char trie, so
 * a lookup costs at most the longest word's length, whatever the table's size).
 */
final class WordTable {

    /** A trie node; children in a sorted char array, so a lookup neither hashes nor boxes. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        String value;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] newKeys = new char[keys.length + 1];
            Node[] newChildren = new Node[keys.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, at);
            System.arraycopy(children, 0, newChildren, 0, at);
            newKeys[at] = c;
            newChildren[at] = new Node();
            System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
            System.arraycopy(children, at, newChildren, at + 1, keys.length - at);
            keys = newKeys;
            children = newChildren;
            return newChildren[at];
        }
    }

    private final Node root = new Node();
    /** The same words written backwards, for lookups of words ending at a position. */
    private final Node reversed = new Node();
    private int longest;
    /** Which chars start a word and which end one: most text positions are rejected without a map lookup. */
    private final BitSet firsts = new BitSet();
    private final BitSet lasts = new BitSet();

    /** Adds a word; {@code value} is what a match reports (e.g. "strong" for an ending). */
    void add(String word, String value) {
        if (word.isEmpty()) {
            return;
        }
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.childOrNew(word.charAt(i));
        }
        node.value = value;
        firsts.set(word.charAt(0));
        lasts.set(word.charAt(word.length() - 1));
        Node back = reversed;
        for (int i = word.length() - 1; i >= 0; i--) {
            back = back.childOrNew(word.charAt(i));
        }
        back.value = value;
        longest = Math.max(longest, word.length());
    }

    void add(String word) {
        add(word, "");
    }

    /** The length of the longest word starting at {@code start} and ending by {@code limit}, or 0. */
    int longestAt(CharSequence text, int start, int limit) {
        int end = Math.min(limit, text.length());
        if (start >= end || !firsts.get(text.charAt(start))) {
            return 0;
        }
        Node node = root;
        int best = 0;
        for (int i = start; i < end && i - start < longest; i++) {
            node = node.child(text.charAt(i));
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
        if (end <= Math.max(0, floor) || end > text.length() || !lasts.get(text.charAt(end - 1))) {
            return 0;
        }
        Node node = reversed;
        int best = 0;
        for (int i = end - 1; i >= Math.max(0, floor) && end - i <= longest; i--) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = end - i;
            }
        }
        return best;
    }

    /** The value of the word {@code text[start, end)}, or null when it is not in the table. */
    String valueOf(CharSequence text, int start, int end) {
        Node node = root;
        for (int i = start; i < end; i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                return null;
            }
        }
        return node.value;
    }
}
