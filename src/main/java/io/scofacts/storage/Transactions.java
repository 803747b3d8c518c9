package io.scofacts.storage;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
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
        if (isSinglePut(writes)) {
            return putIfUnchanged(dynamo, writes.get(0).put());
        }
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

    /**
     * One conditional put is all-or-nothing by itself: written as a put, not a transaction, it
     * costs half the write capacity in DynamoDB (a transaction writes twice) and cannot conflict.
     */
    static boolean isSinglePut(List<TransactWriteItem> writes) {
        return writes.size() == 1 && writes.get(0).put() != null;
    }

    /** The put of a one-item write; false when its condition failed. */
    static boolean putIfUnchanged(DynamoDbClient dynamo, Put put) {
        try {
            dynamo.putItem(b -> b.tableName(put.tableName()).item(put.item())
                    .conditionExpression(put.conditionExpression())
                    .expressionAttributeNames(put.hasExpressionAttributeNames() ? put.expressionAttributeNames() : null)
                    .expressionAttributeValues(put.hasExpressionAttributeValues() ? put.expressionAttributeValues() : null));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
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
