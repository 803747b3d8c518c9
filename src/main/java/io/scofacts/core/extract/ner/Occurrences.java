package io.scofacts.core.extract.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where else a story writes a name it has already been found to use: every whole-word
 * occurrence of each name, in one {@code indexOf} scan per name (a bounded number of names, so a
 * long story of many names stays linear in practice).
 */
public final class Occurrences {

    private static final int MAX_NAMES = 256;

    private Occurrences() {
    }

    /** The {start, end} of every whole-word occurrence in {@code text} of each of {@code names}. */
    public static List<int[]> of(String text, Collection<String> names) {
        List<int[]> found = new ArrayList<>();
        int n = 0;
        for (String name : names) {
            if (name.isEmpty() || n++ >= MAX_NAMES) {
                continue;
            }
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int end = at + name.length();
                if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    found.add(new int[] {at, end});
                }
            }
        }
        return found;
    }
}
