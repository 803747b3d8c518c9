package io.scofacts.core.cases;

import java.util.List;

/**
 * What one article says about one event: the name as written, date and place, the countries
 * it names or is held in, organisers, attendance and other figures, the projects and documents
 * the article says were signed or released there, and, for a sub-event (a sub-forum, an opening
 * or signing ceremony), the event it is part of; for an event, the sub-events the article names.
 */
public record EventMention(String eventId, String articleId, String name, String why, String date, String place,
        List<String> countries, String year, EventRef parent, List<EventRef> subEvents, List<String> organisers,
        ArticleCredit article, List<SourceSentence> sentences, List<Figure> figures, List<String> projects,
        List<String> documents) {
}
