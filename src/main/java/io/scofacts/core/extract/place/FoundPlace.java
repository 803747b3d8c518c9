package io.scofacts.core.extract.place;

/**
 * A place read in the matching text: chars {@code [start, end)} are the mention, chars
 * {@code [nameStart, nameEnd)} the name to report (without a bare level word such as 市 in
 * 天津市, with "Port of" in "Port of Tianjin"), or {@code name} when not null (the nominative of
 * a Russian case form).
 */
record FoundPlace(int start, int end, int nameStart, int nameEnd, String country, String name) {
}
