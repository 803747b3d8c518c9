package io.scofacts.core.text;

import java.text.Normalizer;

/**
 * The stable id of an article: a hash of its content after the normalisation under which two
 * submissions are "the same article" (Unicode NFC, CRLF/CR line ends as LF, surrounding
 * whitespace removed). The stored text stays exactly as submitted.
 */
public final class ContentFingerprint {

    private static final String PREFIX = "a-";

    private ContentFingerprint() {
    }

    public static String articleId(String text) {
        return HashIds.id(PREFIX, canonicalForm(text));
    }

    public static boolean looksLikeArticleId(String id) {
        return HashIds.isId(PREFIX, id);
    }

    static String canonicalForm(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC).strip();
    }
}
