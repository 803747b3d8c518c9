package io.scofacts.storage;

import java.util.List;
import java.util.Map;

/**
 * Which cases and events an article's FactSheet was last applied to, and the digests of what
 * was written for each (its mention and its share), with the sheet's revision: an update
 * rewrites only what changed and removes what the new sheet no longer names. {@code dropped}
 * are the cases and events that revision removed the article from: a retried update of the
 * same revision, which can no longer see them in the entries, still has them refreshed.
 */
public record ArticleLedger(long revision, Map<String, Entry> entries, List<String> dropped) {

    public static final ArticleLedger NONE = new ArticleLedger(0, Map.of(), List.of());

    /** What was written for one case or event. */
    public record Entry(String mentionDigest, String shareDigest) {
    }
}
