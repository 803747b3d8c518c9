package io.scofacts.core.cases;

import java.util.List;

/**
 * Sources disagree: for {@code field} ("figure", "date", "place", "category") and, for a
 * figure, the measure, each value given with its sources.
 */
public record Conflict(String field, String measure, List<Claim> claims) {

    /** One value and who gives it. */
    public record Claim(Object value, String text, List<Citation> sources) {
    }
}
