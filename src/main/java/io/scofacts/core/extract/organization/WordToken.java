package io.scofacts.core.extract.organization;

import java.util.ArrayList;
import java.util.List;

/** A run of letters (with inner hyphens, apostrophes and ampersands) at view chars {@code [start, end)}. */
record WordToken(int start, int end, String text) {

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** The words of {@code text} in the alphabet picked by {@code latin} (else Cyrillic). */
    static List<WordToken> of(String text, boolean latin) {
        List<WordToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i), latin)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (isWordChar(text.charAt(i), latin)
                    || (isJoiner(text.charAt(i)) && i + 1 < text.length() && isWordChar(text.charAt(i + 1), latin)))) {
                i++;
            }
            tokens.add(new WordToken(start, i, text.substring(start, i)));
        }
        return tokens;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '&';
    }

    private static boolean isWordChar(char c, boolean latin) {
        if (latin) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (c >= 'À' && c <= 'ɏ' && Character.isLetter(c));
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC && Character.isLetter(c);
    }
}
