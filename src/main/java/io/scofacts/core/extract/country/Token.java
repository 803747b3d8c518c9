package io.scofacts.core.extract.country;

/** A stretch {@code [start, end)} of the matching text read as one unit; {@code code} null when it names no country. */
record Token(int start, int end, String code) {
}
