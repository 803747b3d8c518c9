package io.scofacts.storage;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Optimistic all-or-nothing writes, and reading why DynamoDB cancelled one. */
final class Transactions {

    private Transactions() {
    }

    /**
     * Writes all or nothing; false when a condition failed or another transaction touched the
     * same items meanwhile, i.e. when the caller's view is out of date and it should read again.
     */
    static boolean writeIfUnchanged(DynamoDbClient dynamo, List<TransactWriteItem> writes) {
        try {
            dynamo.transactWriteItems(b -> b.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            if (failedOnCondition(e) || conflicted(e)) {
                return false;
            }
            throw e;
        }
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
