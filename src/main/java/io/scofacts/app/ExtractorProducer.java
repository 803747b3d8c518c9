package io.scofacts.app;

import io.scofacts.core.cases.DossierReader;
import io.scofacts.core.cases.NameSignatures;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.extract.country.CountryRecognizer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The extractor and the reader of cases, built once per process; they share one country
 * recogniser, whose name table is the largest part of either's start-up.
 */
public class ExtractorProducer {

    @Produces
    @Singleton
    CountryRecognizer countryRecognizer() {
        return new CountryRecognizer();
    }

    @Produces
    @Singleton
    Extractor extractor(CountryRecognizer countries) {
        return Extractor.standard(countries);
    }

    @Produces
    @Singleton
    DossierReader dossierReader(CountryRecognizer countries) {
        return new DossierReader(new NameSignatures(countries));
    }
}
