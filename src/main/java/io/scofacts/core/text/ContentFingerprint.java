package io.scofacts.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The stable id of an article: a hash of its content after the normalisation under which two
 * submissions are "the same article" (Unicode NFC, CRLF/CR line ends as LF, surrounding
 * whitespace removed). The stored text stays exactly as submitted.
 */
public final class ContentFingerprint {

    private static final String PREFIX = "a-";
    /** 96 bits: no accidental collision at any realistic article count. */
    private static final int HASH_BYTES = 12;

    private ContentFingerprint() {
    }

    public static String articleId(String text) {
        byte[] digest = sha256(canonicalForm(text).getBytes(StandardCharsets.UTF_8));
        return PREFIX + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
    }

    public static boolean looksLikeArticleId(String id) {
        return id != null && id.length() == PREFIX.length() + 2 * HASH_BYTES && id.startsWith(PREFIX)
                && id.substring(PREFIX.length()).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    static String canonicalForm(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC).strip();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
