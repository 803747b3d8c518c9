package io.scofacts.core.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in one left-to-right pass: “…”, 「…」, 『…』, «…», „…“ and straight
 * "…". A quotation never crosses a line break and never runs longer than {@link #MAX_LENGTH};
 * inner quotes of another kind (‘…’ inside “…”, „…“ inside «…») are part of the outer one, and so
 * is a straight-quoted word inside a straight quotation.
 * Malformed text costs quotations, never time: an opening mark left unclosed is dropped where
 * the scan gives up on it (unless it opens after a colon and runs to its paragraph's end), and
 * the scan never goes back.
 */
final class QuotationScanner {

    static final int MAX_LENGTH = 2000;
    private static final int MIN_UNCLOSED = 12;
    /** «…» may nest in Russian typography; deeper than this is not typography. */
    private static final int MAX_DEPTH = 4;
    private static final String OPENERS = "“「『«„\"";
    private static final String[] CLOSERS = {"”", "」", "』", "»", "“”", "\""};

    private QuotationScanner() {
    }

    static List<Quotation> scan(String view) {
        List<Quotation> found = new ArrayList<>();
        int open = -1;
        int kind = -1;
        int depth = 0;
        for (int i = 0; i < view.length(); i++) {
            char c = view.charAt(i);
            if (c == '\n') {
                addUnclosed(view, open, i, found);
                open = -1;
                continue;
            }
            if (open >= 0 && i - open > MAX_LENGTH) {
                open = -1;
            }
            if (open >= 0) {
                char opener = OPENERS.charAt(kind);
                if (c == '"' && opener == '"' && opensInnerStraightQuote(view, i) && depth < MAX_DEPTH) {
                    depth++;
                } else if (CLOSERS[kind].indexOf(c) >= 0) {
                    if (depth == 0) {
                        found.add(new Quotation(open, i));
                        open = -1;
                    } else {
                        depth--;
                    }
                } else if (c == opener) {
                    if (opener == '«' && depth < MAX_DEPTH) {
                        depth++;
                    } else {
                        // A second “ before any ”: the first one was never closed.
                        open = i;
                        depth = 0;
                    }
                }
                continue;
            }
            int k = OPENERS.indexOf(c);
            if (k >= 0) {
                open = i;
                kind = k;
                depth = 0;
            }
        }
        addUnclosed(view, open, view.length(), found);
        return found;
    }

    /**
     * "И все это на "зелёной" энергии": inside a straight quotation, a straight mark after a space
     * and before a letter opens a quoted word, whose mark after it closes it, not the quotation.
     */
    private static boolean opensInnerStraightQuote(String view, int i) {
        return i > 0 && Character.isWhitespace(view.charAt(i - 1))
                && i + 1 < view.length() && Character.isLetterOrDigit(view.charAt(i + 1));
    }

    /**
     * "…表示:“我们和…" cut off at the paragraph's end: a curly or guillemet quotation that opens
     * after a colon and is still open when its paragraph ends is a quotation up to there.
     */
    private static void addUnclosed(String view, int open, int end, List<Quotation> found) {
        if (open < 1 || end - open < MIN_UNCLOSED || "“«「".indexOf(view.charAt(open)) < 0) {
            return;
        }
        int before = open - 1;
        while (before > 0 && view.charAt(before) == ' ') {
            before--;
        }
        if (view.charAt(before) == ':' || view.charAt(before) == '：') {
            found.add(new Quotation(open, end, false));
        }
    }
}
