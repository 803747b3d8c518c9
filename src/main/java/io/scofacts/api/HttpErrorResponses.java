package io.scofacts.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.app.NotFoundException;
import io.scofacts.storage.StorageOutages;
import io.scofacts.app.OverloadedException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns every refusal and failure on the HTTP side into the JSON error body integrations
 * read, whether it comes from our validation or from Funqy/Vert.x before our code runs
 * (unparseable body, unknown function, body over the size limit). Runs behind API Gateway
 * too: the Lambda adapter feeds requests through the same router.
 */
@ApplicationScoped
public class HttpErrorResponses {

    private static final Logger LOG = Logger.getLogger(HttpErrorResponses.class);
    /** DynamoDB's client gives up within 1.2 s (application.properties); a second later is a fair next try. */
    private static final int STORAGE_RETRY_AFTER_SECONDS = 1;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::requirePost);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::render);
        router.route().order(Integer.MAX_VALUE).handler(this::unknownPath);
    }

    /** Paths no function serves get JSON too, not the framework's HTML page. */
    private void unknownPath(RoutingContext ctx) {
        write(ctx, noSuchFunction(ctx));
    }

    private static ApiException noSuchFunction(RoutingContext ctx) {
        return new ApiException(404, "not_found", "no function at " + ctx.request().path()
                + "; the functions are " + String.join(", ", FunctionNames.ALL), null);
    }

    /** Funqy also answers GET with query parameters; our functions take JSON bodies only. */
    private void requirePost(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (FunctionNames.isFunctionPath(ctx.request().path()) && method != HttpMethod.POST
                && method != HttpMethod.OPTIONS) {
            ctx.response().putHeader("Allow", "POST");
            write(ctx, new ApiException(405, "method_not_allowed",
                    "call " + ctx.request().path() + " with POST and a JSON body", null));
            return;
        }
        ctx.next();
    }

    private void render(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        write(ctx, toApiException(ctx));
    }

    private ApiException toApiException(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        ApiException refused = causeOfType(failure, ApiException.class);
        if (refused != null) {
            return refused;
        }
        OverloadedException overloaded = causeOfType(failure, OverloadedException.class);
        if (overloaded != null) {
            return new ApiException(503, "overloaded", overloaded.getMessage(), null, overloaded.retryAfterSeconds());
        }
        NotFoundException missing = causeOfType(failure, NotFoundException.class);
        if (missing != null) {
            return new ApiException(404, "not_found", missing.getMessage(), missing.kind() + "Id");
        }
        if (failure == null) {
            switch (ctx.statusCode()) {
                case 400:
                    return unreadableBody(ctx);
                case 404:
                    return noSuchFunction(ctx);
                case 405:
                    return new ApiException(405, "method_not_allowed", "use POST", null);
                case 413:
                    return new ApiException(413, "body_too_large",
                            "the request body is larger than the service accepts", null);
                default:
                    break;
            }
        }
        if (StorageOutages.isOutage(failure)) {
            LOG.warnf("storage outage while serving %s: %s", ctx.request().path(), rootCause(failure));
            return ApiException.retryLater(503, "storage_unavailable", "the service's storage is unavailable or did "
                    + "not answer in time; try again in a few seconds (submitting an article again stores it once)",
                    STORAGE_RETRY_AFTER_SECONDS);
        }
        LOG.errorf(failure, "request to %s failed", ctx.request().path());
        return new ApiException(500, "internal_error", "the service failed to answer this request; "
                + "it was logged and nothing was partly stored", null);
    }

    /** Funqy refuses a body it cannot map without saying why; find out, to tell the caller. */
    private ApiException unreadableBody(RoutingContext ctx) {
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || body.length() == 0) {
            return ApiException.badRequest("empty_body", "the request body is empty; send a JSON object");
        }
        Optional<JsonSyntax.Problem> problem = JsonSyntax.problem(body.getBytes());
        if (problem.isPresent()) {
            return ApiException.badRequest(problem.get().code(), problem.get().message());
        }
        LOG.errorf("request to %s refused with 400 although its body is valid JSON", ctx.request().path());
        return new ApiException(500, "internal_error", "the service failed to answer this request", null);
    }

    private void write(RoutingContext ctx, ApiException error) {
        String body;
        try {
            body = json.writeValueAsString(error.body());
        } catch (JsonProcessingException e) {
            body = "{\"error\":\"internal_error\",\"message\":\"error body could not be written\"}";
        }
        if (error.retryAfterSeconds() != null) {
            ctx.response().putHeader("Retry-After", Integer.toString(error.retryAfterSeconds()));
        }
        ctx.response().setStatusCode(error.status()).putHeader("Content-Type", "application/json").end(body);
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
