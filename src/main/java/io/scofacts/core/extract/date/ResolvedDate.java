package io.scofacts.core.extract.date;

import java.time.LocalDate;

/**
 * A date phrase tied to the calendar: the first day of the period it names, how precise it is,
 * and whether the publication date was needed to get it.
 */
record ResolvedDate(DateCandidate candidate, LocalDate date, Precision precision, boolean relative) {

    /** This, or null when no calendar day fits the phrase (its date is null). */
    ResolvedDate validOrNull() {
        return date == null ? null : this;
    }
}
