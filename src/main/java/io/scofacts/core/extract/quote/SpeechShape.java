package io.scofacts.core.extract.quote;

/**
 * Whether a quotation looks like direct speech rather than a quoted term ("上海精神",
 * "数字纽带", "一港、一园、一通道"): long enough to be said, and standing as a sentence of
 * its own instead of sitting inside one.
 */
final class SpeechShape {

    /** Chinese characters a quoted utterance has at least. */
    static final int MIN_HAN = 6;
    /** Words an English or Russian quoted utterance has at least. */
    static final int MIN_WORDS = 3;
    private static final int MAX_SPACES = 3;
    private static final String CLOSING_PUNCTUATION = ",.!?…。;:—";
    private static final String BEFORE_SENTENCE = "\n。!?.;:”」』»\"";
    private static final String AFTER_SENTENCE = "\n。.!?;,“「『«\"";

    private SpeechShape() {
    }

    static boolean isLongEnough(String view, Quotation q) {
        int han = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = q.contentStart(); i < q.contentEnd(); i++) {
            char c = view.charAt(i);
            if (ChineseSpeakerName.isHan(c)) {
                han++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = c == '-' || c == '\'' || c == '’' ? inWord : false;
            }
            if (han >= MIN_HAN || words >= MIN_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Speech an attribution after the closing mark may own: “…,”X说 / “…”,X说 / a quotation opening its sentence. */
    static boolean mayPrecedeAttribution(String view, Quotation q) {
        return q.closed() && (endsWithPunctuation(view, q) || charAfter(view, q.close()) == ','
                || BEFORE_SENTENCE.indexOf(charBefore(view, q.open())) >= 0);
    }

    /** Speech an attribution before the opening mark may own: it ends its sentence (X说:“…。”). */
    static boolean mayFollowAttribution(String view, Quotation q) {
        return !q.closed() || endsWithPunctuation(view, q) || AFTER_SENTENCE.indexOf(charAfter(view, q.close())) >= 0;
    }

    /**
     * Speech that may belong to a speaker named earlier in its paragraph: it ends its sentence and
     * is not glued to the word before it, as a quoted term or title is ("围绕“中国—中亚精神”",
     * "提出的“…”重要指示").
     */
    static boolean standsAsSpeech(String view, Quotation q) {
        char before = q.open() > 0 ? view.charAt(q.open() - 1) : '\n';
        return !Character.isLetterOrDigit(before) && mayFollowAttribution(view, q)
                && (endsWithPunctuation(view, q) || AFTER_SENTENCE.indexOf(charAfter(view, q.close())) >= 0);
    }

    private static boolean endsWithPunctuation(String view, Quotation q) {
        int i = q.contentEnd() - 1;
        while (i >= q.contentStart() && Character.isWhitespace(view.charAt(i))) {
            i--;
        }
        return i >= q.contentStart() && CLOSING_PUNCTUATION.indexOf(view.charAt(i)) >= 0;
    }

    /** The first non-space char after {@code index}, or a line break at the end of the text. */
    private static char charAfter(String view, int index) {
        int i = index + 1;
        while (i < view.length() && i <= index + MAX_SPACES && view.charAt(i) == ' ') {
            i++;
        }
        return i < view.length() ? view.charAt(i) : '\n';
    }

    /** The last non-space char before {@code index}, or a line break at the start of the text. */
    private static char charBefore(String view, int index) {
        int i = index - 1;
        while (i >= 0 && i >= index - MAX_SPACES && view.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 ? view.charAt(i) : '\n';
    }
}
