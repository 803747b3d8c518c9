package io.scofacts.storage;

import io.scofacts.core.cases.Tally;
import java.util.List;

/** A case's or event's tally as read, with the version a replacement is conditioned on and its facets. */
public record StoredTally(Tally tally, long version, List<String> facets) {

    static final StoredTally NONE = new StoredTally(Tally.EMPTY, 0, List.of());
}
