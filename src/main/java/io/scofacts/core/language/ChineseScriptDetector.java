package io.scofacts.core.language;

import io.scofacts.core.lexicon.LexiconFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Tells simplified from traditional Chinese by counting the characters that only one of the
 * two scripts uses. The character tables are HanLP's conversion dictionaries (kept up to date
 * with the OpenCC data; the JDK has no such data), read straight from its jar: only their
 * one-character entries, into two bit sets. HanLP's own converters would build phrase
 * automata over 57,000 entries, which took most of a second at start-up for no gain here.
 */
public final class ChineseScriptDetector {

    /** Enough characters to decide; the rest of a long article adds cost, not certainty. */
    private static final int SAMPLE = 4000;
    private static final String TRADITIONAL_TO_SIMPLIFIED = "data/dictionary/tc/t2s.txt";
    private static final String SIMPLIFIED_TO_TRADITIONAL = "data/dictionary/tc/s2t.txt";
    /** Rows {@code Hant<TAB>characters} and {@code Hans<TAB>characters}. */
    static final String CHARACTERS = "lexicon/language-chinese-script-characters.tsv";

    /** Characters that simplifying changes: traditional forms. */
    private final BitSet traditionalOnly;
    /**
     * Characters that converting to traditional changes, and that are not themselves
     * traditional forms of another character: simplified forms.
     */
    private final BitSet simplifiedOnly;

    public ChineseScriptDetector() {
        this(precomputed("Hant"), precomputed("Hans"));
    }

    private ChineseScriptDetector(BitSet traditionalOnly, BitSet simplifiedOnly) {
        this.traditionalOnly = traditionalOnly;
        this.simplifiedOnly = simplifiedOnly;
    }

    /** The detector with its character sets computed from HanLP's conversion tables. */
    static ChineseScriptDetector fromHanlpTables() {
        BitSet traditional = changedCharacters(TRADITIONAL_TO_SIMPLIFIED);
        BitSet simplified = changedCharacters(SIMPLIFIED_TO_TRADITIONAL);
        simplified.andNot(traditional);
        return new ChineseScriptDetector(traditional, simplified);
    }

    /** The characters only {@code script} ("Hant" or "Hans") uses, in code point order. */
    String characters(String script) {
        BitSet set = "Hant".equals(script) ? traditionalOnly : simplifiedOnly;
        StringBuilder chars = new StringBuilder();
        set.stream().forEach(chars::appendCodePoint);
        return chars.toString();
    }

    private static BitSet precomputed(String script) {
        for (String[] row : LexiconFile.read(CHARACTERS)) {
            if (row[0].equals(script)) {
                BitSet set = new BitSet(0x30000);
                row[1].codePoints().forEach(set::set);
                return set;
            }
        }
        throw new IllegalStateException(CHARACTERS + ": no row for " + script);
    }

    public String detect(String text) {
        int end = Math.min(text.length(), SAMPLE);
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < end; ) {
            int c = text.codePointAt(i);
            if (traditionalOnly.get(c)) {
                traditional++;
            } else if (simplifiedOnly.get(c)) {
                simplified++;
            }
            i += Character.charCount(c);
        }
        return traditional > simplified ? "Hant" : "Hans";
    }

    /** The characters of a HanLP conversion table's one-character entries ("後=后") that it changes. */
    private static BitSet changedCharacters(String resource) {
        BitSet changed = new BitSet(0x30000);
        try (InputStream in = ChineseScriptDetector.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("HanLP conversion table missing from the classpath: " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int equals = line.indexOf('=');
                if (equals < 1 || line.codePointCount(0, equals) != 1
                        || line.codePointCount(equals + 1, line.length()) != 1) {
                    continue;
                }
                int from = line.codePointAt(0);
                if (from != line.codePointAt(equals + 1)) {
                    changed.set(from);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HanLP's conversion table " + resource, e);
        }
        return changed;
    }
}
