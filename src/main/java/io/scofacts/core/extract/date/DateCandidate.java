package io.scofacts.core.extract.date;

/** A date phrase found at view chars {@code [start, end)}. */
record DateCandidate(int start, int end, DateExpression expression) {

    int length() {
        return end - start;
    }
}
