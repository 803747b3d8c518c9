package io.scofacts.core.extract;

import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.extract.credit.CreditRecognizer;
import io.scofacts.core.extract.date.DateRecognizer;
import io.scofacts.core.extract.document.DocumentRecognizer;
import io.scofacts.core.extract.event.EventRecognizer;
import io.scofacts.core.extract.ner.NameCandidateRecognizer;
import io.scofacts.core.extract.organization.OrganizationRecognizer;
import io.scofacts.core.extract.person.PersonRecognizer;
import io.scofacts.core.extract.place.PlaceRecognizer;
import io.scofacts.core.extract.place.TaggedPlaces;
import io.scofacts.core.extract.project.ProjectRecognizer;
import io.scofacts.core.extract.quantity.QuantityRecognizer;
import io.scofacts.core.extract.quote.QuoteRecognizer;
import java.util.List;

/** The recognisers of the service's pipeline, in the order they must run. */
final class StandardPipeline {

    private StandardPipeline() {
    }

    static List<Recognizer> recognizers() {
        return recognizers(new CountryRecognizer());
    }

    /** The pipeline with a country recogniser that others (case name reading) share. */
    static List<Recognizer> recognizers(CountryRecognizer countries) {
        return List.of(
                new CreditRecognizer(),
                countries,
                new DateRecognizer(),
                // skips figures inside the dates found before it
                new QuantityRecognizer(),
                new QuoteRecognizer(),
                // gives unknown zones the country named next to them
                new PlaceRecognizer(),
                // Russian: the statistical tagger's name candidates (reads the countries and places above),
                // judged by the organisation, place and person recognisers below
                new NameCandidateRecognizer(),
                // takes a name's proper part and its country from the countries and places found before it
                new OrganizationRecognizer(),
                // places no gazetteer holds, outside the organisations' names
                new TaggedPlaces(),
                // reads reporters, quote speakers, countries, places and organisations for names and affiliations
                new PersonRecognizer(),
                // read the countries, dates, places and organisations found before them
                new EventRecognizer(),
                new DocumentRecognizer(),
                // reads the countries, places and organisations in and around a project's name
                new ProjectRecognizer());
    }
}
