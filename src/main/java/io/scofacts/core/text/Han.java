package io.scofacts.core.text;

/**
 * Whether a char is Chinese, by ranges instead of {@link Character.UnicodeScript#of}, which
 * binary-searches a table for every char and showed up as several per cent of the extraction's
 * time. The ranges are the Han script's in the Basic Multilingual Plane (Unicode 13–15; a test
 * checks them against the running JDK); chars outside it come as surrogate pairs and are not
 * Han here.
 */
public final class Han {

    private Han() {
    }

    /**
     * For regular expressions, in place of {@code \p{IsHan}} (which looks every char up in the
     * script table): the ideographs of the four planes' blocks and 〇, as {@code [" + IDEOGRAPHS + "]}.
     */
    public static final String IDEOGRAPHS = "\\u3007\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\x{20000}-\\x{3134F}";

    /** A unified or compatibility ideograph: the chars of words and names (not 〇, 々 or radicals). */
    public static boolean isIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
    }

    /** The Han script: ideographs plus radicals, 々, 〇 and the Suzhou numerals. */
    public static boolean isHanScript(char c) {
        if (c < '\u2E80') {
            return false;
        }
        if (c >= '\u3400') {
            return c <= '\u4DBF' || c >= '\u4E00' && c <= '\u9FFF'
                    || c >= '\uF900' && c <= '\uFAD9' && (c <= '\uFA6D' || c >= '\uFA70');
        }
        return c <= '\u2E99' || c >= '\u2E9B' && c <= '\u2EF3' || c >= '\u2F00' && c <= '\u2FD5'
                || c == '\u3005' || c == '\u3007' || c >= '\u3021' && c <= '\u3029' || c >= '\u3038' && c <= '\u303B';
    }
}
