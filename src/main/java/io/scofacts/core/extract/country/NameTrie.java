package io.scofacts.core.extract.country;

import java.util.Arrays;
import java.util.List;

/**
 * Every occurrence of a set of texts in a char array: a trie walked from each position, its
 * edges in one open-addressing hash table. Built in milliseconds (HanLP's double-array
 * Aho–Corasick automaton took about 150 ms for the 2,800 country patterns, a third of the
 * start-up budget); the walk from a position ends at the first char no pattern continues
 * with, so the scan is linear with the longest pattern as its factor.
 */
final class NameTrie {

    /** Called for each occurrence: chars {@code [begin, end)} are pattern {@code index}. */
    interface Hits {
        void hit(int begin, int end, int index);
    }

    private static final long FREE = -1L;

    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int mask;
    /** The pattern index ending at each node, or −1. */
    private int[] patternAt;
    private int nodes = 1;

    /** A trie of {@code patterns}; a pattern's index in the list is what {@link Hits} receives. */
    NameTrie(List<String> patterns) {
        int chars = patterns.stream().mapToInt(String::length).sum();
        int capacity = Integer.highestOneBit(Math.max(16, chars * 2 - 1)) << 1;
        this.edgeKeys = new long[capacity];
        Arrays.fill(edgeKeys, FREE);
        this.edgeTargets = new int[capacity];
        this.mask = capacity - 1;
        this.patternAt = new int[chars + 1];
        Arrays.fill(patternAt, -1);
        for (int index = 0; index < patterns.size(); index++) {
            String pattern = patterns.get(index);
            int node = 0;
            for (int i = 0; i < pattern.length(); i++) {
                node = childOrNew(node, pattern.charAt(i));
            }
            patternAt[node] = index;
        }
    }

    void parse(char[] text, int length, Hits hits) {
        for (int begin = 0; begin < length; begin++) {
            int node = 0;
            for (int end = begin; end < length; end++) {
                node = child(node, text[end]);
                if (node < 0) {
                    break;
                }
                if (patternAt[node] >= 0) {
                    hits.hit(begin, end + 1, patternAt[node]);
                }
            }
        }
    }

    private int child(int node, char c) {
        long key = ((long) node << 16) | c;
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long found = edgeKeys[slot];
            if (found == key) {
                return edgeTargets[slot];
            }
            if (found == FREE) {
                return -1;
            }
        }
    }

    private int childOrNew(int node, char c) {
        long key = ((long) node << 16) | c;
        int slot = slot(key);
        while (edgeKeys[slot] != FREE) {
            if (edgeKeys[slot] == key) {
                return edgeTargets[slot];
            }
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeTargets[slot] = nodes;
        return nodes++;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
