package io.scofacts.core.text;

/**
 * Whether a text shows nothing: every code point is white space (Unicode's White_Space,
 * no-break and ideographic spaces included, which {@link String#isBlank()} partly misses) or
 * default-ignorable (format characters such as zero-width spaces and joiners, byte-order
 * marks, variation selectors, Hangul fillers), or a control character. Such a text reads as
 * empty to anyone shown it, so it is refused as empty rather than stored.
 */
public final class BlankText {

    private BlankText() {
    }

    public static boolean isBlank(CharSequence text) {
        return text.codePoints().allMatch(BlankText::showsNothing);
    }

    static boolean showsNothing(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.CONTROL || isDefaultIgnorable(codePoint);
    }

    /** Unicode's Default_Ignorable_Code_Point: the format characters and a few invisible letters and marks. */
    private static boolean isDefaultIgnorable(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x034F // combining grapheme joiner
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0 // Hangul fillers
                || codePoint == 0x17B4 || codePoint == 0x17B5 // Khmer inherent vowels
                || (codePoint >= 0x180B && codePoint <= 0x180F) // Mongolian variation selectors
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) // variation selectors
                || (codePoint >= 0xE0000 && codePoint <= 0xE0FFF); // tags and variation selectors supplement
    }
}
