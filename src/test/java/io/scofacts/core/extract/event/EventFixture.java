package io.scofacts.core.extract.event;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.EventMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.extract.date.DateRecognizer;
import io.scofacts.core.factsheet.Span;
import java.util.List;
import java.util.Optional;

/** Runs the recognisers that precede the event recogniser, adds places by hand, then the recogniser under test. */
public final class EventFixture {

    private static final CountryRecognizer COUNTRIES = new CountryRecognizer();
    private static final DateRecognizer DATES = new DateRecognizer();

    private EventFixture() {
    }

    /** The findings of the earlier recognisers, with every occurrence of {@code places} added as a place. */
    public static Findings before(AnalyzedArticle article, String... places) {
        Findings findings = new Findings();
        COUNTRIES.recognize(article, findings);
        DATES.recognize(article, findings);
        String text = article.original();
        for (String place : places) {
            for (int at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + place.length())) {
                findings.addPlace(new PlaceMention(place, "CN", new Span(at, at + place.length())));
            }
        }
        return findings;
    }

    public static Optional<EventMention> named(List<EventMention> events, String name) {
        return events.stream().filter(event -> event.name().equals(name)).findFirst();
    }

    public static List<String> names(List<EventMention> events) {
        return events.stream().map(EventMention::name).toList();
    }
}
