package io.scofacts.core.cases;

import io.scofacts.core.factsheet.Span;

/**
 * An article's text as the case reading needs it: sentences (to a full stop or line break),
 * their segments (also cut at semicolons), their clauses (also cut at commas and colons), and
 * the lead, where a story says what it is about.
 */
final class ArticleText {

    /** A sentence or clause is cut here at the latest, so one without punctuation costs no more. */
    private static final int MAX_SPAN = 600;
    /** The lead: the headline and the story's first sentences, within this many characters. */
    private static final int LEAD_LENGTH = 300;
    private static final int MAX_SENTENCE_CHARS = 400;

    final String text;
    final String title;
    private final int leadEnd;

    ArticleText(String text, String title) {
        this.text = text;
        this.title = title;
        this.leadEnd = leadEnd(text, title);
    }

    /** True when {@code span} lies in the headline or the first sentences of the story. */
    boolean inLead(Span span) {
        return span.start() < leadEnd;
    }

    /** {@code [start, end)} of the sentence around {@code position}, whitespace trimmed. */
    Span sentence(int position) {
        return bounds(position, this::endsSentence);
    }

    /** {@code [start, end)} of the sentence segment around {@code position} (semicolons cut too). */
    Span segment(int position) {
        return bounds(position, i -> endsSentence(i) || text.charAt(i) == '；' || text.charAt(i) == ';');
    }

    /** {@code [start, end)} of the clause around {@code position} (commas and colons cut too). */
    Span clause(int position) {
        return bounds(position, i -> endsSentence(i) || isClauseMark(text.charAt(i)));
    }

    /** The sentence around a mention, with its final mark, as a summary or a source quotes it. */
    SourceSentence sourceSentence(Span mention) {
        Span sentence = sentence(mention.start());
        int end = sentence.end();
        if (end < text.length() && isFinalMark(text.charAt(end))) {
            end++;
        }
        return new SourceSentence(new Span(sentence.start(), end),
                text.substring(sentence.start(), Math.min(end, sentence.start() + MAX_SENTENCE_CHARS)));
    }

    static boolean isClauseMark(char c) {
        return c == '，' || c == ',' || c == '：' || c == ':' || c == '；' || c == ';';
    }

    private static boolean isFinalMark(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '.' || c == '；' || c == ';';
    }

    /** Whether the character at an index ends a sentence, segment or clause. */
    private interface Boundary {
        boolean at(int index);
    }

    private Span bounds(int position, Boundary boundary) {
        int at = Math.max(0, Math.min(position, text.length()));
        int start = at;
        while (start > 0 && at - start < MAX_SPAN && !boundary.at(start - 1)) {
            start--;
        }
        int end = at;
        while (end < text.length() && end - at < MAX_SPAN && !boundary.at(end)) {
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** A full stop, a line break, or a Latin full stop after a word of small letters or digits and before a space. */
    private boolean endsSentence(int i) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
            return true;
        }
        return c == '.' && i > 0 && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                && (Character.isLowerCase(text.charAt(i - 1)) || Character.isDigit(text.charAt(i - 1))
                        || text.charAt(i - 1) == ')' || text.charAt(i - 1) == '"');
    }

    /** The end of the lead: past the headline (when the title is in the text) and the next few lines. */
    private static int leadEnd(String text, String title) {
        int from = 0;
        if (title != null && !title.isBlank()) {
            int at = text.indexOf(title.strip());
            if (at >= 0 && at < LEAD_LENGTH) {
                from = at + title.strip().length();
            }
        }
        return Math.min(text.length(), from + LEAD_LENGTH);
    }
}
