package io.scofacts.core.cases;

import io.scofacts.core.text.NameKey;
import io.scofacts.core.text.SimplifiedChars;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Case and event ids: a hash of the name's signature, so an id is the same however many
 * times, in whichever order and by whichever process articles name the case: concurrent
 * first mentions of a case write to the same id instead of creating two.
 */
public final class DossierIds {

    public static final String CASE_PREFIX = "c-";
    public static final String EVENT_PREFIX = "e-";
    private static final int HASH_BYTES = 12;

    private DossierIds() {
    }

    /** A name that says nothing but generic words is its own case, under its exact written form. */
    static String of(String prefix, NameSignature signature, String name) {
        String identity = signature.isEmpty() ? "name:" + NameKey.of(SimplifiedChars.of(name)) : signature.key();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    public static boolean isCaseId(String id) {
        return looksLike(CASE_PREFIX, id);
    }

    public static boolean isEventId(String id) {
        return looksLike(EVENT_PREFIX, id);
    }

    private static boolean looksLike(String prefix, String id) {
        return id != null && id.length() == prefix.length() + 2 * HASH_BYTES && id.startsWith(prefix)
                && id.substring(prefix.length()).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
