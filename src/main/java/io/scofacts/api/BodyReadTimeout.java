package io.scofacts.api;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A request whose body stops arriving (100 bytes announced, 10 sent) would otherwise hold its
 * connection, and the memory of what came, until the client gives up. After the configured
 * time the caller gets a 408 JSON error and the connection is closed. Behind API Gateway the
 * whole body is there before the function runs, so this never fires there.
 */
@ApplicationScoped
public class BodyReadTimeout {

    @Inject
    HttpLimits limits;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::watch);
    }

    private void watch(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded()) {
            ctx.next();
            return;
        }
        long timeoutMillis = limits.bodyReadTimeout().toMillis();
        long timer = ctx.vertx().setTimer(timeoutMillis, id -> {
            if (request.isEnded() || ctx.response().ended()) {
                return;
            }
            HttpConnection connection = request.connection();
            ctx.response().putHeader("Connection", "close");
            ctx.fail(new ApiException(408, "body_timeout", "the request body did not arrive within "
                    + (timeoutMillis / 1000.0) + " s (is Content-Length larger than the body sent?)", null));
            if (connection != null) {
                connection.close();
            }
        });
        ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
        ctx.next();
    }
}
