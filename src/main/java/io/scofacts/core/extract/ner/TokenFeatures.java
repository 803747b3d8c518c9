package io.scofacts.core.extract.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The evidence the tagger weighs for each token, as 64-bit hashed features (no strings are
 * built): the word and its neighbours two either side, its endings and beginning (Russian case
 * and surname endings: -ов, -ского, -ой), its shape (Xxx, XX, dd, Latin or Cyrillic), whether it
 * opens a sentence, whether earlier recognisers found a country or a known place there, whether
 * it stands inside «…», what the Russian dictionary says a
 * capitalised word can be (a first name, a surname, a common noun …), and two facts about the whole story: whether the same word is written
 * in lower case elsewhere (a common word capitalised at a sentence start) or capitalised inside
 * a sentence elsewhere (a name). Training and tagging share this class, so they see the same features.
 */
public final class TokenFeatures {

    /** Bits of a token's mark: set from the spans earlier recognisers reported. */
    public static final byte COUNTRY = 1;
    public static final byte PLACE = 2;

    public static final int MAX_FEATURES = 40;
    private static final long OUTSIDE = 0x5bd1e9955bd1e995L;
    private static final int SUFFIXES = 4;

    private final WordTokens tokens;
    private final byte[] marks;
    private final long[] word;
    private final long[][] suffix;
    private final long[] prefix;
    private final long[] shape;
    private final int[] sentence;
    private final boolean[] lowerElsewhere;
    private final boolean[] capitalisedInside;
    private final boolean[] quoted;
    /** For capitalised Cyrillic words, what the Russian dictionary says they can be; else 0. */
    private final long[] lexicon;

    public TokenFeatures(WordTokens tokens, byte[] marks) {
        this(tokens, marks, null);
    }

    /** With {@code dictionary} null, the dictionary features are left out. */
    public TokenFeatures(WordTokens tokens, byte[] marks, RussianDictionary.Reader dictionary) {
        this.tokens = tokens;
        this.marks = marks;
        int n = tokens.size();
        word = new long[n];
        suffix = new long[SUFFIXES][n];
        prefix = new long[n];
        shape = new long[n];
        sentence = new int[n];
        lowerElsewhere = new boolean[n];
        capitalisedInside = new boolean[n];
        quoted = new boolean[n];
        lexicon = new long[n];
        String text = tokens.text();
        Map<String, Integer> looked = new HashMap<>();
        Set<Long> lowerWords = new HashSet<>();
        Set<Long> insideCapitalised = new HashSet<>();
        int sentenceNo = -1;
        boolean inQuote = false;
        for (int i = 0; i < n; i++) {
            if (tokens.opensSentence(i)) {
                sentenceNo++;
                inQuote = false;
            }
            sentence[i] = sentenceNo;
            int start = tokens.start(i);
            int end = tokens.end(i);
            word[i] = hashLower(text, start, end);
            for (int k = 1; k <= SUFFIXES; k++) {
                suffix[k - 1][i] = end - start > k ? hashLower(text, end - k, end) : word[i];
            }
            prefix[i] = end - start > 3 ? hashLower(text, start, start + 3) : word[i];
            shape[i] = shapeHash(text, start, end);
            char first = text.charAt(start);
            if (first == '«' || first == '„' || first == '“') {
                inQuote = true;
            } else if (first == '»' || first == '”') {
                inQuote = false;
            }
            quoted[i] = inQuote;
            if (dictionary != null && Character.isUpperCase(first) && Character.UnicodeBlock.of(first) == Character.UnicodeBlock.CYRILLIC) {
                String lower = text.substring(start, end).toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
                lexicon[i] = looked.computeIfAbsent(lower, dictionary::classes);
            }
            if (Character.isLowerCase(first)) {
                lowerWords.add(word[i]);
            } else if (Character.isUpperCase(first) && !tokens.opensSentence(i)) {
                insideCapitalised.add(word[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            lowerElsewhere[i] = lowerWords.contains(word[i]);
            capitalisedInside[i] = insideCapitalised.contains(word[i]);
        }
    }

    public WordTokens tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public int sentenceOf(int token) {
        return sentence[token];
    }

    /** Writes the features of token {@code i} into {@code out}; returns how many. */
    public int features(int i, long[] out) {
        int n = 0;
        long shape0 = shape[i];
        long before = at(word, i - 1, i);
        long after = at(word, i + 1, i);
        boolean opens = tokens.opensSentence(i);
        out[n++] = key(1, 0);
        out[n++] = key(2, word[i]);
        out[n++] = key(3, before);
        out[n++] = key(4, after);
        out[n++] = key(5, at(word, i - 2, i));
        out[n++] = key(6, at(word, i + 2, i));
        for (int k = 0; k < SUFFIXES; k++) {
            out[n++] = key(7 + k, suffix[k][i]);
        }
        out[n++] = key(11, prefix[i]);
        out[n++] = key(12, shape0);
        long shapeBefore = at(shape, i - 1, i);
        long shapeAfter = at(shape, i + 1, i);
        out[n++] = key(13, shapeBefore);
        out[n++] = key(14, shapeAfter);
        out[n++] = key(15, combine(combine(shapeBefore, shape0), shapeAfter));
        out[n++] = key(16, combine(before, word[i]));
        out[n++] = key(17, combine(word[i], after));
        out[n++] = key(18, combine(opens ? 1 : 0, shape0));
        out[n++] = key(19, marks[i]);
        out[n++] = key(20, i > 0 && sentence[i - 1] == sentence[i] ? marks[i - 1] : -1);
        out[n++] = key(21, i + 1 < size() && sentence[i + 1] == sentence[i] ? marks[i + 1] : -1);
        out[n++] = key(22, combine(lowerElsewhere[i] ? 1 : 0, combine(opens ? 1 : 0, shape0)));
        out[n++] = key(23, combine(capitalisedInside[i] ? 1 : 0, shape0));
        out[n++] = key(24, at(suffix[2], i - 1, i));
        out[n++] = key(25, at(suffix[2], i + 1, i));
        out[n++] = key(26, combine(quoted[i] ? 1 : 0, shape0));
        out[n++] = key(27, combine(before, shape0));
        out[n++] = key(28, combine(suffix[1][i], shape0));
        out[n++] = key(29, combine(shapeBefore, suffix[2][i]));
        out[n++] = key(30, combine(at(suffix[1], i - 1, i), suffix[1][i]));
        long lexiconBefore = at(lexicon, i - 1, i);
        long lexiconAfter = at(lexicon, i + 1, i);
        out[n++] = key(31, lexicon[i]);
        out[n++] = key(32, lexiconBefore);
        out[n++] = key(33, lexiconAfter);
        out[n++] = key(34, combine(lexicon[i], opens ? 1 : 0));
        out[n++] = key(35, combine(lexiconBefore, lexicon[i]));
        out[n++] = key(36, combine(lexicon[i], lexiconAfter));
        return n;
    }

    /** The value of token {@code i} when it lies in the sentence of token {@code center}, else a marker. */
    private long at(long[] values, int i, int center) {
        return i < 0 || i >= values.length || sentence[i] != sentence[center] ? OUTSIDE : values[i];
    }

    static long key(int template, long value) {
        return mix(template * 0x9E3779B97F4A7C15L + value);
    }

    static long combine(long a, long b) {
        return mix(a * 0xC2B2AE3D27D4EB4FL ^ b);
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** FNV-1a over the chars folded to lower case, ё read as е. */
    private static long hashLower(String text, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'ё') {
                c = 'е';
            }
            h = (h ^ c) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** Upper/lower Cyrillic X/x, Latin A/a, digits d, other chars as they are; runs cut at two. */
    private static long shapeHash(String text, int start, int end) {
        long h = 0x84222325cbf29ce4L;
        char previous = 0;
        int run = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char s;
            if (Character.isDigit(c)) {
                s = 'd';
            } else if (Character.isLetter(c)) {
                boolean latin = c < 0x250;
                s = Character.isUpperCase(c) ? (latin ? 'A' : 'X') : (latin ? 'a' : 'x');
            } else {
                s = c;
            }
            run = s == previous ? run + 1 : 1;
            previous = s;
            if (run <= 2) {
                h = (h ^ s) * 0x100000001b3L;
            }
        }
        return mix(h);
    }
}
