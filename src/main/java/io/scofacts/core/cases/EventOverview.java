package io.scofacts.core.cases;

import java.util.List;
import java.util.Map;

/**
 * What an event list shows: name, date, place, countries, year, the event it is part of (a
 * sub-event's parent, else null) and how many articles report it.
 */
public record EventOverview(String eventId, String name, List<String> aliases, String date, String place,
        List<String> countries, String year, String parentId, int articleCount) {

    static final String NAME = "name";
    static final String DATE = "date";
    static final String PLACE = "place";
    static final String COUNTRY = "country";
    static final String YEAR = "year";
    static final String PARENT = "parent";
    /** YYYY-MM-DD; a source may state only a month (YYYY-MM) or a year. */
    private static final int FULL_DATE = 10;

    /** One article's share of an event's tally. */
    public static Map<String, List<String>> contribution(EventMention mention) {
        if (mention == null) {
            return null;
        }
        List<String> names = new java.util.ArrayList<>(List.of(mention.name()));
        names.addAll(mention.otherNames());
        return Map.of(NAME, names, DATE, optional(mention.date()), PLACE, optional(mention.place()),
                COUNTRY, mention.countries(), YEAR, optional(mention.year()),
                PARENT, optional(mention.parent() == null ? null : mention.parent().eventId()));
    }

    public static EventOverview of(String eventId, Tally tally) {
        if (tally.articles() == 0) {
            return null;
        }
        String name = tally.mostGiven(NAME);
        List<String> aliases = tally.all(NAME).stream().filter(n -> !n.equals(name)).toList();
        String date = tally.mostGiven(DATE, value -> value.length() == FULL_DATE);
        String year = tally.mostGiven(YEAR);
        return new EventOverview(eventId, name, aliases, date, tally.mostGiven(PLACE), tally.all(COUNTRY),
                year != null ? year : date == null ? null : date.substring(0, 4), tally.mostGiven(PARENT), tally.articles());
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
