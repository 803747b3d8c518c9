package io.scofacts.core.cases;

import java.util.List;

/**
 * What one article says about one event: the name as written (and its other wordings there), date and place, the countries
 * it names or is held in, organisers, attendance and other figures, the projects and documents
 * the article says were signed or released there, and, for a sub-event (a sub-forum, an opening
 * or signing ceremony), the event it is part of; for an event, the sub-events the article names.
 */
public record EventMention(String eventId, String articleId, String name, String why, String date, String place,
        List<String> countries, String year, EventRef parent, List<EventRef> subEvents, List<String> organisers,
        ArticleCredit article, List<SourceSentence> sentences, List<Figure> figures, List<String> projects,
        List<String> documents, List<String> otherNames) {

    public EventMention {
        countries = countries == null ? List.of() : countries; // mentions stored before these fields existed
        subEvents = subEvents == null ? List.of() : subEvents;
        otherNames = otherNames == null ? List.of() : otherNames;
    }
}
