package io.scofacts.core.extract.organization;

/**
 * The proper-name part a Chinese organisation name starts with: a country, a place, a known body
 * or a national cue ("国家…"), its length in view chars and the country it gives (null: none).
 */
record NameCue(Kind kind, int length, String country) {

    enum Kind { COUNTRY, PLACE, KNOWN, NATIONAL }

    boolean isPlace() {
        return kind == Kind.COUNTRY || kind == Kind.PLACE;
    }
}
