package io.scofacts.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which two written names count as the same name: NFKC, no whitespace, one
 * middle dot, one dash, case folded, quotation and title marks removed (the comparison the
 * FactSheet contract describes).
 */
public final class NameKey {

    private static final String QUOTE_MARKS = "《》〈〉“”‘’\"'「」『』";
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

    private NameKey() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || QUOTE_MARKS.indexOf(c) >= 0) {
                continue;
            }
            // "中国-上合组织" and "中国—上合组织": one name whichever dash joins its parts
            key.append(DASHES.indexOf(c) >= 0 ? '-' : TextNormalizer.fold(c));
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
