package io.scofacts.core.cases;

/** A dated step of a case: an event it was part of, a date a source states, an article's publication. */
public record TimelineEntry(String date, String kind, String text, String articleId) {

    public static final String EVENT = "event";
    public static final String STATED = "stated";
    public static final String PUBLISHED = "published";
}
