package io.scofacts.storage;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;

/**
 * The time one request has spent waiting for DynamoDB so far, over all its calls. Request
 * scoped: each function call over HTTP starts at zero (Funqy runs every function in a request
 * context); work outside a request (start-up, the stream on Lambda) has none.
 */
@RequestScoped
@Unremovable // looked up by StorageTimeBudget, injected nowhere
public class StorageTime {

    private long spentNanos;

    long spentNanos() {
        return spentNanos;
    }

    void add(long nanos) {
        spentNanos += nanos;
    }
}
