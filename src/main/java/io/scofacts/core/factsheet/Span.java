package io.scofacts.core.factsheet;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in the article exactly as
 * submitted. Serialised as a two-element array because that is what the FactSheet
 * contract and the scorer read.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /*
     * equals and hashCode are written out because a record's generated ones are bound at first
     * use by an invokedynamic bootstrap (ObjectMethods) that spins about twenty method-handle
     * classes, which no class-data archive holds: some 25 ms of a fresh process's first
     * extraction, and spans are compared on every article.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Span span && span.start == start && span.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(other.end, end);
    }
}
