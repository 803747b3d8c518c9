package io.scofacts.core.extract;

import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.extract.credit.CreditRecognizer;
import io.scofacts.core.extract.date.DateRecognizer;
import io.scofacts.core.extract.person.PersonRecognizer;
import io.scofacts.core.extract.project.ProjectRecognizer;
import io.scofacts.core.extract.quantity.QuantityRecognizer;
import io.scofacts.core.extract.quote.QuoteRecognizer;
import java.util.List;

/** The recognisers of the service's pipeline, in the order they must run. */
final class StandardPipeline {

    private StandardPipeline() {
    }

    static List<Recognizer> recognizers() {
        return List.of(
                new CreditRecognizer(),
                new CountryRecognizer(),
                new DateRecognizer(),
                // skips figures inside the dates found before it
                new QuantityRecognizer(),
                new QuoteRecognizer(),
                // reads the countries, places, organisations, quote speakers and reporters found before it
                new PersonRecognizer(),
                // reads the countries inside a project's name
                new ProjectRecognizer());
    }
}
