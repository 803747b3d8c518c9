package io.scofacts.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP exchange with the service, as raw as java.net.http allows: any method, any bytes,
 * any Content-Type or none, and how long the answer took. For what RestAssured would tidy up
 * (it adds a charset to every Content-Type and always sends one).
 */
public record HttpCall(int status, String contentType, Optional<String> retryAfter, byte[] body, Duration took) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code method} on {@code base + path} with {@code body} (null: none) and {@code contentType} (null: none). */
    public static HttpCall send(URI base, String method, String path, byte[] body, String contentType, Duration timeout) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HttpCall(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After"), response.body(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpCall postJson(URI base, String function, String json) {
        return send(base, "POST", "/" + function, json.getBytes(StandardCharsets.UTF_8), "application/json",
                Duration.ofSeconds(30));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The answer as JSON; fails when it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("answer " + status + " is not JSON: " + text(), e);
        }
    }

    /** The {@code error} code of a JSON error answer, or null. */
    public String error() {
        return json().path("error").asText(null);
    }
}
