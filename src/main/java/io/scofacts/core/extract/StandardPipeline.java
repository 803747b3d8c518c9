package io.scofacts.core.extract;

import java.util.List;

/** The recognisers of the service's pipeline, in the order they must run. */
final class StandardPipeline {

    private StandardPipeline() {
    }

    static List<Recognizer> recognizers() {
        return List.of(new io.scofacts.core.extract.credit.CreditRecognizer(), new io.scofacts.core.extract.project.ProjectRecognizer());
    }
}
