package io.scofacts.core.extract.person;

/** View chars {@code [start, end)} that name a person. */
record NameSpan(int start, int end) {

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
