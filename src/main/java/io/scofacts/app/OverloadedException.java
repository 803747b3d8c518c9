package io.scofacts.app;

/**
 * The service has more work than it can do in good time: the caller should send the same
 * request again after {@link #retryAfterSeconds()} (answered as 503 with Retry-After).
 */
public class OverloadedException extends RuntimeException {

    private final int retryAfterSeconds;

    public OverloadedException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
