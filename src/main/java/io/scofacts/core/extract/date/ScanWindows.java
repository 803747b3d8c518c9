package io.scofacts.core.extract.date;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a text worth matching date patterns in: windows around the places where a
 * cheap test says a date may be (a "年", a month name, a digit separator), merged where they
 * overlap. Running the patterns only there keeps matching fast on ordinary text; a text that
 * is all triggers costs one pass over the whole of it, as without windows.
 */
final class ScanWindows {

    /** Where a date phrase may be: tested at every position, so it must be cheap. */
    interface Trigger {
        boolean at(String view, int position);
    }

    private final int[] bounds;
    private final int count;

    private ScanWindows(int[] bounds, int count) {
        this.bounds = bounds;
        this.count = count;
    }

    /**
     * Windows reaching {@code before} chars before and {@code after} chars after every triggering
     * position; the reaches must cover the longest phrase a trigger can belong to.
     */
    static ScanWindows around(String view, Trigger trigger, int before, int after) {
        int[] bounds = new int[16];
        int count = 0;
        for (int p = 0; p < view.length(); p++) {
            if (!trigger.at(view, p)) {
                continue;
            }
            int start = Math.max(0, p - before);
            int end = Math.min(view.length(), p + after);
            if (count > 0 && start <= bounds[count - 1]) {
                bounds[count - 1] = Math.max(bounds[count - 1], end);
            } else {
                if (count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count++] = start;
                bounds[count++] = end;
            }
        }
        return new ScanWindows(bounds, count);
    }

    /** Every match of {@code pattern} inside the windows; look-arounds see past a window's edges. */
    void forEachMatch(Pattern pattern, String view, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(view);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int i = 0; i < count; i += 2) {
            m.region(bounds[i], bounds[i + 1]);
            while (m.find()) {
                action.accept(m);
            }
        }
    }

    /**
     * The same matches as {@link #forEachMatch}, trying the pattern only where {@code opening}
     * holds: it must hold at the first char of every match (a necessary condition, cheaper than the
     * pattern's own first step). A pattern that opens with a look-behind over a class of scattered
     * CJK chars ("not after a numeral") runs that class, a chain of one test per char in
     * java.util.regex, at every position of the window; under a service's mixed load the chain's
     * calls are not inlined and the dates alone took most of an extraction's time.
     */
    void forEachMatch(Pattern pattern, String view, Trigger opening, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(view);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int i = 0; i < count; i += 2) {
            int end = bounds[i + 1];
            int p = bounds[i];
            while (p < end) {
                if (opening.at(view, p)) {
                    m.region(p, end);
                    if (m.lookingAt()) {
                        action.accept(m);
                        p = Math.max(m.end(), p + 1);
                        continue;
                    }
                }
                p++;
            }
        }
    }

    /** A trigger on single characters, looked up in a table. */
    static Trigger anyOf(CharSequence chars) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
        return (view, p) -> table[view.charAt(p)];
    }

    /** A trigger at the first char of any of {@code words}, compared ignoring case. */
    static Trigger wordStart(Iterable<String> words) {
        KeywordSet keywords = new KeywordSet(words);
        return keywords::startsAt;
    }

    /** A trigger at a four-digit year 1900–2099 not inside a longer number. */
    static Trigger yearStart() {
        return (view, p) -> p + 4 <= view.length() && (p == 0 || !Character.isDigit(view.charAt(p - 1)))
                && (view.charAt(p) == '1' && view.charAt(p + 1) == '9' || view.charAt(p) == '2' && view.charAt(p + 1) == '0')
                && isDigit(view.charAt(p + 2)) && isDigit(view.charAt(p + 3));
    }

    static Trigger either(Trigger a, Trigger b) {
        return (view, p) -> a.at(view, p) || b.at(view, p);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
