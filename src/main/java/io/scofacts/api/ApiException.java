package io.scofacts.api;

/**
 * A request the service refuses, with the HTTP status and the error code and message the
 * caller receives as {@code {"error": code, "message": message, "field": field}}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final Integer retryAfterSeconds;

    public ApiException(int status, String code, String message, String field) {
        this(status, code, message, field, null);
    }

    /** A refusal the caller should repeat after {@code retryAfterSeconds} (sent as Retry-After). */
    public ApiException(int status, String code, String message, String field, Integer retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A refusal the caller should repeat later: answered with a Retry-After header. */
    public static ApiException retryLater(int status, String code, String message, int retryAfterSeconds) {
        return new ApiException(status, code, message, null, retryAfterSeconds);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message, null);
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(400, "invalid_field", message, field);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** Seconds after which the same request may succeed, or null when repeating it will not help. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ErrorBody body() {
        return new ErrorBody(code, getMessage(), field);
    }
}
