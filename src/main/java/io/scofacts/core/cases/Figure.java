package io.scofacts.core.cases;

import io.scofacts.core.factsheet.Span;

/**
 * A quantity a source gives for a case or event. {@code measure} says what is measured,
 * independent of wording and language (the unit and the concepts of the subject: 嘉宾 and
 * guests are both {@code person:attendee}); two sources giving different values for one
 * measure disagree.
 */
public record Figure(String measure, Number value, String unit, String approx, String subject, String text, Span mention) {
}
