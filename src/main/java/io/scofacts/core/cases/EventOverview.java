package io.scofacts.core.cases;

import java.util.List;
import java.util.Map;

/** What an event list shows: name, date, place and how many articles report it. */
public record EventOverview(String eventId, String name, List<String> aliases, String date, String place,
        int articleCount) {

    static final String NAME = "name";
    static final String DATE = "date";
    static final String PLACE = "place";

    /** One article's share of an event's tally. */
    public static Map<String, List<String>> contribution(EventMention mention) {
        if (mention == null) {
            return null;
        }
        return Map.of(NAME, List.of(mention.name()), DATE, mention.date() == null ? List.of() : List.of(mention.date()),
                PLACE, mention.place() == null ? List.of() : List.of(mention.place()));
    }

    public static EventOverview of(String eventId, Tally tally) {
        if (tally.articles() == 0) {
            return null;
        }
        String name = tally.mostGiven(NAME);
        List<String> aliases = tally.all(NAME).stream().filter(n -> !n.equals(name)).toList();
        return new EventOverview(eventId, name, aliases, tally.mostGiven(DATE), tally.mostGiven(PLACE), tally.articles());
    }
}
