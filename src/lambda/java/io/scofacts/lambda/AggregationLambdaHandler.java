package io.scofacts.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.scofacts.api.DossierStreamUpdates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The aggregate function's handler ({@code io.scofacts.lambda.AggregationLambdaHandler::handleRequest}):
 * batches of the FactSheets table's stream and of the cases table's stream, handed to
 * {@link DossierStreamUpdates}. It serves no HTTP. Like {@link ExtractionLambdaHandler} it
 * implements no Lambda interface (the Quarkus build allows only lambda-http's) and starts
 * Quarkus in its constructor, in the init phase.
 */
public class AggregationLambdaHandler {

    public AggregationLambdaHandler() {
        Quarkus.manualInitialize();
    }

    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Quarkus.manualStart();
        Arc.container().instance(DossierStreamUpdates.class).get().handle(input.readAllBytes(), output);
    }
}
