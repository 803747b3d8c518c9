package io.scofacts.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids and digests made by hashing: the same identity gives the same id in every process and
 * in any order, so concurrent writers of one thing meet at one key. Article, case and event
 * ids are a prefix and the first 96 bits of SHA-256 in lower-case hex.
 */
public final class HashIds {

    /** 96 bits: no accidental collision at any realistic count of articles or cases. */
    private static final int ID_BYTES = 12;

    private HashIds() {
    }

    public static String id(String prefix, String identity) {
        return prefix + hex(identity, ID_BYTES);
    }

    /** True when {@code candidate} has the shape of an id {@link #id} makes with {@code prefix}. */
    public static boolean isId(String prefix, String candidate) {
        return candidate != null && candidate.length() == prefix.length() + 2 * ID_BYTES && candidate.startsWith(prefix)
                && candidate.substring(prefix.length()).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code text}'s UTF-8, in hex. */
    public static String hex(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
