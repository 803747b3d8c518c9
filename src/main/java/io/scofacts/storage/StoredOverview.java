package io.scofacts.storage;

import io.scofacts.core.cases.Tally;
import java.util.List;

/**
 * A case's or event's overview item as read: the overview JSON, the tally it was computed
 * from, the version its replacement is conditioned on, the facet items that exist for it and a
 * digest of their listing attributes (so facet items are rewritten only when a listing would
 * change).
 */
public record StoredOverview(String json, Tally tally, long version, List<String> facets, String listingDigest) {

    static final StoredOverview NONE = new StoredOverview(null, Tally.EMPTY, 0, List.of(), "");

    public boolean exists() {
        return version > 0;
    }
}
