package io.scofacts.core.text;

/**
 * Builds the matching view of a text: full-width ASCII and the ideographic space folded to
 * their half-width forms, the several middle dots of transliterated names unified, and
 * zero-width characters dropped. Everything else passes through, one view char per
 * submitted char, so offsets map back exactly.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String text) {
        StringBuilder view = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            view.append(fold(c));
            origin[n++] = i;
        }
        origin[n] = text.length();
        int[] trimmed = n == text.length() ? origin : java.util.Arrays.copyOf(origin, n + 1);
        return new NormalizedText(text, view.toString(), trimmed);
    }

    /** The matching form of one char. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000':
            case '\u00A0':
            case '\u2002':
            case '\u2003':
            case '\u2009':
                return ' ';
            case '\u30FB':
            case '\uFF65':
            case '\u2022':
            case '\u2027':
            case '\u2219':
            case '\u22C5':
                return '\u00B7';
            default:
                return c;
        }
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
