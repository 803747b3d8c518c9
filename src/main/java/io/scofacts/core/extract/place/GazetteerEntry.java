package io.scofacts.core.extract.place;

/**
 * One name the gazetteer matches: a place ({@code country} its ISO alpha-2 code, or null), a
 * stem that is a place only with a suffix (滨海 of 滨海新区), or a blocking name that contains
 * a place name but names something else (上海合作组织). Alphabetic names (English, Russian)
 * match only as whole words.
 */
record GazetteerEntry(String text, String country, Kind kind, boolean alphabetic) {

    enum Kind {
        PLACE, STEM, BLOCK
    }
}
