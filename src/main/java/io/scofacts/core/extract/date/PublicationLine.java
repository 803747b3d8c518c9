package io.scofacts.core.extract.date;

import java.time.LocalDate;

/** The publication date a page states about itself, and the date phrase that states it. */
record PublicationLine(DateCandidate candidate, LocalDate date) {
}
