package io.scofacts.api;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a request's line and headers before its body is read: a URI or headers over the
 * limits (414, 431), and a body that does not say it is JSON (415), on any path: an XML, form
 * or multipart body parsed as JSON would only earn a misleading error about its content, and
 * the server would decode forms before any route saw them.
 * A request without Content-Type is read as JSON, as many integrations send it; a charset
 * other than UTF-8 is refused too, since the body is read as UTF-8 whatever it says.
 */
@ApplicationScoped
public class RequestEnvelope {

    @Inject
    HttpLimits limits;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri != null && uri.length() > limits.maxUriLength()) {
            ctx.fail(new ApiException(414, "uri_too_long", "the request URI has " + uri.length()
                    + " characters; the limit is " + limits.maxUriLength() + " (functions are called as POST /<name>)",
                    null));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            ctx.fail(new ApiException(431, "headers_too_large", "the request headers have " + headerBytes
                    + " bytes; the limit is " + limits.maxHeaderBytes(), null));
            return;
        }
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && hasBody(request) && !isJson(contentType)) {
            ctx.fail(new ApiException(415, "unsupported_media_type", "send the body as application/json "
                    + "(UTF-8), not " + RequestFields.abbreviate(contentType.strip()), null));
            return;
        }
        ctx.next();
    }

    /** Nothing here takes forms, XML or files: refused before the server decodes them as forms. */
    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return request.getHeader("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
    }

    /** application/json; a charset parameter, when there is one, must be UTF-8 (others are ignored). */
    static boolean isJson(String contentType) {
        String[] parts = contentType.split(";", -1);
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }
}
