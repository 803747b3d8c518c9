package io.scofacts.storage;

import java.util.List;
import java.util.Map;

/**
 * One article's share of a case or event: as the article's sheet says it now ({@code current},
 * null when the article no longer names it) and as the overview's tally last counted it
 * ({@code applied}, null when never). The tally changes by the difference.
 */
public record ShareState(String articleId, Map<String, List<String>> current, Map<String, List<String>> applied) {

    public boolean settled() {
        return current == null ? applied == null : current.equals(applied);
    }
}
