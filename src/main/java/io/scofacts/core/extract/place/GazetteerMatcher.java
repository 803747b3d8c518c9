package io.scofacts.core.extract.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static final Comparator<GazetteerEntry> LONGEST_FIRST =
            Comparator.comparingInt((GazetteerEntry e) -> e.text().length()).reversed();

    private final Map<Integer, GazetteerEntry[]> byFirstTwoChars = new HashMap<>();

    GazetteerMatcher(List<GazetteerEntry> entries) {
        // one sort, then grouping: each group keeps the longest-first order (no stream per group,
        // as this runs once per process, cold)
        GazetteerEntry[] byLength = entries.toArray(new GazetteerEntry[0]);
        Arrays.sort(byLength, LONGEST_FIRST);
        Map<Integer, List<GazetteerEntry>> index = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (GazetteerEntry entry : byLength) {
            String text = entry.text();
            if (text.length() < 2) {
                throw new IllegalArgumentException("a gazetteer name needs two chars at least: " + text);
            }
            if (seen.add(text)) {
                index.computeIfAbsent(key(text.charAt(0), text.charAt(1)), k -> new ArrayList<>(4)).add(entry);
            }
        }
        for (Map.Entry<Integer, List<GazetteerEntry>> group : index.entrySet()) {
            byFirstTwoChars.put(group.getKey(), group.getValue().toArray(new GazetteerEntry[0]));
        }
    }

    /**
     * The names the text reads as, in text order and not overlapping. A name of a kind that
     * yields (a county's short form, a candidate) is passed over when a name that does not yield
     * starts inside it and reaches its end: in 同江苏 the province 江苏 wins over the county 同江.
     */
    List<Hit> match(char[] text) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length - 1) {
            Hit hit = longestAt(text, i, text.length);
            if (hit == null || (hit.entry().kind().yields() && overtaken(text, hit))) {
                i++;
            } else {
                hits.add(hit);
                i = hit.end();
            }
        }
        return hits;
    }

    /** The longest name starting at {@code at} and ending by {@code maxEnd}, or null. */
    Hit longestAt(char[] text, int at, int maxEnd) {
        if (at + 1 >= text.length) {
            return null;
        }
        GazetteerEntry[] candidates = byFirstTwoChars.get(key(text[at], text[at + 1]));
        if (candidates == null) {
            return null;
        }
        for (GazetteerEntry entry : candidates) {
            String name = entry.text();
            int end = at + name.length();
            if (end <= maxEnd && end <= text.length && regionMatches(text, at, name)
                    && (!entry.alphabetic() || isWholeWord(text, at, end))) {
                return new Hit(at, end, entry);
            }
        }
        return null;
    }

    private boolean overtaken(char[] text, Hit hit) {
        for (int j = hit.start() + 1; j < hit.end() - 1; j++) {
            Hit inside = longestAt(text, j, text.length);
            if (inside != null && !inside.entry().kind().yields() && inside.end() >= hit.end()) {
                return true;
            }
        }
        return false;
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
