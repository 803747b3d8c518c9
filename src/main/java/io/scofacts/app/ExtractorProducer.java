package io.scofacts.app;

import io.scofacts.core.cases.DossierReader;
import io.scofacts.core.cases.NameSignatures;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.extract.country.CountryRecognizer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        return Extractor.standard();
    }

    @Produces
    @Singleton
    DossierReader dossierReader() {
        return new DossierReader(new NameSignatures(new CountryRecognizer()));
    }
}
