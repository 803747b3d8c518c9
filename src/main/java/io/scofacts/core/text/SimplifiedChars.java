package io.scofacts.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional Chinese characters mapped to their simplified forms one char for one char, from
 * HanLP's character table ({@code data/dictionary/tc/t2s.txt}, shipped in the HanLP portable jar).
 * Only entries whose both sides are single BMP chars are used, so a mapped text keeps its length
 * and indices; characters with a multi-char or supplementary simplified form stay as written.
 */
public final class SimplifiedChars {

    private static final String TABLE = "data/dictionary/tc/t2s.txt";

    private SimplifiedChars() {
    }

    /** {@code text} with every traditional char that has a one-char simplified form replaced. */
    public static String of(String text) {
        char[] table = Table.SIMPLIFIED;
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = table[c];
            if (s != 0 && s != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = s;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The simplified form of one char, or the char itself. */
    public static char of(char c) {
        char s = Table.SIMPLIFIED[c];
        return s == 0 ? c : s;
    }

    /** Loaded on first use: the table costs a few milliseconds, paid once per process. */
    private static final class Table {
        static final char[] SIMPLIFIED = load();

        private static char[] load() {
            char[] table = new char[Character.MAX_VALUE + 1];
            InputStream in = SimplifiedChars.class.getClassLoader().getResourceAsStream(TABLE);
            if (in == null) {
                throw new IllegalStateException("HanLP character table missing from the classpath: " + TABLE);
            }
            String rows;
            try (in) {
                rows = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TABLE, e);
            }
            int start = 0;
            while (start < rows.length()) {
                int end = rows.indexOf('\n', start);
                if (end < 0) {
                    end = rows.length();
                }
                int length = end - start - (end > start && rows.charAt(end - 1) == '\r' ? 1 : 0);
                if (length == 3 && rows.charAt(start + 1) == '=') {
                    table[rows.charAt(start)] = rows.charAt(start + 2);
                }
                start = end + 1;
            }
            return table;
        }
    }
}
