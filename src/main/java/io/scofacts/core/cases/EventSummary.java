package io.scofacts.core.cases;

import java.util.List;

/**
 * One event (a forum, summit, sub-forum, ceremony) gathered across the articles that report
 * it: date, place, countries, year, organisers, attendance and other figures, what was signed
 * or released there, the event it is part of and its own sub-events, the sources, a summary
 * quoted from them, and where sources disagree (one says 1500 guests, another 600).
 */
public record EventSummary(String eventId, String name, List<String> aliases, String date, String place,
        List<String> countries, String year, EventRef parent, List<EventRef> subEvents, List<String> organisers,
        List<FigureClaim> attendance, List<FigureClaim> figures, List<String> projects, List<String> documents,
        List<Source> sources, String summary, List<SummarySentence> summarySentences, List<Conflict> conflicts,
        List<MergedName> mergedNames) {
}
