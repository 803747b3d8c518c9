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
import java.util.function.Supplier;

/** The recognisers of the service's pipeline, in the order they must run. */
final class StandardPipeline {

    private StandardPipeline() {
    }

    static List<Recognizer> recognizers() {
        return ParallelBuild.all(builders(CountryRecognizer::new));
    }

    /**
     * How to build each recogniser, in pipeline order; {@code countries} builds the country
     * recogniser, which others (case name reading) may share.
     */
    static List<Supplier<? extends Recognizer>> builders(Supplier<? extends CountryRecognizer> countries) {
        return List.of(
                CreditRecognizer::new,
                countries,
                DateRecognizer::new,
                // skips figures inside the dates found before it
                QuantityRecognizer::new,
                QuoteRecognizer::new,
                // gives unknown zones the country named next to them
                PlaceRecognizer::new,
                // Russian: the statistical tagger's name candidates (reads the countries and places above),
                // judged by the organisation, place and person recognisers below
                NameCandidateRecognizer::new,
                // takes a name's proper part and its country from the countries and places found before it
                OrganizationRecognizer::new,
                // places no gazetteer holds, outside the organisations' names
                TaggedPlaces::new,
                // reads reporters, quote speakers, countries, places and organisations for names and affiliations
                PersonRecognizer::new,
                // read the countries, dates, places and organisations found before them
                EventRecognizer::new,
                DocumentRecognizer::new,
                // reads the countries, places and organisations in and around a project's name
                ProjectRecognizer::new);
    }
}
