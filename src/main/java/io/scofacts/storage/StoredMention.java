package io.scofacts.storage;

/** An article's mention of a case or event as stored, with the digest a replacement is conditioned on. */
public record StoredMention<M>(M mention, String digest) {
}
