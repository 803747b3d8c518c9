package io.scofacts.core.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text as a leftmost-longest sequence of gazetteer names, the way a dictionary
 * segmenter would: 新疆维吾尔自治区 wins over 新疆, 上海合作组织 (a blocking name) over 上海, and
 * in 江西安徽 the earlier 江西 over 西安. Alphabetic names count only as whole words.
 *
 * <p>Names are indexed by their first two chars, so each position is compared with the few
 * names that can start there (a table of a few thousand names builds in a few milliseconds,
 * where an automaton over this alphabet takes hundreds).
 */
final class GazetteerMatcher {

    /** A name read at {@code [start, end)}. */
    record Hit(int start, int end, GazetteerEntry entry) {
    }

    private final Map<Integer, GazetteerEntry[]> byFirstTwoChars = new HashMap<>();

    GazetteerMatcher(List<GazetteerEntry> entries) {
        Map<Integer, List<GazetteerEntry>> index = new HashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (GazetteerEntry entry : entries) {
            String text = entry.text();
            if (text.length() < 2) {
                throw new IllegalArgumentException("a gazetteer name needs two chars at least: " + text);
            }
            if (seen.putIfAbsent(text, Boolean.TRUE) == null) {
                index.computeIfAbsent(key(text.charAt(0), text.charAt(1)), k -> new ArrayList<>()).add(entry);
            }
        }
        Comparator<GazetteerEntry> longestFirst = Comparator.comparingInt((GazetteerEntry e) -> e.text().length()).reversed();
        index.forEach((key, list) -> byFirstTwoChars.put(key, list.stream().sorted(longestFirst).toArray(GazetteerEntry[]::new)));
    }

    /** The names the text reads as, in text order and not overlapping. */
    List<Hit> match(char[] text) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length - 1) {
            Hit hit = longestAt(text, i);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.end();
            }
        }
        return hits;
    }

    private Hit longestAt(char[] text, int at) {
        GazetteerEntry[] candidates = byFirstTwoChars.get(key(text[at], text[at + 1]));
        if (candidates == null) {
            return null;
        }
        for (GazetteerEntry entry : candidates) {
            String name = entry.text();
            int end = at + name.length();
            if (end <= text.length && regionMatches(text, at, name)
                    && (!entry.alphabetic() || isWholeWord(text, at, end))) {
                return new Hit(at, end, entry);
            }
        }
        return null;
    }

    private static int key(char first, char second) {
        return (first << 16) | second;
    }

    private static boolean regionMatches(char[] text, int at, String name) {
        for (int i = 2; i < name.length(); i++) {
            if (text[at + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWholeWord(char[] text, int begin, int end) {
        return (begin == 0 || !ScanText.isWordChar(text[begin - 1]))
                && (end == text.length || !ScanText.isWordChar(text[end]));
    }
}
