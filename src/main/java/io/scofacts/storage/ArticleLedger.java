package io.scofacts.storage;

import java.util.Map;

/**
 * Which cases and events an article's FactSheet was last applied to, and the digests of what
 * was written for each (its mention and its share), with the sheet's revision: an update
 * rewrites only what changed and removes what the new sheet no longer names.
 */
public record ArticleLedger(long revision, Map<String, Entry> entries) {

    public static final ArticleLedger NONE = new ArticleLedger(0, Map.of());

    /** What was written for one case or event. */
    public record Entry(String mentionDigest, String shareDigest) {
    }
}
