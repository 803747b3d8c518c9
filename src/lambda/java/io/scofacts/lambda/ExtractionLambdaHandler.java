package io.scofacts.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.quarkus.amazon.lambda.runtime.AmazonLambdaRecorder;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.scofacts.api.ArticleStreamExtraction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The extract function's handler ({@code io.scofacts.lambda.ExtractionLambdaHandler::handleRequest}):
 * one Lambda for extractFacts over HTTP and for the articles table's stream. Stream batches go
 * to {@link ArticleStreamExtraction}; HTTP events to the same Funqy adapter that
 * {@code QuarkusStreamHandler}, the other functions' handler, feeds.
 * <p>
 * It implements no Lambda handler interface on purpose: the Quarkus build refuses an
 * application's RequestHandler/RequestStreamHandler next to the one quarkus-amazon-lambda-http
 * provides, while the Java runtime calls any public (InputStream, OutputStream, Context)
 * method the function names. Starting Quarkus in the constructor, as QuarkusStreamHandler
 * does, puts start-up and the extractor's priming into the init phase, before a SnapStart
 * snapshot.
 */
public class ExtractionLambdaHandler {

    public ExtractionLambdaHandler() {
        Quarkus.manualInitialize();
    }

    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Quarkus.manualStart();
        byte[] event = input.readAllBytes();
        ArticleStreamExtraction streamExtraction = Arc.container().instance(ArticleStreamExtraction.class).get();
        if (streamExtraction.isStreamEvent(event)) {
            streamExtraction.handle(event, output);
        } else {
            AmazonLambdaRecorder.handle(new ByteArrayInputStream(event), output, context);
        }
    }
}
