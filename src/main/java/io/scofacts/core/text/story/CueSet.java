package io.scofacts.core.text.story;

import io.scofacts.core.lexicon.CharTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of short cue strings found in a text region in time linear in the region: the cues are
 * indexed by their first char, so each position only tries the few cues that can start there.
 */
final class CueSet {

    private final CharTable<List<String>> byFirstChar = new CharTable<>();

    CueSet(List<String> cues) {
        for (String cue : cues) {
            if (!cue.isEmpty()) {
                byFirstChar.computeIfAbsent(cue.charAt(0), ArrayList::new).add(cue);
            }
        }
    }

    /** Whether a cue occurs inside {@code text[from, to)}. */
    boolean occursIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (startsAt(text, i, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /** How many cues occur inside {@code text[from, to)}, counted at distinct non-overlapping places. */
    int countIn(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            int length = startsAt(text, i, to);
            if (length > 0) {
                count++;
                i += length - 1;
            }
        }
        return count;
    }

    /** The length of the longest cue starting at {@code at} and ending by {@code to}, else 0. */
    int startsAt(String text, int at, int to) {
        if (at >= to) {
            return 0;
        }
        List<String> candidates = byFirstChar.get(text.charAt(at));
        int longest = 0;
        if (candidates != null) {
            for (String cue : candidates) {
                if (cue.length() > longest && at + cue.length() <= to && text.startsWith(cue, at)) {
                    longest = cue.length();
                }
            }
        }
        return longest;
    }

    /** Whether {@code text[from, to)} ends with a cue. */
    boolean endsIn(String text, int from, int to) {
        for (List<String> cues : byFirstChar.values()) {
            for (String cue : cues) {
                if (to - from >= cue.length() && text.startsWith(cue, to - cue.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
