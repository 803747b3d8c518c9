package io.scofacts.storage;

import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Reading why DynamoDB cancelled a transaction. */
final class Transactions {

    private Transactions() {
    }

    /** True when a condition failed (the item changed or exists), not a conflict or a limit. */
    static boolean failedOnCondition(TransactionCanceledException e) {
        if (!e.hasCancellationReasons()) {
            return false;
        }
        for (CancellationReason reason : e.cancellationReasons()) {
            if ("ConditionalCheckFailed".equals(reason.code())) {
                return true;
            }
        }
        return false;
    }

    /** True when another transaction touched the same items at the same moment: retrying helps. */
    static boolean conflicted(TransactionCanceledException e) {
        if (!e.hasCancellationReasons()) {
            return false;
        }
        for (CancellationReason reason : e.cancellationReasons()) {
            if ("TransactionConflict".equals(reason.code())) {
                return true;
            }
        }
        return false;
    }
}
