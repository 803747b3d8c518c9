package io.scofacts.core.extract.place;

/**
 * One name the gazetteer matches: a place ({@code country} its ISO alpha-2 code, or null), a
 * stem that is a place only with a suffix (滨海 of 滨海新区), or a blocking name that contains
 * a place name but names something else (上海合作组织). Alphabetic names (English, Russian)
 * match only as whole words. {@code name} is the name to report when it differs from the text
 * matched: a Russian case form reports its nominative (в Ташкенте names Ташкент), so every form
 * of a name groups as one place; null reports the text as the story writes it.
 */
record GazetteerEntry(String text, String country, Kind kind, boolean alphabetic, String name) {

    enum Kind {
        PLACE, STEM, BLOCK
    }
}
