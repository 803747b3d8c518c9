package io.scofacts.core.cases;

import io.scofacts.core.factsheet.Span;

/**
 * The sentence around a mention, in offsets of the submitted text: from after the previous
 * sentence end (。！？；!?; a line break; ". " and the like) to its own end. Bounded on both
 * sides, so a page without punctuation gives a window, not the whole page.
 */
final class Sentences {

    private static final int MAX_REACH = 300;

    private Sentences() {
    }

    static Span around(String text, Span mention) {
        int start = mention.start();
        int lowest = Math.max(0, mention.start() - MAX_REACH);
        while (start > lowest && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = mention.end();
        int highest = Math.min(text.length(), mention.end() + MAX_REACH);
        while (end < highest && !endsSentence(text, end - 1)) {
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, Math.max(start, end));
    }

    private static boolean endsSentence(String text, int i) {
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return switch (c) {
            case '。', '！', '？', '；', '\n', '!', '?', ';' -> true;
            case '.' -> i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && !(i > 0 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))));
            default -> false;
        };
    }
}
