package io.scofacts.api;

import com.amazonaws.services.lambda.runtime.Context;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda handler of the articles-stream trigger ({@code ArticleStreamHandler::handleRequest}),
 * beside the HTTP functions' {@code QuarkusStreamHandler} in the same function.zip.
 * <p>
 * It deliberately implements no Lambda handler interface: the Quarkus Lambda build refuses
 * any {@code RequestHandler}/{@code RequestStreamHandler} of the application next to the one
 * {@code quarkus-amazon-lambda-http} provides, while the Java runtime calls any public
 * {@code (InputStream, OutputStream, Context)} method named in the function's handler.
 * Starting Quarkus in the constructor puts start-up (and, with SnapStart, the extractor's
 * priming) into the function's init phase, before the snapshot, as QuarkusStreamHandler does.
 */
public class ArticleStreamHandler {

    public ArticleStreamHandler() {
        Quarkus.manualInitialize();
    }

    public void handleRequest(InputStream event, OutputStream answer, Context context) throws IOException {
        Quarkus.manualStart();
        Arc.container().instance(ArticleStreamExtraction.class).get().handle(event, answer);
    }
}
