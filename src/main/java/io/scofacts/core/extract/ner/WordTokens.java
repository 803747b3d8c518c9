package io.scofacts.core.extract.ner;

/**
 * The tokens the name tagger reads: runs of letters and digits (with inner hyphens and
 * apostrophes: "Иссык-Куль", "Д'Артаньян"), every other visible char a token of its own, and
 * where each sentence starts. Offsets are into the text tokenised; one pass, no regular expressions.
 */
public final class WordTokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    /** {@code sentenceStart[i]}: token i opens a sentence (first token, after . ! ? … or a line break). */
    private final boolean[] sentenceStart;
    private final int size;

    private WordTokens(String text, int[] starts, int[] ends, boolean[] sentenceStart, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.sentenceStart = sentenceStart;
        this.size = size;
    }

    public static WordTokens of(String text) {
        int n = text.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        boolean[] opens = new boolean[16];
        int size = 0;
        boolean nextOpens = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c == '\n') {
                    nextOpens = true;
                }
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    i++;
                }
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            }
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
                opens = java.util.Arrays.copyOf(opens, size * 2);
            }
            starts[size] = start;
            ends[size] = i;
            opens[size] = nextOpens;
            size++;
            nextOpens = i - start == 1 && isSentenceEnd(c);
        }
        return new WordTokens(text, starts, ends, opens, size);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '\u2011';
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    public boolean opensSentence(int token) {
        return sentenceStart[token];
    }

    public boolean isWord(int token) {
        return Character.isLetterOrDigit(text.charAt(starts[token]));
    }

    public boolean isCapitalised(int token) {
        return Character.isUpperCase(text.charAt(starts[token]));
    }

    /** The first token whose start is at least {@code offset} ({@link #size()} when none). */
    public int firstAtOrAfter(int offset) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    public String word(int token) {
        return text.substring(starts[token], ends[token]);
    }
}
