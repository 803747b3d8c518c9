package io.scofacts.core.factsheet;

/**
 * A calendar date the story states (an addition to the contract, used for timelines).
 * {@code date} is ISO, the first day of the stated period; {@code precision} is
 * {@code day}, {@code month} or {@code year}; {@code relative} when it was resolved
 * against the publication date ("昨天", "今年6月").
 */
public record DateFact(String date, String precision, boolean relative, String text, Span mention) {
}
