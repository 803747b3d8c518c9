package io.scofacts.core.extract.place;

/**
 * One name the gazetteer matches: a place ({@code country} its ISO alpha-2 code, or null), a
 * local place (a county's short form: a place by itself that yields to a larger place's name
 * overlapping it, 同江 in 同江苏), a stem that is a place only with a unit or zone suffix (滨海 of
 * 滨海新区), a candidate that is a place only with a suffix or in a place frame (HanLP's place
 * words: 在伦敦举行, 新疆伊犁), or a blocking name that contains a place name but
 * names something else (上海合作组织). Alphabetic names (English, Russian) match only as whole
 * words. {@code name} is the name to report when it differs from the text matched: a Russian
 * case form reports its nominative (в Ташкенте names Ташкент), so every form of a name groups as
 * one place; null reports the text as the story writes it.
 */
record GazetteerEntry(String text, String country, Kind kind, boolean alphabetic, String name) {

    /** The kinds, strongest first: a data file's stronger kind replaces a weaker one for the same text. */
    enum Kind {
        PLACE, LOCAL, STEM, CANDIDATE, BLOCK;

        /** Whether a name of this kind needs a suffix or other evidence to be a place. */
        boolean needsEvidence() {
            return this == STEM || this == CANDIDATE;
        }

        /** Whether a name of this kind gives way to a name of a kind that does not, starting inside it. */
        boolean yields() {
            return this == LOCAL || this == CANDIDATE;
        }
    }
}
