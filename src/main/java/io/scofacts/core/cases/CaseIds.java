package io.scofacts.core.cases;

import io.scofacts.core.text.NameKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Case ids. A case is, for now, one distinct project name: names equal under {@link NameKey}
 * (width, case, spacing, quotation marks) share a case. The id is a hash of that key, so it
 * is the same however many times and in whichever order articles name the project.
 */
public final class CaseIds {

    private static final String PREFIX = "c-";
    private static final int HASH_BYTES = 12;

    private CaseIds() {
    }

    public static String forProjectName(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(NameKey.of(name).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    public static boolean looksLikeCaseId(String id) {
        return id != null && id.length() == PREFIX.length() + 2 * HASH_BYTES && id.startsWith(PREFIX)
                && id.substring(PREFIX.length()).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
