package io.scofacts.core.extract.quantity;

import io.scofacts.core.lexicon.CharTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lexicon surfaces indexed by their first and last char, matched longest first at a text
 * position. A space in a surface matches one to three spaces of the text; alphabetic surfaces
 * match whole words only (a stem surface matches the start of a word and takes the whole word).
 * Matching costs at most the number of surfaces sharing a char times their length.
 */
final class SurfaceIndex<T> {

    /** One surface and what it stands for. */
    record Entry<T>(String surface, T value, boolean caseSensitive, boolean stem) {
    }

    /** A surface found at {@code [start, end)}. */
    record Match<T>(Entry<T> entry, int start, int end) {

        T value() {
            return entry.value();
        }
    }

    private static final int MAX_SPACES = 3;

    private final CharTable<List<Entry<T>>> byFirst = new CharTable<>();
    private final CharTable<List<Entry<T>>> byLast = new CharTable<>();

    SurfaceIndex(List<Entry<T>> entries) {
        for (Entry<T> entry : entries) {
            String surface = entry.surface();
            byFirst.computeIfAbsent(key(surface.charAt(0)), ArrayList::new).add(entry);
            byLast.computeIfAbsent(key(surface.charAt(surface.length() - 1)), ArrayList::new).add(entry);
        }
        Comparator<Entry<T>> longestFirst = Comparator.comparingInt((Entry<T> e) -> e.surface().length()).reversed();
        byFirst.values().forEach(list -> list.sort(longestFirst));
        byLast.values().forEach(list -> list.sort(longestFirst));
    }

    /** Every match starting at {@code pos}, longest surface first. */
    List<Match<T>> allAt(CharSequence s, int pos) {
        if (pos < 0 || pos >= s.length()) {
            return List.of();
        }
        List<Entry<T>> candidates = byFirst.get(key(s.charAt(pos)));
        if (candidates == null || (pos > 0 && startsWord(candidates.get(0)) && TextChars.isAlphabetic(s.charAt(pos - 1)))) {
            return List.of();
        }
        List<Match<T>> matches = new ArrayList<>(2);
        for (Entry<T> entry : candidates) {
            int end = matchForward(s, pos, entry);
            if (end >= 0) {
                matches.add(new Match<>(entry, pos, end));
            }
        }
        return matches;
    }

    /** The longest match starting at {@code pos}, or null. */
    Match<T> at(CharSequence s, int pos) {
        List<Match<T>> matches = allAt(s, pos);
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** The longest match ending at {@code end} (exclusive), or null. */
    Match<T> endingAt(CharSequence s, int end) {
        if (end <= 0 || end > s.length()) {
            return null;
        }
        List<Entry<T>> candidates = byLast.get(key(s.charAt(end - 1)));
        if (candidates == null) {
            return null;
        }
        for (Entry<T> entry : candidates) {
            int start = matchBackward(s, end, entry);
            if (start >= 0) {
                return new Match<>(entry, start, end);
            }
        }
        return null;
    }

    private static char key(char c) {
        return Character.toLowerCase(c);
    }

    private static boolean startsWord(Entry<?> entry) {
        return TextChars.isAlphabetic(entry.surface().charAt(0));
    }

    private static boolean same(char a, char b, boolean caseSensitive) {
        return a == b || (!caseSensitive && Character.toLowerCase(a) == Character.toLowerCase(b));
    }

    private static int matchForward(CharSequence s, int pos, Entry<?> entry) {
        String surface = entry.surface();
        int i = pos;
        for (int k = 0; k < surface.length(); k++) {
            char want = surface.charAt(k);
            if (want == ' ') {
                int j = TextChars.skipSpaces(s, i, MAX_SPACES);
                if (j == i) {
                    return -1;
                }
                i = j;
            } else if (i < s.length() && same(s.charAt(i), want, entry.caseSensitive())) {
                i++;
            } else {
                return -1;
            }
        }
        if (TextChars.isAlphabetic(surface.charAt(surface.length() - 1))) {
            if (entry.stem()) {
                while (i < s.length() && TextChars.isAlphabetic(s.charAt(i))) {
                    i++;
                }
            } else if (i < s.length() && TextChars.isAlphabetic(s.charAt(i))) {
                return -1;
            }
        }
        return i;
    }

    private static int matchBackward(CharSequence s, int end, Entry<?> entry) {
        String surface = entry.surface();
        if (TextChars.isAlphabetic(surface.charAt(surface.length() - 1))
                && end < s.length() && TextChars.isAlphabetic(s.charAt(end))) {
            return -1;
        }
        int i = end;
        for (int k = surface.length() - 1; k >= 0; k--) {
            char want = surface.charAt(k);
            if (want == ' ') {
                int j = TextChars.skipSpacesBack(s, i, MAX_SPACES);
                if (j == i) {
                    return -1;
                }
                i = j;
            } else if (i > 0 && same(s.charAt(i - 1), want, entry.caseSensitive())) {
                i--;
            } else {
                return -1;
            }
        }
        if (TextChars.isAlphabetic(surface.charAt(0)) && i > 0 && TextChars.isAlphabetic(s.charAt(i - 1))) {
            return -1;
        }
        return i;
    }
}
