package io.scofacts.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Tells a storage outage from a failure of ours, for any call to DynamoDB from anywhere in the
 * service: the HTTP side answers every outage with 503 and Retry-After from this one test,
 * whatever function made the call. An outage is DynamoDB not answering within the client's
 * timeouts (set in application.properties), not being reachable, failing on its side (5xx), or
 * refusing for load (throttling, including inside a transaction). A malformed request or a
 * missing table is ours to fix, not the caller's to retry.
 */
public final class StorageOutages {

    private StorageOutages() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SdkClientException) {
                return true; // unreachable, connection lost, API call or attempt timed out
            }
            if ((t instanceof IOException || t instanceof UncheckedIOException) && raisedInTheSdk(t)) {
                return true; // the URL connection client lets a reset or failed write through unwrapped
            }
            if (t instanceof TransactionCanceledException cancelled && throttled(cancelled)) {
                return true;
            }
            if (t instanceof AwsServiceException service) {
                return service.statusCode() >= 500 || service.isThrottlingException();
            }
        }
        return false;
    }

    private static boolean raisedInTheSdk(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("software.amazon.awssdk.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean throttled(TransactionCanceledException e) {
        if (!e.hasCancellationReasons()) {
            return false;
        }
        for (CancellationReason reason : e.cancellationReasons()) {
            String code = reason.code();
            if ("ThrottlingError".equals(code) || "ProvisionedThroughputExceeded".equals(code)
                    || "TransactionConflict".equals(code)) {
                return true;
            }
        }
        return false;
    }
}
