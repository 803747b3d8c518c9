package io.scofacts.core.extract.organization;

/**
 * An organisation name found at view chars {@code [start, end)}; {@code name} is null when the
 * name is the text there, else the full name a short form stands for.
 */
record Candidate(int start, int end, String country, String name) {

    Candidate(int start, int end, String country) {
        this(start, end, country, null);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
