package io.scofacts.storage;

import io.scofacts.core.factsheet.FactSheet;

/**
 * A FactSheet as stored for an article. {@code revision} counts the writes (1 for the first),
 * so a writer can replace exactly the revision it read and no other.
 */
public record StoredFactSheet(FactSheet sheet, long revision, int parts) {
}
