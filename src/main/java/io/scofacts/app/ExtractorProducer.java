package io.scofacts.app;

import io.scofacts.core.cases.DossierReader;
import io.scofacts.core.cases.NameSignatures;
import io.scofacts.core.cases.SearchIndex;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.extract.country.CountryRecognizer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The extractor, the reader of cases and the search index, built once per process; they share
 * one country recogniser, whose name table is the largest part of either's start-up.
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
    NameSignatures nameSignatures(CountryRecognizer countries) {
        return new NameSignatures(countries);
    }

    @Produces
    @Singleton
    DossierReader dossierReader(NameSignatures signatures) {
        return new DossierReader(signatures);
    }

    @Produces
    @Singleton
    SearchIndex searchIndex(NameSignatures signatures) {
        return new SearchIndex(signatures);
    }
}
