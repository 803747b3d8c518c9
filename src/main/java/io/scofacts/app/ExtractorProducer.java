package io.scofacts.app;

import io.scofacts.core.extract.Extractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One extractor for the whole process: its lexicons and models load once. */
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        return Extractor.standard();
    }
}
